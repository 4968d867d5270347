/**
 * Plain one-word names ('Senator', 'Khan', 'Perry'): which of SIPRI's are worth matching in news, judged by how
 * often and how recently SIPRI records the design. Used by the catalogue builder.
 */
import type { Category } from '../../model/index.ts';
import { designationKey } from './keys.ts';
import type { WeaponEntry } from './weapons.ts';

/** What the test reads of a deal. */
export interface NamedDeal {
  designation: string;
  orderYear: number | null;
}

/** How well SIPRI attests a name: the number of deals and the latest order year. */
export interface Attestation {
  deals: number;
  lastYear: number;
}

/** An English word must name a design traded this often, and this recently, to be worth matching. */
const WORD_NAME_DEALS = 6;
const WORD_NAME_SINCE = 1990;
/** Any other plain one-word name ('Khan', 'Golan', 'Sherman') must name a design traded this often and recently. */
const PLAIN_NAME_DEALS = 2;
const PLAIN_NAME_SINCE = 1970;
/** One word without digits and with no capital inside: 'Senator', 'Atlantic', 'David', not 'BrahMos' or 'HIMARS'. */
const PLAIN_NAME = /^[A-Z]?[a-z]+$/;

/** The attestation of one group of deals. */
export function attestationOf(deals: readonly NamedDeal[]): Attestation {
  return { deals: deals.length, lastYear: Math.max(0, ...deals.map((deal) => deal.orderYear ?? 0)) };
}

/** Deals by the key of their designation's first word: 'mirage' counts 'Mirage-2000' and 'Mirage F-1' too. */
function familyAttestations(deals: readonly NamedDeal[]): Map<string, Attestation> {
  const byFamily = new Map<string, NamedDeal[]>();
  for (const deal of deals) {
    const key = designationKey(deal.designation.split(/[\s-]/)[0] ?? '');
    const group = byFamily.get(key);
    if (group) group.push(deal);
    else byFamily.set(key, [deal]);
  }
  return new Map([...byFamily].map(([key, group]) => [key, attestationOf(group)]));
}

/** Tells plain one-word names that more often mean a person, a place or a word than the weapon. */
export interface NameTest {
  /** A derived alias ('Canuck' of 'CF-100 Canuck'): judged by its design's deals or its family's. */
  rareAlias(name: string, own: Attestation, category: Category): boolean;
  /** Why a SIPRI designation is left out as such a name, or null. */
  unlikely(entry: Pick<WeaponEntry, 'designation' | 'category'>, own: Attestation): string | null;
}

/**
 * A plain one-word name ('Senator', 'Ambassador', 'Khan') is kept only when SIPRI attests it well enough that
 * news naming the word likely means the weapon: an English word needs WORD_NAME_DEALS deals, the last after
 * WORD_NAME_SINCE; another name PLAIN_NAME_DEALS, the last after PLAIN_NAME_SINCE. A designation counts its own deals ('Tornado', a rare APC,
 * gives the word to the Tornado IDS family); an alias also its family's. Ship class names need more: news
 * writes them with '-class' ('Perry-class frigates'), which the rules read without the catalogue. The
 * `curated` keys (the supplement's designations, aliases and ambiguous list) are always kept.
 */
export function nameTest(
  deals: readonly NamedDeal[],
  curated: ReadonlySet<string>,
  isOrdinaryWord: (word: string) => boolean,
): NameTest {
  const families = familyAttestations(deals);
  const plain = (name: string) => PLAIN_NAME.test(name) && !curated.has(designationKey(name));
  const rare = (name: string, { deals, lastYear }: Attestation) =>
    isOrdinaryWord(designationKey(name))
      ? deals < WORD_NAME_DEALS || lastYear < WORD_NAME_SINCE
      : deals < PLAIN_NAME_DEALS || lastYear < PLAIN_NAME_SINCE;
  return {
    rareAlias(name, own, category) {
      if (!plain(name)) return false;
      if (category === 'ships') return true;
      const family = families.get(designationKey(name)) ?? { deals: 0, lastYear: 0 };
      return rare(name, {
        deals: Math.max(own.deals, family.deals),
        lastYear: Math.max(own.lastYear, family.lastYear),
      });
    },
    unlikely(entry, own) {
      if (!plain(entry.designation)) return null;
      if (entry.category === 'ships') return 'a one-word ship class name, read by the rules from "-class"';
      return rare(entry.designation, own) ? 'a plain word naming a rarely traded design' : null;
    },
  };
}
