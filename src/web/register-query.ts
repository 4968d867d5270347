import {
  CATEGORIES,
  type Category,
  REGISTER_SORTS,
  type RegisterFilter,
  type RegisterKind,
  type RegisterSort,
} from '../model/index.ts';
import type { RegisterForm } from './pages/register.ts';

const KINDS: readonly RegisterKind[] = ['transfer', 'production', 'share'];
const PARTY = /^([A-Za-z]{3}|non-state:.+)$/;

/** Reads the register form from query parameters, dropping values that are not valid choices. */
export function readRegisterForm(query: (name: string) => string | undefined): RegisterForm {
  const text = (name: string) => query(name)?.trim() ?? '';
  const kind = KINDS.find((candidate) => candidate === text('kind')) ?? 'transfer';
  const sort = REGISTER_SORTS.find((candidate) => candidate === text('sort')) ?? 'lastReported';
  const page = Number(text('page'));
  return {
    kind,
    supplier: PARTY.test(text('supplier')) ? party(text('supplier')) : '',
    recipient: PARTY.test(text('recipient')) ? party(text('recipient')) : '',
    category: CATEGORIES.find((candidate) => candidate === text('category')) ?? '',
    status: /^[a-z]+$/.test(text('status')) ? text('status') : '',
    conflict:
      text('conflict') === 'disputed' || text('conflict') === 'agreed'
        ? (text('conflict') as 'disputed' | 'agreed')
        : '',
    system: text('system').slice(0, 100),
    from: year(text('from')),
    to: year(text('to')),
    sort,
    descending: text('dir') !== 'asc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function party(value: string): string {
  return value.startsWith('non-state:') ? value : value.toUpperCase();
}

function year(value: string): string {
  return /^\d{4}$/.test(value) ? value : '';
}

/** The store filter a form stands for, for one page of `pageSize` rows (or every row when pageSize is null). */
export function registerFilter(
  form: RegisterForm,
  pageSize: number | null,
  systemKeys: (name: string) => string[],
): RegisterFilter {
  const filter: RegisterFilter = {
    kind: form.kind,
    supplier: form.supplier || null,
    recipient: form.recipient || null,
    category: (form.category || null) as Category | null,
    status: form.status || null,
    conflict: form.conflict === '' ? null : form.conflict === 'disputed',
    systemKeys: form.system ? systemKeys(form.system) : null,
    from: form.from ? Number(form.from) : null,
    to: form.to ? Number(form.to) : null,
    sort: form.sort as RegisterSort,
    descending: form.descending,
  };
  if (pageSize !== null) {
    filter.limit = pageSize;
    filter.offset = (form.page - 1) * pageSize;
  }
  return filter;
}
