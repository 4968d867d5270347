/**
 * Transfer candidates, sentence by sentence: each weapon mention governed by a status trigger becomes a
 * transfer, with its supplier and recipient from the words around it, and with what earlier sentences said
 * (supplier, recipient, year, status) carried to a sentence that leaves them out.
 */
import type { TransferFact, TransferStatus } from '../model/index.ts';
import type { ArticleDate } from './dates.ts';
import { designationKey } from './lexicon/index.ts';
import { baseKey } from './merge.ts';
import { resolveParties } from './roles.ts';
import type { Frame, TriggerHit } from './sentence.ts';
import type { Token } from './tokens.ts';
import type { WeaponMention } from './weapons.ts';

/** A transfer read from one sentence, before merging. */
export interface TransferCandidate {
  fact: Omit<TransferFact, 'evidence'>;
  sentence: number;
  /** The status is a guess from a future delivery: merging takes the status of the deal it joins. */
  weak: boolean;
  /** How many kind words stood in the list this one came from. */
  listSize: number;
  /** The recipient is named as its armed forces ("the Nigerian Army"): home-made arms for it are production. */
  homeArmy?: boolean;
  /** The kind list the weapon stood in (`sentence:token`), and whether its kind word is as general as "vehicles". */
  list?: string;
  generic?: boolean;
}

/** What earlier sentences established, for the sentences that follow. */
export interface Carry {
  supplier: string | null;
  recipient: string | null;
  year: number | null;
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
}

/** A deal between two parties, stated with or without its weapons. */
export interface Deal {
  supplier: string;
  recipient: string;
  status: TransferStatus;
}

/** The transfers of an article before merging, and the deals it states in general words. */
export interface TransferReading {
  candidates: TransferCandidate[];
  deals: Deal[];
}

/** Words before a weapon that say it is old equipment, not the subject of the deal. */
const NOT_TRADED = new Set([
  'replace', 'replacing', 'replacement', 'existing', 'ageing', 'aging', 'instead', 'against', 'civilian', 'consumer',
  'favor', 'favour',
]);
const DEAL_NOUNS = new Set(['deal', 'deals', 'agreement', 'contract', 'purchase', 'acquisition', 'order', 'sale', 'sales']);
/** Agreements that are no arms deal: "the ceasefire agreement", "a peace deal". */
const NOT_ARMS_DEALS = new Set(['ceasefire', 'cease-fire', 'peace', 'trade', 'nuclear', 'cooperation', 'offset', 'loan']);
const CLAUSE_BREAKS = new Set([';', 'which', 'who', 'while', 'whereas', 'but']);
const MAX_TRIGGER_DISTANCE = 14;

/** Reads the transfer candidates of a whole article; `productionPlaces` are the states where it reports making arms. */
export function readTransfers(
  frames: readonly Frame[],
  tokens: readonly Token[],
  date: ArticleDate | null,
  articleDenies: boolean,
  makesArms: (frame: Frame) => boolean,
): TransferReading {
  const out: TransferCandidate[] = [];
  const carry: Carry = {
    supplier: null, recipient: null, year: null, sentence: -9, designation: null, leadStatus: null, leadSentence: -9,
    bySystem: new Map(),
    traded: new Map(),
    origins: new Map(),
    deals: [],
  };
  for (const frame of frames) {
    frame.triggers = frame.triggers.filter((t) => !NOT_ARMS_DEALS.has(tokens[t.index - 1]?.lower ?? ''));
    const skip = frame.denial || (frame.allegation && articleDenies) || frame.triggers.length === 0;
    if (!skip) {
      // "a contract for the production of 48 launchers in Poland": a domestic production order, not an import.
      const homeMade = makesArms(frame);
      const found = readSentence(frame, tokens, date, carry, homeMade);
      out.push(...found.filter((c) => !homeMade || !frame.parties.some((p) => p.role === 'in' && p.code === c.fact.recipient)));
    }
    const designated = frame.weapons.filter((w) => w.system !== null);
    if (designated.length > 0) carry.designation = designated[designated.length - 1]!;
  }
  return { candidates: out, deals: carry.deals };
}

