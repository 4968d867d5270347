/**
 * Transfer candidates, sentence by sentence: each weapon mention governed by a status trigger becomes a
 * transfer, with its supplier and recipient from the words around it, and with what earlier sentences said
 * (supplier, recipient, year, status) carried to a sentence that leaves them out.
 */

import type { TransferFact, TransferStatus } from '../model/index.ts';
import { anaphora } from './anaphora.ts';
import {
  type Carry,
  countTraded,
  type Deal,
  definiteReference,
  elaboratesLead,
  newCarry,
  remember,
} from './carry.ts';
import type { ArticleDate, TimeMention } from './dates.ts';
import { governing, pursuitOnly, resolveYear } from './governing.ts';
import { isListItem, type ListLead, listLead, mainState, readListItem } from './lists.ts';
import { moreOfTheSame } from './more.ts';
import { makesArms } from './production.ts';
import { resolveParties } from './roles.ts';
import type { Frame, TriggerHit } from './sentence.ts';
import type { Token } from './tokens.ts';
import { productionTrigger } from './triggers.ts';
import type { WeaponMention } from './weapons.ts';
import { wordSet } from './words.ts';

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
  /** A future delivery whose seller says it will deliver ("Germany will deliver ... to Ukraine"). */
  statedPlan?: boolean;
  /** The status a weak candidate keeps where it joins no deal. */
  fallback?: TransferStatus;
  /** The buyer is kept secret or unnamed ("an undisclosed customer", "13 countries"): recipient null. */
  undisclosed?: boolean;
}

/** The transfers of an article before merging, and the deals it states in general words. */
export interface TransferReading {
  candidates: TransferCandidate[];
  deals: Deal[];
}

/** Words before a weapon that say it is old equipment or arms in use ("fire several times as many rounds"). */
const NOT_TRADED = wordSet(
  'replace replacing replacement existing ageing aging instead against civilian consumer favor favour fire fires fired firing shoot shoots expend expends expended',
);

/** Agreements that are no arms deal: "the ceasefire agreement", "a peace deal". */
const NOT_ARMS_DEALS = wordSet('ceasefire cease-fire peace trade nuclear cooperation offset loan');

const DEGREE = wordSet('most widely best-selling');

const PLANT_WORDS = new Set(['factory', 'factories', 'plant', 'plants', 'facility', 'facilities']);

/** Reads the transfer candidates of a whole article; `productionPlaces` are the states where it reports making arms. */
export function readTransfers(
  frames: readonly Frame[],
  tokens: readonly Token[],
  date: ArticleDate | null,
  articleDenies: boolean,
  productionPlaces: ReadonlySet<string>,
): TransferReading {
  const out: TransferCandidate[] = [];
  const carry = newCarry();
  const about = mainState(frames);
  carry.about = about;
  let lead: ListLead | null = null;
  for (const frame of frames) {
    // "the most widely exported howitzer": a trigger used as an adjective of degree tells no event.
    frame.triggers = frame.triggers.filter(
      (t) =>
        !NOT_ARMS_DEALS.has(tokens[t.index - 1]?.lower ?? '') &&
        !DEGREE.has(tokens[t.index - 1]?.lower ?? ''),
    );
    if (lead && frame.triggers.length === 0 && isListItem(frame, tokens, lead)) {
      out.push(...readListItem(frame, tokens, lead, about));
      continue;
    }
    const recipient = frame.parties.find((p) => p.role === 'to' || p.role === 'in')?.code ?? null;
    lead = listLead(frame, tokens, recipient);
    const skip = frame.denial || (frame.allegation && articleDenies) || frame.triggers.length === 0;
    if (!skip) out.push(...readSentence(frame, tokens, date, carry, productionPlaces));
    const designated = frame.weapons.filter((w) => w.system !== null);
    if (designated.length > 0) carry.designation = designated[designated.length - 1]!;
    carry.previousStates = [
      ...new Set(frame.parties.filter((p) => p.kind !== 'company' && p.role !== 'from').map((p) => p.code)),
    ];
  }
  return { candidates: out, deals: carry.deals };
}

