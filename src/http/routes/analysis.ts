import { hhi } from '../../analyse/hhi.ts';
import { compareNews, countryProfile, registerShares } from '../../analyse/profiles.ts';
import { computeShares, type ShareQuery } from '../../analyse/shares.ts';
import { systemProfile } from '../../analyse/system-profile.ts';
import { countryByIso3 } from '../../countries/index.ts';
import { AppError } from '../../errors.ts';
import type { Store } from '../../store/index.ts';
import { FROM_YEAR, idParam, partyParam, TO_YEAR } from '../common-params.ts';
import type { Params } from '../params.ts';
import type { RouteSpec } from '../route.ts';
import { ref } from '../schema.ts';

const SHARE = {
  type: 'object',
  required: ['country', 'share_pct', 'value'],
  properties: {
    country: { type: 'string' },
    share_pct: { type: 'number' },
    value: { type: 'number', description: 'TIV in millions (reference) or a count of deliveries (news)' },
  },
};

/** How far back a country profile looks by default: four five-year windows. */
const DEFAULT_YEARS = 20;

/** Shares, country profiles and system profiles. */
export const ANALYSIS_ROUTES: readonly RouteSpec[] = [
  {
    method: 'get',
    path: '/shares',
    tag: 'analysis',
    summary:
      'Shares of delivered arms: TIV-weighted from the SIPRI reference, or counted from the news register',
    description:
      "Without `country`, every exporter's (or importer's) share of the world total; with it, that exporter's " +
      "customers or that importer's suppliers. `hhi` is the Herfindahl-Hirschman index of the listed values.",
    params: [
      {
        name: 'role',
        in: 'query',
        type: 'string',
        description: 'Whose shares',
        enum: ['exporter', 'importer'],
        required: true,
      },
      partyParam('country', 'With exporter: its customers; with importer: its suppliers (ISO3)'),
      FROM_YEAR,
      TO_YEAR,
      {
        name: 'source',
        in: 'query',
        type: 'string',
        description: 'Where the figures come from',
        enum: ['reference', 'news'],
        default: 'reference',
      },
    ],
    answer: 'envelope',
    data: {
      type: 'object',
      required: ['source', 'shares', 'hhi'],
      properties: {
        source: { type: 'string' },
        shares: { type: 'array', items: SHARE },
        hhi: { type: 'number' },
      },
    },
    async handle({ deps, params }) {
      const query: ShareQuery = {
        role: params.text('role') as 'exporter' | 'importer',
        country: params.text('country'),
        ...yearRange(params),
      };
      const source = params.text('source')!;
      const shares =
        source === 'news'
          ? await registerShares(deps.store, query)
          : await referenceShares(deps.store, query);
      return { source, shares, hhi: hhi(shares.map((share) => share.value)) };
    },
  },
  {
    method: 'get',
    path: '/compare',
    tag: 'analysis',
    summary: 'The news register against the SIPRI reference',
    description:
      'Deals in the news that the reference lacks (`newsOnly`, with the reason), reference deals the news ' +
      'contradicts (supplier, quantity, year), and each share statement confirmed, contradicted or unverifiable.',
    params: [
      partyParam('country', 'Only deals and statements naming this country (ISO3)'),
      FROM_YEAR,
      TO_YEAR,
    ],
    answer: 'envelope',
    data: { type: 'object', required: ['coverage', 'matched', 'newsOnly', 'contradicted', 'shares'] },
    async handle({ deps, params }) {
      const { fromYear, toYear } = yearRange(params);
      return compareNews(deps.store, { country: params.text('country'), from: fromYear, to: toYear });
    },
  },
  {
    method: 'get',
    path: '/countries/{iso3}',
    tag: 'analysis',
    summary: 'A country: supplier and customer shares by 5-year window, its deals, its production',
    description: `The period defaults to the ${DEFAULT_YEARS} years before the current one.`,
    params: [idParam('iso3', 'ISO 3166-1 alpha-3 code'), FROM_YEAR, TO_YEAR],
    answer: 'envelope',
    data: {
      type: 'object',
      required: ['country', 'name', 'period', 'suppliers', 'customers', 'deals', 'production'],
    },
    async handle({ deps, params }) {
      const country = countryByIso3(params.path('iso3'));
      if (!country) throw new AppError('not_found', `no country with ISO3 code "${params.path('iso3')}"`);
      const to = params.int('to') ?? deps.now().getUTCFullYear() - 1;
      const period = { from: params.int('from') ?? to - DEFAULT_YEARS + 1, to };
      if (period.from > period.to)
        throw new AppError('invalid_input', `from ${period.from} is after to ${period.to}`);
      return { name: country.name, ...(await countryProfile(deps.store, country.iso3, period)) };
    },
  },
  {
    method: 'get',
    path: '/systems/{name}',
    tag: 'analysis',
    summary: 'A weapon system: who supplies, operates and produces it, its register rows and reference deals',
    params: [idParam('name', 'Designation as written, e.g. Su-30SM; spellings and variants fold together')],
    answer: 'envelope',
    data: {
      type: 'object',
      required: ['key', 'name', 'suppliers', 'operators', 'producers', 'rows', 'reference'],
      properties: {
        rows: { type: 'object', properties: { items: { type: 'array', items: ref('RegisterRow') } } },
      },
    },
    async handle({ deps, params }) {
      const name = params.path('name');
      const profile = await systemProfile(deps.store, name);
      if (!profile)
        throw new AppError('not_found', `no register row or reference deal for the system "${name}"`);
      return profile;
    },
  },
];

function yearRange(params: Params): { fromYear: number | null; toYear: number | null } {
  const fromYear = params.int('from');
  const toYear = params.int('to');
  if (fromYear !== null && toYear !== null && fromYear > toYear) {
    throw new AppError('invalid_input', `from ${fromYear} is after to ${toYear}`);
  }
  return { fromYear, toYear };
}

async function referenceShares(store: Store, query: ShareQuery) {
  if (!(await store.reference.metadata())) {
    throw new AppError('not_found', 'no SIPRI reference imported yet (run: armswatch import-sipri FILE.csv)');
  }
  const totals = await store.reference.deliveryTotals({ fromYear: query.fromYear, toYear: query.toYear });
  return computeShares(totals, query);
}
