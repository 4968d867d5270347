import { AppError } from '../../errors.ts';
import {
  PRODUCTION_STATUSES,
  REGISTER_SORTS,
  type RegisterFilter,
  type RegisterKind,
  type RegisterSort,
  TRANSFER_STATUSES,
} from '../../model/index.ts';
import { systemSearchKeys } from '../../resolve/index.ts';
import {
  CATEGORY,
  FROM_YEAR,
  idParam,
  LIMIT,
  OFFSET,
  partyParam,
  SYSTEM,
  TO_YEAR,
} from '../common-params.ts';
import { found, pageWindow, readPage } from '../listing.ts';
import type { ParamSpec, Params } from '../params.ts';
import { registerCsv } from '../register-csv.ts';
import type { RouteSpec } from '../route.ts';
import { ref } from '../schema.ts';
import { page } from '../schemas.ts';

const FILTERS: readonly ParamSpec[] = [
  {
    name: 'kind',
    in: 'query',
    type: 'string',
    description: 'Row kind',
    enum: ['transfer', 'production', 'share'],
  },
  partyParam('supplier', 'Consensus supplier (production: licensor; share: counterpart), ISO3'),
  partyParam('recipient', 'Recipient (production: country; share: subject), ISO3'),
  partyParam('country', 'Either party, ISO3'),
  CATEGORY,
  {
    name: 'status',
    in: 'query',
    type: 'string',
    description: 'How far a deal has gone, or a production status',
    enum: [...TRANSFER_STATUSES, ...PRODUCTION_STATUSES],
  },
  { ...SYSTEM, description: 'Designation; spellings and variants fold together (Su-30SM finds Su-30 SM)' },
  FROM_YEAR,
  TO_YEAR,
  {
    name: 'conflict',
    in: 'query',
    type: 'string',
    description: 'Only rows whose sources disagree (true) or agree (false)',
    enum: ['true', 'false'],
  },
  { name: 'article', in: 'query', type: 'string', description: 'Only rows citing this article' },
  {
    name: 'sort',
    in: 'query',
    type: 'string',
    description: 'Sort key',
    enum: REGISTER_SORTS,
    default: 'recipient',
  },
  {
    name: 'order',
    in: 'query',
    type: 'string',
    description: 'Sort order',
    enum: ['asc', 'desc'],
    default: 'asc',
  },
];

/** The resolved register: filtered pages, one row, and the CSV download. */
export const REGISTER_ROUTES: readonly RouteSpec[] = [
  {
    method: 'get',
    path: '/register',
    tag: 'register',
    summary: 'Register rows with their sources and conflicts, filtered, sorted and paged',
    params: [...FILTERS, LIMIT, OFFSET],
    answer: 'envelope',
    data: page(ref('RegisterRow')),
    async handle({ deps, params }) {
      const filter = { ...registerFilter(params), ...pageWindow(params) };
      return readPage(filter, deps.store.register.count, deps.store.register.list);
    },
  },
  {
    method: 'get',
    path: '/register.csv',
    tag: 'register',
    summary: 'The filtered register as CSV: SIPRI trade-register columns, then sources and conflicts',
    params: FILTERS,
    answer: 'csv',
    async handle({ deps, params }) {
      return {
        filename: 'armswatch-register.csv',
        csv: await registerCsv(deps.store, registerFilter(params)),
      };
    },
  },
  {
    method: 'get',
    path: '/register/{id}',
    tag: 'register',
    summary: 'One register row with its sources, every value they give and the conflicts',
    params: [idParam('id', 'Row id')],
    answer: 'envelope',
    data: ref('RegisterRow'),
    async handle({ deps, params }) {
      const id = params.path('id');
      return found(await deps.store.register.get(id), 'register row', id);
    },
  },
];

function registerFilter(params: Params): RegisterFilter {
  const system = params.text('system');
  const conflict = params.text('conflict');
  return {
    kind: params.text('kind') as RegisterKind | null,
    supplier: params.text('supplier'),
    recipient: params.text('recipient'),
    country: params.text('country'),
    category: params.text('category') as RegisterFilter['category'],
    status: params.text('status'),
    systemKeys: system ? systemKeys(system) : null,
    from: params.int('from'),
    to: params.int('to'),
    conflict: conflict === null ? null : conflict === 'true',
    articleId: params.text('article'),
    sort: params.text('sort') as RegisterSort,
    descending: params.text('order') === 'desc',
  };
}

function systemKeys(system: string): string[] {
  const keys = systemSearchKeys(system);
  if (keys.length === 0) {
    throw new AppError('invalid_input', `parameter "system": "${system}" has no letters or digits`);
  }
  return keys;
}
