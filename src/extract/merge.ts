/**
 * Merging within one article: repeated mentions of one event become one fact with several evidence spans;
 * a future delivery joins the deal it belongs to; a kind word that stands for a named system joins it;
 * talks that led to an order give no separate fact; home-made arms for the home army are production.
 */
import type { ProductionFact, TransferFact, TransferStatus } from '../model/index.ts';
import type { Deal } from './carry.ts';
import type { ProductionCandidate } from './production.ts';
import type { TransferCandidate } from './transfers.ts';
import type { WeaponMention } from './weapons.ts';

/** A fact with the sentences that state it. */
export interface Merged<F> {
  fact: F;
  sentences: number[];
}

type Transfer = Omit<TransferFact, 'evidence'>;
type Production = Omit<ProductionFact, 'evidence'>;

/** The base of a designation for variants: 'F-16C Block 70/72' and 'F-16D' -> 'f16'. */
export function baseKey(system: string): string {
  const key = system
    .toLowerCase()
    .replace(/\bblock\b.*$/, '')
    .replace(/[^a-z0-9]/g, '');
  const match = /^([a-z]+\d+)/.exec(key);
  return match ? match[1]! : key;
}

function systemKey(f: { system: string | null; category: string | null }): string {
  return f.system === null ? `[${f.category}]` : baseKey(f.system);
}

function sameTransferKey(a: Transfer, b: Transfer): boolean {
  return a.supplier === b.supplier && a.recipient === b.recipient && systemKey(a) === systemKey(b);
}

function compatible<T>(a: T | null, b: T | null): boolean {
  return a === null || b === null || a === b;
}

/** Merges the transfer candidates of one article into facts. */
export function mergeTransfers(
  candidates: readonly TransferCandidate[],
  named: readonly WeaponMention[],
  deals: readonly Deal[],
): Merged<Transfer>[] {
  const valid = candidates.filter(
    (c) =>
      (c.fact.recipient !== null || c.undisclosed === true) &&
      c.fact.supplier !== null &&
      c.fact.recipient !== c.fact.supplier,
  );
  const merged: MergedTransfer[] = [];
  for (const c of sumVariants(valid)) {
    const same = merged.find(
      (m) =>
        sameTransferKey(m.fact, c.fact) &&
        (c.weak || m.weak || m.fact.status === c.fact.status) &&
        (c.weak ||
          m.weak ||
          (compatible(m.fact.quantity, c.fact.quantity) && compatible(m.fact.year, c.fact.year))),
    );
    if (same) {
      absorb(same, c.fact, c.sentence, c.weak);
      same.weak &&= c.weak;
    } else
      merged.push({
        fact: { ...c.fact },
        sentences: [c.sentence],
        weak: c.weak,
        listSize: c.listSize,
        list: c.list ?? '',
        generic: c.generic ?? false,
        stated: c.statedPlan ?? false,
        fallback: c.fallback ?? null,
      });
  }
  const settled = merged.filter((m) => !m.weak || settleWeak(m, merged, deals));
  return foldUnnamed(dropLeadUps(mergeSame(absorbKinds(settled).map((f) => nameKind(f, named)))));
}

type MergedTransfer = Merged<Transfer> & {
  weak: boolean;
  listSize: number;
  list: string;
  generic: boolean;
  /** Both parties are named in the sentence, the seller as the one who will deliver. */
  stated: boolean;
  fallback: TransferStatus | null;
};

/**
 * "The Philippines will also receive Sidewinder missiles" after "the US approved the sale of F-16s": a future
 * delivery that joined no deal takes the status of the deal its parties made in the article; else it is dropped.
 */
function settleWeak(m: MergedTransfer, all: readonly MergedTransfer[], deals: readonly Deal[]): boolean {
  const sameParties = (o: { supplier: string | null; recipient: string | null }) =>
    o.supplier === m.fact.supplier && o.recipient === m.fact.recipient;
  const deal = all.find((o) => !o.weak && sameParties(o.fact))?.fact ?? deals.find(sameParties);
  // "Germany will deliver four IRIS-T systems to Ukraine": a seller's own stated plan is talks.
  const status = deal?.status ?? m.fallback ?? (m.stated ? 'negotiating' : null);
  if (status === null) return false;
  m.fact.status = status;
  m.weak = false;
  return true;
}

