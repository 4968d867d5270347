/**
 * What earlier sentences of an article established, for the sentences that follow: the parties and year of
 * the last transfer, the status of a sentence that named parties but no weapon, the seller each designation
 * had, and the designations traded so far.
 */
import type { Category, TransferStatus } from '../model/index.ts';
import { baseKey } from './merge.ts';
import type { Frame } from './sentence.ts';
import type { Token } from './tokens.ts';
import type { TransferCandidate } from './transfers.ts';
import type { WeaponMention } from './weapons.ts';

/** What earlier sentences established, for the sentences that follow. */
export interface Carry {
  supplier: string | null;
  recipient: string | null;
  year: number | null;
  /** The status of the last transfer, whose year carries only to another of the same status. */
  status: TransferStatus | null;
  sentence: number;
  designation: WeaponMention | null;
  /** The status of a sentence that named the parties but no weapon: the list that follows elaborates it. */
  leadStatus: TransferStatus | null;
  leadSentence: number;
  /** The parties each designation had when last traded in this article. */
  bySystem: Map<string, { supplier: string | null; recipient: string | null }>;
  /** How often each traded designation was named, by category. */
  traded: Map<string, Map<string, number>>;
  /** The catalogue origin of each traded designation. */
  origins: Map<string, string | null>;
  /** Deals stated without a weapon ("Israel confirmed a deal to sell equipment to Azerbaijan"). */
  deals: Deal[];
  /** The states the sentence before named as actors (not as sources), whatever it said about them. */
  previousStates: string[];
  /** The state the article names most often: the buyer of last resort for a seller-only sentence. */
  about: string | null;
}

/** A deal between two parties, stated with or without its weapons. */
export interface Deal {
  supplier: string;
  recipient: string;
  status: TransferStatus;
  sentence: number;
}

/** A carry with nothing known yet. */
export function newCarry(): Carry {
  return {
    supplier: null,
    recipient: null,
    year: null,
    status: null,
    sentence: -9,
    designation: null,
    leadStatus: null,
    leadSentence: -9,
    bySystem: new Map(),
    traded: new Map(),
    origins: new Map(),
    deals: [],
    previousStates: [],
    about: null,
  };
}

/** The sentence after "Armenia acquired weapons from Russia" lists what: it names no other party. */
export function elaboratesLead(frame: Frame, carry: Carry): boolean {
  if (!carry.leadStatus || frame.sentence.index - carry.leadSentence !== 1) return false;
  // A time of its own ("In 2015, Egypt received ...") makes it another event.
  if (frame.times.some((t) => t.end !== carry.year)) return false;
  return frame.parties.every((p) => p.code === carry.recipient || p.code === carry.supplier);
}

export function countTraded(carry: Carry, category: string, system: string): void {
  const counts = carry.traded.get(category) ?? new Map<string, number>();
  const base = [...counts.keys()].find((known) => baseKey(known) === baseKey(system)) ?? system;
  counts.set(base, (counts.get(base) ?? 0) + 1);
  carry.traded.set(category, counts);
}

/** "the assault rifles" after a sentence about M4 carbines: a definite kind word refers to the weapon traded last. */
export function definiteReference(
  tokens: readonly Token[],
  weapon: WeaponMention,
  carry: Carry,
): WeaponMention {
  if (weapon.system !== null) return weapon;
  const counts = [...(carry.traded.get(weapon.category) ?? new Map<string, number>())].sort(
    (a, b) => b[1] - a[1],
  );
  const system = counts[0]?.[0];
  if (!system) return weapon;
  const origin = carry.origins.get(system) ?? null;
  for (let i = weapon.first - 1; i >= Math.max(0, weapon.first - 5); i--) {
    const lower = tokens[i]!.lower;
    if (lower === 'the' || lower === 'these' || lower === 'those') return { ...weapon, system, origin };
    if (tokens[i]!.type === 'punctuation' && tokens[i]!.text !== '-') break;
  }
  return weapon;
}

export function remember(carry: Carry, found: TransferCandidate[], sentence: number): void {
  const last = found[found.length - 1]!;
  carry.supplier = last.fact.supplier;
  carry.recipient = last.fact.recipient;
  carry.year = last.fact.year;
  carry.status = last.fact.status;
  carry.sentence = sentence;
  for (const c of found) {
    if (c.fact.system && c.fact.supplier !== c.fact.recipient)
      carry.bySystem.set(baseKey(c.fact.system), {
        supplier: c.fact.supplier,
        recipient: c.fact.recipient,
      });
  }
}

/** The designation the article has traded most often so far: what "the deal" most likely refers to. */
export function mostTraded(carry: Carry): WeaponMention | null {
  let best: { system: string; count: number; category: string } | null = null;
  for (const [category, counts] of carry.traded) {
    for (const [system, count] of counts) if (!best || count > best.count) best = { system, count, category };
  }
  if (!best) return null;
  const origin = carry.origins.get(best.system) ?? null;
  return {
    ...(carry.designation ?? placeholder()),
    system: best.system,
    category: best.category as Category,
    origin,
  };
}

function placeholder(): WeaponMention {
  return {
    system: null,
    category: 'other',
    origin: null,
    first: 0,
    last: 0,
    quantity: null,
    firstOf: false,
    partQuantity: null,
    listSize: 1,
    alias: null,
    list: 0,
    generic: false,
  };
}

/** The parties this article already gave for a design or one of its variants ("JF-17C Block III", later "JF-17s"). */
export function knownParties(
  carry: Carry,
  system: string | null,
): { supplier: string | null; recipient: string | null } | undefined {
  return system ? carry.bySystem.get(baseKey(system)) : undefined;
}