function readSentence(
  frame: Frame,
  tokens: readonly Token[],
  date: ArticleDate | null,
  carry: Carry,
  homeMade: boolean,
): TransferCandidate[] {
  const weapons = frame.weapons.filter((w) => !oldEquipment(tokens, frame, w));
  if (weapons.length === 0) return anaphora(frame, tokens, date, carry, homeMade);
  const out: TransferCandidate[] = [];
  const elaborates = elaboratesLead(frame, carry);
  for (const mention of weapons) {
    const weapon = definiteReference(tokens, mention, carry);
    const trigger = governing(frame, tokens, weapon);
    if (!trigger) continue;
    for (const c of buildCandidates(frame, tokens, date, carry, weapon, trigger)) {
      if (elaborates && c.fact.status !== 'cancelled') {
        // "The shipment included T-72B tanks": the parties of the sentence before, not the design's origin.
        c.fact.status = carry.leadStatus!;
        const stated = (code: string | null) => frame.parties.some((p) => p.code === code);
        if (!stated(c.fact.supplier)) c.fact.supplier = carry.supplier ?? c.fact.supplier;
        if (!stated(c.fact.recipient)) c.fact.recipient = carry.recipient ?? c.fact.recipient;
      }
      out.push(...eachRecipient(c, frame));
    }
  }
  for (const c of out) if (c.fact.system) countTraded(carry, c.fact.category!, c.fact.system);
  for (const w of weapons) if (w.system && !carry.origins.has(w.system)) carry.origins.set(w.system, w.origin);
  if (out.length > 0) remember(carry, out, frame.sentence.index);
  return out;
}

/** The sentence after "Armenia acquired weapons from Russia" lists what: it names no other party. */
function elaboratesLead(frame: Frame, carry: Carry): boolean {
  if (!carry.leadStatus || frame.sentence.index - carry.leadSentence !== 1) return false;
  return frame.parties.every((p) => p.code === carry.recipient || p.code === carry.supplier);
}

function countTraded(carry: Carry, category: string, system: string): void {
  const counts = carry.traded.get(category) ?? new Map<string, number>();
  const base = [...counts.keys()].find((known) => baseKey(known) === baseKey(system)) ?? system;
  counts.set(base, (counts.get(base) ?? 0) + 1);
  carry.traded.set(category, counts);
}

/** "rifles for Afghanistan, Bahrain and Tunisia", "Qatar, India and Greece have ordered": one transfer each. */
function eachRecipient(c: TransferCandidate, frame: Frame): TransferCandidate[] {
  const mention = frame.parties.find((p) => p.code === c.fact.recipient && p.list !== undefined);
  if (!mention) return [c];
  const members = frame.parties.filter((p) => p.list === mention.list && p.code !== c.fact.supplier).map((p) => p.code);
  return [...new Set(members)].map((recipient) => ({ ...c, fact: { ...c.fact, recipient } }));
}