/** "10 F-16C and two F-16D" in one sentence: one fact of 12. */
function sumVariants(candidates: readonly TransferCandidate[]): TransferCandidate[] {
  const out: TransferCandidate[] = [];
  for (const c of candidates) {
    const twin = out.find(
      (o) =>
        o.sentence === c.sentence &&
        c.fact.system !== null &&
        o.fact.system !== null &&
        o.fact.system !== c.fact.system &&
        o.fact.status === c.fact.status &&
        sameTransferKey(o.fact, c.fact),
    );
    if (twin && twin.fact.quantity !== null && c.fact.quantity !== null)
      twin.fact = { ...twin.fact, quantity: twin.fact.quantity + c.fact.quantity };
    else out.push({ ...c, fact: { ...c.fact } });
  }
  return out;
}

function absorb(into: Merged<Transfer>, from: Transfer, sentence: number, weak: boolean): void {
  if (!weak && into.fact.status !== from.status) into.fact.status = from.status;
  into.fact.quantity ??= from.quantity;
  into.fact.year ??= weak ? null : from.year;
  if (!into.sentences.includes(sentence)) into.sentences.push(sentence);
}

/**
 * "Turkish-made armed drones" beside a Bayraktar TB2 deal of the same parties: the kind word is the TB2. A kind
 * from a list ("tanks and howitzers") joins only where every kind of its list has a named weapon to join.
 */
function absorbKinds(facts: MergedTransfer[]): MergedTransfer[] {
  const target = (f: MergedTransfer) =>
    f.fact.system !== null
      ? undefined
      : facts.find(
          (o) =>
            o.fact.system !== null &&
            (o.fact.category === f.fact.category || f.generic) &&
            o.fact.supplier === f.fact.supplier &&
            o.fact.recipient === f.fact.recipient &&
            o.fact.status === f.fact.status &&
            compatible(o.fact.quantity, f.fact.quantity) &&
            compatible(o.fact.year, f.fact.year),
        );
  const out: MergedTransfer[] = [];
  for (const f of facts) {
    const named = target(f);
    const list = f.listSize > 1 ? facts.filter((o) => o.list === f.list) : [f];
    if (!named || list.some((o) => !target(o))) {
      out.push(f);
      continue;
    }
    named.fact.quantity ??= f.fact.quantity;
    named.fact.year ??= f.fact.year;
    named.sentences.push(...f.sentences.filter((s) => !named.sentences.includes(s)));
  }
  return out;
}

/**
 * "Turkish drones" in an article whose only Turkish aircraft is the Bayraktar TB2: the kind word stands for
 * the TB2. Kinds from a list ("artillery, ammunition and vehicles") name several things and stay kinds.
 */
function nameKind(f: MergedTransfer, named: readonly WeaponMention[]): Merged<Transfer> {
  if (f.fact.system !== null || (f.listSize ?? 1) > 1) return f;
  const fitting = named.filter(
    (w) => w.category === f.fact.category && (w.origin === f.fact.supplier || w.origin === null),
  );
  const systems = new Set(fitting.map((w) => baseKey(w.system!)));
  if (systems.size !== 1 || fitting[0]!.origin === null) return f;
  return { ...f, fact: { ...f.fact, system: fitting[0]!.system } };
}

/** After kinds are named, two facts may be one: merge those with the same key, status and no clash. */
function mergeSame(facts: Merged<Transfer>[]): Merged<Transfer>[] {
  const out: Merged<Transfer>[] = [];
  for (const f of facts) {
    const same = out.find(
      (o) =>
        sameTransferKey(o.fact, f.fact) &&
        o.fact.status === f.fact.status &&
        compatible(o.fact.quantity, f.fact.quantity) &&
        compatible(o.fact.year, f.fact.year),
    );
    if (same) absorb(same, f.fact, f.sentences[0]!, false);
    else out.push(f);
    if (same) same.sentences.push(...f.sentences.filter((s) => !same.sentences.includes(s)));
  }
  return out;
}