function readSentence(
  frame: Frame,
  tokens: readonly Token[],
  date: ArticleDate | null,
  carry: Carry,
  productionPlaces: ReadonlySet<string>,
): TransferCandidate[] {
  const weapons = frame.weapons.filter((w) => !oldEquipment(tokens, frame, w));
  if (weapons.length === 0) {
    const told = anaphora(frame, tokens, date, carry, makesArms(frame, tokens));
    return [...told, ...moreOfTheSame(frame, tokens, told)];
  }
  const out: TransferCandidate[] = [];
  const elaborates = elaboratesLead(frame, carry);
  for (const mention of weapons) {
    const weapon = definiteReference(tokens, mention, carry);
    const trigger = governing(frame, tokens, weapon);
    if (!trigger || stillToCome(tokens, weapon, trigger)) continue;
    for (const c of buildCandidates(frame, tokens, date, carry, weapon, trigger)) {
      // "a contract for the production of 48 launchers" made in the buyer's own country: production, not import.
      if (c.fact.recipient !== null && productionPlaces.has(c.fact.recipient) && madeHere(tokens, weapon))
        continue;
      if (elaborates && c.fact.status !== 'cancelled') {
        // "The shipment included T-72B tanks": the parties of the sentence before, not the design's origin.
        c.fact.status = carry.leadStatus!;
        c.fact.year ??= carry.year;
        const stated = (code: string | null) => frame.parties.some((p) => p.code === code);
        if (!stated(c.fact.supplier)) c.fact.supplier = carry.supplier ?? c.fact.supplier;
        if (!stated(c.fact.recipient)) c.fact.recipient = carry.recipient ?? c.fact.recipient;
      }
      concludedBefore(c, frame, tokens, carry);
      out.push(...eachRecipient(c, frame));
    }
  }
  out.push(...moreOfTheSame(frame, tokens, out));
  for (const c of out) if (c.fact.system) countTraded(carry, c.fact.category!, c.fact.system);
  for (const w of weapons)
    if (w.system && !carry.origins.has(w.system)) carry.origins.set(w.system, w.origin);
  if (out.length > 0) remember(carry, out, frame.sentence.index);
  return out;
}

/**
 * "The military signed an agreement with Dassault. Egypt will purchase 30 Rafale fighters": a purchase still
 * to come right after the signed deal of the same buyer is that deal.
 */
function concludedBefore(c: TransferCandidate, frame: Frame, tokens: readonly Token[], carry: Carry): void {
  const deal = carry.deals[carry.deals.length - 1];
  if (!deal || deal.sentence !== frame.sentence.index - 1 || c.fact.status !== 'negotiating') return;
  if (deal.recipient !== c.fact.recipient || deal.supplier !== c.fact.supplier || deal.status !== 'ordered')
    return;
  const will = tokens.slice(frame.sentence.first, frame.sentence.last).some((t) => t.lower === 'will');
  if (will) c.fact.status = deal.status;
}

/**
 * "The remaining seven jets from the first order would arrive by the end of the year": the rest of an order
 * already told, still to come, is neither a new order nor a delivery.
 */
function stillToCome(tokens: readonly Token[], weapon: WeaponMention, trigger: TriggerHit): boolean {
  const remaining = tokens
    .slice(Math.max(0, weapon.first - 3), weapon.first)
    .some((t) => t.lower === 'remaining' || t.lower === 'rest');
  return remaining && (trigger.weak || trigger.status === 'ordered');
}

/** The weapon is the object of a production word: "the production of 48 M903 launchers", "to produce rifles". */
function madeHere(tokens: readonly Token[], weapon: WeaponMention): boolean {
  for (let i = Math.max(0, weapon.first - 6); i < weapon.first; i++)
    if (productionTrigger(tokens[i]!)) return true;
  return false;
}

/** "rifles for Afghanistan, Bahrain and Tunisia", "Qatar, India and Greece have ordered": one transfer each. */
function eachRecipient(c: TransferCandidate, frame: Frame): TransferCandidate[] {
  const mention = frame.parties.find((p) => p.code === c.fact.recipient && p.list !== undefined);
  if (!mention) return [c];
  const members = frame.parties
    .filter((p) => p.list === mention.list && p.code !== c.fact.supplier)
    .map((p) => p.code);
  return [...new Set(members)].map((recipient) => ({ ...c, fact: { ...c.fact, recipient } }));
}