/** "the assault rifles" after a sentence about M4 carbines: a definite kind word refers to the weapon traded last. */
function definiteReference(tokens: readonly Token[], weapon: WeaponMention, carry: Carry): WeaponMention {
  if (weapon.system !== null) return weapon;
  const counts = [...(carry.traded.get(weapon.category) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
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

/** "to replace its F-5s with Su-35s": the F-5s are old equipment; what comes after "with" is the new one. */
function oldEquipment(tokens: readonly Token[], frame: Frame, weapon: WeaponMention): boolean {
  let old = false;
  for (let i = Math.max(frame.sentence.first, weapon.first - 6); i < weapon.first; i++) {
    const lower = tokens[i]!.lower;
    const of = tokens[i + 1]?.lower === 'of';
    if (NOT_TRADED.has(lower) || ((lower === 'fleet' || lower === 'part') && of)) old = true;
    if (lower === 'aboard' || lower === 'onboard') old = true;
    if (lower === 'with' || lower === 'by') old = false;
  }
  return old;
}

/**
 * The trigger that governs a weapon: the nearest one before it in the same clause, else a passive, arrival or
 * noun trigger after it. A finite signing, approval or cancellation before it decides over nouns and
 * infinitives ("approved the sale of 40 F-16", "signed a deal to buy 30 Rafales").
 */
function governing(frame: Frame, tokens: readonly Token[], weapon: WeaponMention): TriggerHit | undefined {
  const before = frame.triggers.filter((t) => t.index < weapon.first && sameClause(tokens, t.index, weapon.first));
  const after = frame.triggers.filter(
    (t) =>
      t.index >= weapon.last &&
      (t.passive || t.word.intransitive || t.word.noun || t.finite) &&
      sameClause(tokens, weapon.last, t.index),
  );
  const passiveAfter = after.find((t) => t.passive && t.finite && t.index - weapon.last <= 3);
  const last = before[before.length - 1];
  const near = passiveAfter && (!last || last.word.noun) ? passiveAfter : (last ?? after[0]);
  if (!near || near.negated) return undefined;
  if (near.finite && !near.weak && near.status !== 'negotiating') return near;
  // "in talks with China over the purchase of 12 JF-17s": the purchase is what the talks are about.
  const talks = before.find(
    (t) =>
      t.status === 'negotiating' &&
      t.index < near.index &&
      !t.negated &&
      !tokens.slice(t.index, near.index).some((w) => CONCLUDING.has(w.lower)),
  );
  if (near.word.noun && talks && !before.some((t) => t.finite && t.status !== 'negotiating' && !t.negated)) return talks;
  const deciding = [...before, ...after.filter((t) => t.passive || tokens[t.index]!.pos === 'NOUN')];
  const main = strongest(deciding.filter((t) => t.finite && !t.weak && !t.negated && t.status !== 'negotiating' && t !== near));
  return main && (main.status !== 'delivered' || near.status === 'delivered') ? main : near;
}

function sameClause(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > MAX_TRIGGER_DISTANCE) return false;
  for (let i = from + 1; i < to; i++) if (CLAUSE_BREAKS.has(tokens[i]!.lower)) return false;
  return true;
}

const RANK: Record<TransferStatus, number> = { negotiating: 0, delivered: 1, ordered: 2, approved: 3, cancelled: 4 };

function strongest(triggers: TriggerHit[]): TriggerHit | undefined {
  return triggers.reduce<TriggerHit | undefined>((best, t) => (!best || RANK[t.status] > RANK[best.status] ? t : best), undefined);
}

function buildCandidates(
  frame: Frame,
  tokens: readonly Token[],
  date: ArticleDate | null,
  carry: Carry,
  weapon: WeaponMention,
  governingTrigger: TriggerHit,
): TransferCandidate[] {
  const trigger = pursuitOnly(frame, tokens, governingTrigger, date);
  const { supplier, recipient } = resolveParties(frame, tokens, weapon, trigger, carry);
  if (!recipient && !supplier) return [];
  const year = resolveYear(frame, trigger, weapon, date, carry);
  const base: Omit<TransferFact, 'evidence'> = {
    type: 'transfer',
    supplier,
    recipient,
    system: weapon.system,
    category: weapon.category,
    quantity: weapon.quantity,
    status: trigger.status,
    year,
  };
  const candidate = {
    fact: base,
    sentence: frame.sentence.index,
    weak: trigger.weak,
    listSize: weapon.listSize,
    homeArmy: namedAsForces(frame, tokens, recipient),
    list: `${frame.sentence.index}:${weapon.list}`,
    generic: weapon.generic,
  };
  if (!weapon.firstOf) return [candidate];
  // "received the first of 36 Rafales": the first unit arrived, and 36 is the size of the order.
  const order = { ...candidate, weak: false, fact: { ...base, status: 'ordered' as const, year: null } };
  if (trigger.status !== 'delivered' || trigger.weak) return [order];
  return [{ ...candidate, fact: { ...base, quantity: weapon.partQuantity } }, order];
}

/**
 * "efforts for the purchase of combat drones are continuing": a purchase named by a noun alone, with no verb
 * that concludes it and no time in the past, is still being pursued.
 */
function pursuitOnly(frame: Frame, tokens: readonly Token[], trigger: TriggerHit, date: ArticleDate | null): TriggerHit {
  const past = frame.times.some((t) => date === null || t.end < date.year);
  if (trigger.finite || trigger.status !== 'ordered' || past) return trigger;
  if (!PURSUIT_NOUNS.has(tokens[trigger.index]!.lower)) return trigger;
  const before = tokens.slice(Math.max(frame.sentence.first, trigger.index - 3), trigger.index).map((t) => t.lower);
  if (before.some((w) => CONCLUDING.has(w))) return trigger;
  if (frame.triggers.some((t) => t.finite && !t.negated && t.status !== 'negotiating')) return trigger;
  return { ...trigger, status: 'negotiating' };
}

const PURSUIT_NOUNS = new Set(['purchase', 'purchases', 'acquisition', 'procurement']);
/** "the negotiations led to the purchase of 25 J-10Cs": the purchase was made. */
const CONCLUDING = new Set(['led', 'resulted', 'completed', 'concluded', 'finalised', 'finalized', 'first']);

const FORCES = new Set(['army', 'armed', 'forces', 'force', 'military', 'navy', 'troops', 'ministry', 'defence', 'defense']);

function namedAsForces(frame: Frame, tokens: readonly Token[], recipient: string | null): boolean {
  return frame.parties.some((p) => {
    if (p.code !== recipient) return false;
    const next = tokens[p.last];
    const force = next && FORCES.has(next.lower) ? next : tokens[p.last + 1];
    if (!force || !FORCES.has(force.lower)) return false;
    // "Russian military planes": "military" there describes the planes, not the buyer.
    const after = tokens[tokens.indexOf(force) + 1];
    return force.lower !== 'military' || !after || after.pos !== 'NOUN';
  });
}

/** The time nearest the weapon (within a few words), else nearest the trigger, else the tense or the carry. */
function resolveYear(
  frame: Frame,
  trigger: TriggerHit,
  weapon: WeaponMention,
  date: ArticleDate | null,
  carry: Carry,
): number | null {
  // "abandoned a 2018 plan": a year that names the plan does not date the cancellation.
  const attributiveCounts = trigger.status === 'ordered' || trigger.status === 'negotiating';
  const usable = frame.times.filter(
    (t) => (!t.future || trigger.status === 'negotiating') && (attributiveCounts || !t.attributive),
  );
  const distance = (at: number) => (t: { first: number }) => Math.abs(t.first - at);
  const byWeapon = [...usable].sort((a, b) => distance(weapon.last)(a) - distance(weapon.last)(b))[0];
  if (byWeapon && byWeapon.first >= weapon.last && byWeapon.first - weapon.last <= 3) return byWeapon.end;
  const nearest = [...usable].sort((a, b) => distance(trigger.index)(a) - distance(trigger.index)(b))[0];
  if (nearest) return nearest.end;
  if (date && trigger.current && (trigger.word.event || trigger.status !== 'ordered')) return date.year;
  if (carry.sentence === frame.sentence.index - 1) return carry.year;
  return null;
}

function remember(carry: Carry, found: TransferCandidate[], sentence: number): void {
  const last = found[found.length - 1]!;
  carry.supplier = last.fact.supplier;
  carry.recipient = last.fact.recipient;
  carry.year = last.fact.year;
  carry.sentence = sentence;
  for (const c of found) {
    if (c.fact.system && c.fact.supplier !== c.fact.recipient) carry.bySystem.set(designationKey(c.fact.system), { supplier: c.fact.supplier, recipient: c.fact.recipient });
  }
}

/**
 * A sentence with a trigger but no weapon: "Armenia acquired weapons from Russia" sets the parties for the
 * list that follows; "the agreement was signed in 2017" or "sales have followed to India and Greece" speak
 * of the weapon last named.
 */
function anaphora(
  frame: Frame,
  tokens: readonly Token[],
  date: ArticleDate | null,
  carry: Carry,
  homeMade: boolean,
): TransferCandidate[] {
  const trigger = frame.triggers.find((t) => !t.weak && !t.negated && t.status !== 'negotiating');
  if (!trigger) return [];
  const placeholder: WeaponMention = {
    system: null, category: 'other', origin: null, first: trigger.index + 1, last: frame.sentence.last,
    quantity: null, partQuantity: null, firstOf: false, listSize: 1, alias: null, list: 0, generic: false,
  };
  const { supplier, recipient } = resolveParties(frame, tokens, placeholder, trigger, carry);
  const year = resolveYear(frame, trigger, placeholder, date, carry);
  if (supplier || recipient) {
    carry.supplier = supplier ?? carry.supplier;
    carry.recipient = recipient ?? carry.recipient;
    carry.year = year;
    carry.sentence = frame.sentence.index;
    carry.leadStatus = supplier && recipient ? trigger.status : null;
    carry.leadSentence = frame.sentence.index;
    if (supplier && recipient && supplier !== recipient) carry.deals.push({ supplier, recipient, status: trigger.status });
  }
  const weapon = carry.designation;
  const isDeal = frame.triggers.some((t) => DEAL_NOUNS.has(tokens[t.index]!.lower));
  if (!weapon || !isDeal || trigger.status !== 'ordered' || homeMade) return [];
  const recipients = frame.parties.filter((p) => p.role === 'to' && p.kind !== 'company').map((p) => p.code);
  if (frame.times.length === 0 && recipients.length === 0) return [];
  const targets = recipients.length > 0 ? recipients : [recipient ?? carry.recipient];
  const from = supplier ?? weapon.origin ?? carry.supplier;
  return targets
    .filter((to): to is string => to !== null && to !== from)
    .map((to) => ({
      fact: {
        type: 'transfer' as const, supplier: from, recipient: to, system: weapon.system, category: weapon.category,
        quantity: null, status: trigger.status, year,
      },
      sentence: frame.sentence.index,
      weak: false,
      listSize: 1,
    }));
}