/** "a contract for 13 countries" beside the list of the 13: the unnamed buyers are the named ones. */
function foldUnnamed(facts: Merged<Transfer>[]): Merged<Transfer>[] {
  return facts.filter((f) => {
    if (f.fact.recipient !== null) return true;
    const named = facts.find(
      (o) =>
        o.fact.recipient !== null &&
        o.fact.supplier === f.fact.supplier &&
        systemKey(o.fact) === systemKey(f.fact),
    );
    if (!named) return true;
    named.fact.year ??= f.fact.year;
    named.sentences.push(...f.sentences.filter((s) => !named.sentences.includes(s)));
    return false;
  });
}

const LATER: Record<TransferStatus, TransferStatus[]> = {
  negotiating: ['approved', 'ordered', 'delivered'],
  approved: [],
  ordered: [],
  delivered: [],
  cancelled: [],
};

/** Talks that the article reports as having led to an approval, order or delivery are no separate fact. */
function dropLeadUps(facts: Merged<Transfer>[]): Merged<Transfer>[] {
  // "Interest in the vehicles was sparked in 2018" before the contract for the Ara 2: talks about a kind lead
  // to the named weapon of the same parties as well.
  const leadsTo = (f: Merged<Transfer>, o: Merged<Transfer>) =>
    sameTransferKey(o.fact, f.fact) ||
    (f.fact.system === null &&
      o.fact.system !== null &&
      o.fact.supplier === f.fact.supplier &&
      o.fact.recipient === f.fact.recipient &&
      (o.fact.category === f.fact.category || f.fact.category === 'other'));
  // "Norway has requested to buy 48 NSM" after the approval of "Naval Strike Missiles": the request names what
  // was approved.
  const names = (f: Merged<Transfer>, o: Merged<Transfer>) =>
    f.fact.system !== null &&
    o.fact.system === null &&
    o.fact.category === f.fact.category &&
    o.fact.supplier === f.fact.supplier &&
    o.fact.recipient === f.fact.recipient;
  return facts.filter((f) => {
    const later = facts.find(
      (o) => o !== f && (leadsTo(f, o) || names(f, o)) && LATER[f.fact.status].includes(o.fact.status),
    );
    if (later && names(f, later)) later.fact.system = f.fact.system;
    if (!later || !compatible(later.fact.quantity, f.fact.quantity)) return true;
    later.fact.quantity ??= f.fact.quantity;
    later.sentences.push(...f.sentences.filter((s) => !later.sentences.includes(s)));
    return false;
  });
}

const PRODUCTION_RANK = { planned: 0, active: 1, ended: 2 } as const;

/** Merges production candidates: one fact per country and system (or kind), the furthest status wins. */
export function mergeProduction(candidates: readonly ProductionCandidate[]): Merged<Production>[] {
  const merged: (Merged<Production> & { listSize: number })[] = [];
  for (const c of candidates) {
    const same = merged.find(
      (m) => m.fact.country === c.fact.country && systemKey(m.fact) === systemKey(c.fact),
    );
    if (!same) {
      merged.push({ fact: { ...c.fact }, sentences: [c.sentence], listSize: c.listSize });
      continue;
    }
    mergeProductionFact(same.fact, c.fact);
    if (!same.sentences.includes(c.sentence)) same.sentences.push(c.sentence);
  }
  return absorbProductionKinds(merged);
}

function mergeProductionFact(into: Production, from: Production): void {
  if (PRODUCTION_RANK[from.status] > PRODUCTION_RANK[into.status]) {
    into.status = from.status;
    into.year = from.year ?? into.year;
  } else into.year ??= from.status === into.status ? from.year : null;
  into.producer ??= from.producer;
  into.licensor ??= from.licensor;
  into.capacity_per_year ??= from.capacity_per_year;
}

function absorbProductionKinds(facts: (Merged<Production> & { listSize: number })[]): Merged<Production>[] {
  const out: Merged<Production>[] = [];
  for (const f of facts) {
    const named =
      f.fact.system === null
        ? facts.find(
            (o) =>
              o.fact.system !== null &&
              o.fact.country === f.fact.country &&
              o.fact.category === f.fact.category,
          )
        : undefined;
    if (!named) {
      out.push(f);
      continue;
    }
    mergeProductionFact(named.fact, f.fact);
    named.sentences.push(...f.sentences.filter((s) => !named.sentences.includes(s)));
  }
  return out;
}