/** "to replace its F-5s with Su-35s": the F-5s are old equipment; what comes after "with" is the new one. */
function oldEquipment(tokens: readonly Token[], frame: Frame, weapon: WeaponMention): boolean {
  // "the newly commissioned Kalashnikov rifles factory": the weapon names what a plant makes.
  for (let i = weapon.last; i < Math.min(frame.sentence.last, weapon.last + 3); i++) {
    if (PLANT_WORDS.has(tokens[i]!.lower)) return true;
  }
  if (carrier(tokens, frame, weapon)) return true;
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

const CARRYING = wordSet('carrying carried transporting ferrying delivering bringing loaded');
const ARRIVING = wordSet('landed arrived touched');
const CARGO = wordSet('shipment shipments consignment cargo');

/**
 * "a C-17 carrying the launchers", "Six Y-20s landed, delivering the system": an aircraft or ship that brings
 * the cargo is the carrier, not the item traded.
 */
function carrier(tokens: readonly Token[], frame: Frame, weapon: WeaponMention): boolean {
  if (weapon.category !== 'aircraft' && weapon.category !== 'ships') return false;
  const end = Math.min(frame.sentence.last, weapon.last + 12);
  let landed = false;
  for (let i = weapon.last; i < end; i++) {
    const lower = tokens[i]!.lower;
    if (frame.weapons.some((w) => w !== weapon && w.first === i) || lower === ';' || lower === 'which') break;
    if (CARRYING.has(lower)) return tokens[i + 1]?.lower !== 'out';
    landed ||= ARRIVING.has(lower);
  }
  // "took delivery of a shipment of weapons ... a day after six Y-20 transport aircraft landed": the flight.
  return landed && frame.triggers.some((t) => CARGO.has(tokens[t.index]!.lower) && t.index < weapon.first);
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
  const cancelledDeal = cancelledOrder(frame, trigger);
  const ofOrder = (t: TimeMention) => cancelledDeal !== undefined && datesTrigger(t, cancelledDeal);
  const eventFrame = cancelledDeal ? { ...frame, times: frame.times.filter((t) => !ofOrder(t)) } : frame;
  const year = resolveYear(eventFrame, trigger, weapon, date, carry);
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
    undisclosed: recipient === null && undisclosedBuyer(frame, tokens),
    statedPlan:
      trigger.weak &&
      trigger.word.status === 'delivered' &&
      trigger.word.subject === 'supplier' &&
      !trigger.passive &&
      sellerNamed(frame, supplier),
    // A bare "sale" that joins no deal of the article is a sale all the same.
    fallback: trigger.weak && trigger.word.status === 'ordered' ? ('ordered' as const) : undefined,
  };
  if (cancelledDeal) {
    // The order's own time ("a contract awarded in 2023") dates a second fact: the order that was cancelled.
    const orderFrame = { ...frame, times: frame.times.filter(ofOrder) };
    const orderYear =
      orderFrame.times.length > 0 ? resolveYear(orderFrame, cancelledDeal, weapon, null, carry) : null;
    if (orderYear === null) return [candidate];
    return [candidate, { ...candidate, fact: { ...base, status: 'ordered' as const, year: orderYear } }];
  }
  if (!weapon.firstOf) return [candidate];
  // "received the first of 36 Rafales": the first unit arrived, and 36 is the size of the order.
  const order = { ...candidate, weak: false, fact: { ...base, status: 'ordered' as const, year: null } };
  if (trigger.status !== 'delivered' || trigger.weak) return [order];
  return [{ ...candidate, fact: { ...base, quantity: weapon.partQuantity } }, order];
}

/** The finite order after a cancellation ("cancelled a contract awarded in 2023 for", "the purchase, signed in"). */
function cancelledOrder(frame: Frame, trigger: TriggerHit): TriggerHit | undefined {
  if (trigger.status !== 'cancelled') return undefined;
  return frame.triggers.find(
    (t) => t.status === 'ordered' && t.finite && !t.negated && t.index > trigger.index,
  );
}

/** "awarded in 2023": a time right after a verb dates that verb's event. */
function datesTrigger(time: TimeMention, trigger: TriggerHit): boolean {
  return time.first > trigger.index && time.first - trigger.index <= 3;
}

const UNNAMED = wordSet('undisclosed unnamed unidentified unspecified anonymous');
const BUYERS = wordSet('customer customers buyer buyers client clients country countries nation nations');

/** "an undisclosed customer", "an Asian country", "for 13 countries": a buyer the text does not name. */
function undisclosedBuyer(frame: Frame, tokens: readonly Token[]): boolean {
  for (let i = frame.sentence.first + 1; i < frame.sentence.last; i++) {
    if (!BUYERS.has(tokens[i]!.lower)) continue;
    const before = tokens[i - 1]!;
    if (before.pos === 'NUM' || before.lower === 'several') return true;
    if (/^an?$/.test(tokens[i - 2]?.lower ?? '') && (before.pos === 'ADJ' || before.pos === 'PROPN'))
      return true;
    for (let j = Math.max(frame.sentence.first, i - 3); j < i; j++)
      if (UNNAMED.has(tokens[j]!.lower)) return true;
  }
  return false;
}

/** The seller is a state or company the sentence names before the trigger. */
function sellerNamed(frame: Frame, supplier: string | null): boolean {
  return frame.parties.some((p) => p.code === supplier && (p.role === 'plain' || p.role === 'possessive'));
}

const FORCES = wordSet('army armed forces force military navy troops ministry defence defense');

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
