/** Read-only profile of a weapon system: who supplies, operates and produces it, from the register and the reference. */
import type {
  PartyCode,
  ProductionRow,
  ReferenceDeal,
  StoredRegisterRow,
  TransferRow,
} from '../model/index.ts';
import { foldSystem, systemSearchKeys } from '../resolve/index.ts';
import type { Store } from '../store/index.ts';
import { allRows, TIMELINE_LIMIT } from './register-pages.ts';

/** A party and how many register rows name it in a role. */
export interface PartyCount {
  party: PartyCode;
  rows: number;
}

export interface SystemProfile {
  /** The folded designation that spellings and variants share. */
  key: string;
  /** The name shown: the catalogue's, or the spelling the rows use. */
  name: string;
  spellings: string[];
  category: string | null;
  description: string | null;
  /** Who sells it: consensus suppliers of its deals. */
  suppliers: PartyCount[];
  /** Who has it: recipients of its delivered deals and the countries making it. */
  operators: PartyCount[];
  /** Who makes it: production lines. */
  producers: {
    country: PartyCode;
    producer: string | null;
    licensor: PartyCode | null;
    status: string | null;
  }[];
  /** Its register rows (the first `TIMELINE_LIMIT`). */
  rows: { total: number; items: StoredRegisterRow[] };
  /** Its deals in the SIPRI reference (the first `TIMELINE_LIMIT`). */
  reference: { total: number; items: ReferenceDeal[] };
}

/**
 * Everything known of a weapon system: who supplies, operates and produces it, and its rows; null when
 * neither the register nor the reference knows it. Spellings and catalogue aliases fold together.
 */
export async function systemProfile(store: Store, designation: string): Promise<SystemProfile | null> {
  const keys = systemSearchKeys(designation);
  if (keys.length === 0) return null;
  const key = foldSystem(designation).key;
  const prefixed = await allRows(store, { systemKeys: keys });
  // Keys match by prefix (su30 finds su30sm): keep the exact system when the register has it.
  const exact = prefixed.filter((row) => row.kind !== 'share' && row.systemKey === key);
  const rows = exact.length > 0 ? exact : prefixed;
  const reference = await store.reference.listDeals({ designation });
  if (rows.length === 0 && reference.length === 0) return null;
  const transfers = rows.filter((row): row is StoredRegisterRow & TransferRow => row.kind === 'transfer');
  const lines = rows.filter((row): row is StoredRegisterRow & ProductionRow => row.kind === 'production');
  const named = [...transfers, ...lines];
  return {
    key,
    name: named.find((row) => row.system)?.system ?? reference[0]?.designation ?? designation,
    spellings: [...new Set(named.flatMap((row) => row.spellings))].sort(),
    category: named.find((row) => row.category)?.category ?? reference[0]?.category ?? null,
    description: transfers.find((row) => row.description)?.description ?? reference[0]?.description ?? null,
    suppliers: counted(transfers.map((row) => row.supplier.consensus)),
    operators: counted([
      ...transfers.filter((row) => row.status === 'delivered').map((row) => row.recipient),
      ...lines.filter((row) => row.status.consensus !== 'planned').map((row) => row.country),
    ]),
    producers: lines.map((row) => ({
      country: row.country,
      producer: row.producer.consensus,
      licensor: row.licensor.consensus,
      status: row.status.consensus,
    })),
    rows: { total: rows.length, items: rows.slice(0, TIMELINE_LIMIT) },
    reference: { total: reference.length, items: reference.slice(0, TIMELINE_LIMIT) },
  };
}

function counted(parties: readonly (PartyCode | null)[]): PartyCount[] {
  const tally = new Map<PartyCode, number>();
  for (const party of parties) if (party) tally.set(party, (tally.get(party) ?? 0) + 1);
  return [...tally]
    .map(([party, rows]) => ({ party, rows }))
    .sort((a, b) => b.rows - a.rows || a.party.localeCompare(b.party));
}
