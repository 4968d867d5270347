/**
 * Who sells and who buys: the supplier and recipient of one weapon mention, from the words around it
 * ("from Russia", "to Turkey", "Russian S-400", "Turkey received", "Dassault sold"), then from the sentence's
 * subject and the verbs it uses, then from the catalogue's origin and what earlier sentences said.
 */

import { type Carry, knownParties } from './carry.ts';
import { clauseEnd, passiveAgent } from './clauses.ts';
import type { PartyMention } from './parties.ts';
import type { Frame, TriggerHit } from './sentence.ts';
import { talksParties } from './talks.ts';
import type { Token } from './tokens.ts';
import { transferTrigger } from './triggers.ts';
import type { WeaponMention } from './weapons.ts';
import { wordSet } from './words.ts';

const SELL_WORDS = wordSet(
  'sell sells sold export exports exported supply supplies supplied deliver delivers delivered ship ships shipped send sends sent provide provides provided offered offer',
);
const BUY_WORDS = wordSet(
  'buy buys bought purchase purchased purchases acquire acquired acquires procure procured procuring receive received receives order ordered import imports imported',
);
/** States that no longer sell: a Soviet design is sold by Russia today. */
const SUCCESSORS: Record<string, string> = { SUN: 'RUS', YUG: 'SRB', SCG: 'SRB', DDR: 'DEU', CSK: 'CZE' };

/** The parties of one transfer. */
export interface Parties {
  supplier: string | null;
  recipient: string | null;
}

/** Resolves supplier and recipient for a weapon governed by a trigger. */
export function resolveParties(
  frame: Frame,
  tokens: readonly Token[],
  weapon: WeaponMention,
  trigger: TriggerHit,
  carry: Carry,
): Parties {
  let { supplier, recipient } = phraseCues(frame, tokens, weapon, trigger);
  ({ supplier, recipient } = subjectCues(frame, tokens, trigger, supplier, recipient));
  ({ supplier, recipient } = talksParties(frame, tokens, weapon, trigger, { supplier, recipient }));
  // The seller this article already gave for the weapon, else the state the catalogue says designed it.
  const known = knownParties(carry, weapon.system);
  if (!supplier && known?.supplier && known.supplier !== recipient) supplier = known.supplier;
  if (!supplier && weapon.origin && successorOf(weapon.origin) !== recipient) {
    supplier = successorOf(weapon.origin);
  }
  supplier ??= code(frame.parties.find((p) => p.kind === 'company' && p.code !== recipient));
  if (!supplier || !recipient) {
    ({ supplier, recipient } = bySentenceSubject(frame, tokens, weapon, supplier, recipient));
  }
  return fallBack(frame, tokens, weapon, carry, supplier, recipient);
}

/**
 * What the phrases around the weapon say: "from Russia", "Russian S-400", "to Turkey", "landed in India",
 * "bought by India"; "an export order from Chad" names the buyer.
 */
function phraseCues(
  frame: Frame,
  tokens: readonly Token[],
  weapon: WeaponMention,
  trigger: TriggerHit,
): Parties {
  const parties = frame.parties;
  const states = parties.filter((p) => p.kind !== 'company');
  const froms = parties.filter(
    (p) =>
      p.role === 'from' &&
      ((p.last <= weapon.first && !verbBetween(frame, p.last, weapon.first)) ||
        (p.first > trigger.index && p.first - trigger.index <= 2) ||
        (p.first >= weapon.first && describesWeapon(tokens, weapon.last, p.first - 1))),
  );
  const from = nearest(froms, weapon);
  const buyerFrom = from && orderedFrom(tokens, from) ? from.code : null;
  // "Slovakia donated Russian-made MiG-29s": the subject of a giving verb is the supplier, not the maker.
  const giver =
    !trigger.passive &&
    !trigger.word.noun &&
    trigger.word.subject === 'supplier' &&
    directSubject(parties, tokens, trigger.index);
  let supplier = (giver ? null : originBefore(parties, tokens, weapon)) ?? (buyerFrom ? null : code(from));
  let recipient =
    buyerFrom ??
    code(
      nearest(
        states.filter((p) => p.role === 'to' && p.code !== supplier),
        weapon,
      ),
    );
  if (trigger.word.intransitive || trigger.word.status === 'delivered') {
    const arrivals = frame.triggers
      .filter((t) => t.status === 'delivered')
      .map((t) => Math.max(t.index, weapon.last));
    const destination = states.find(
      (p) =>
        p.role === 'in' && p.code !== supplier && arrivals.some((at) => p.first > at && p.first - at <= 3),
    );
    recipient ??= code(destination);
  }
  // "Russia says talks are held with the Algerian partners": the partners a seller speaks of are its customers.
  const customer = states.find((p) => p.code !== supplier && CUSTOMERS.has(tokens[p.last]?.lower ?? ''));
  const speaker = customer
    ? states.find((p) => p.first < customer.first && p.role === 'plain' && p.code !== customer.code)
    : undefined;
  // Only where the seller speaks: "our Turkish partners" of an unnamed buyer are its sellers.
  if (customer && speaker && !recipient) {
    recipient = customer.code;
    supplier ??= speaker.code;
  }
  const agent = passiveAgent(states, tokens, weapon, trigger);
  if (agent && trigger.passive && trigger.word.subject === 'recipient') recipient ??= agent.code;
  if (agent && trigger.passive && trigger.word.subject === 'supplier') supplier ??= agent.code;
  return { supplier, recipient };
}

/** The subject of the trigger buys or sells as its verb says; "supply Azerbaijan with" names the buyer after it. */
function subjectCues(
  frame: Frame,
  tokens: readonly Token[],
  trigger: TriggerHit,
  supplier: string | null,
  recipient: string | null,
): Parties {
  const parties = frame.parties;
  // In "the S-400 was delivered", the subject is what moved, not who moved it.
  let subject: PartyMention | null = null;
  if (!trigger.passive)
    subject = trigger.word.noun ? ownerOf(parties, trigger) : subjectBefore(parties, trigger.index);
  let s = supplier;
  let r = recipient;
  if (subject && trigger.word.subject === 'recipient' && !r && subject.code !== s) r = subject.code;
  if (subject && trigger.word.subject === 'supplier' && !s && subject.code !== r) s = subject.code;
  r ??= objectAfter(parties, tokens, trigger) ?? possessiveBuyer(parties, trigger);
  return { supplier: s, recipient: r };
}

const CUSTOMERS = wordSet('partner partners customer customers client clients buyer buyers');

const ORDER_NOUNS = new Set(['order', 'orders', 'contract', 'contracts', 'request', 'requests']);
const WINNING = wordSet('export received receives secured secures won wins bagged landed');

/** "secured an export order from Chad": an order won by a seller comes from the buyer. */
function orderedFrom(tokens: readonly Token[], from: PartyMention): boolean {
  for (let i = from.first - 2; i >= Math.max(0, from.first - 10); i--) {
    if (!ORDER_NOUNS.has(tokens[i]!.lower)) continue;
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) if (WINNING.has(tokens[j]!.lower)) return true;
    return false;
  }
  return false;
}

/** "ordered K2s from Korea and has also bought HIMARS": a finite trigger between starts another deal. */
function verbBetween(frame: Frame, from: number, to: number): boolean {
  return frame.triggers.some((t) => t.index >= from && t.index < to && t.finite && !t.word.noun);
}

/** "A-29 Super Tucano light attack aircraft from the US": only the weapon's own words stand before "from". */
function describesWeapon(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 6) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (
      t.lower !== 'the' &&
      t.lower !== 'from' &&
      t.text !== ',' &&
      t.pos !== 'NOUN' &&
      t.pos !== 'PROPN' &&
      t.pos !== 'ADJ' &&
      t.pos !== 'NUM' &&
      t.lower !== 'and' &&
      t.text !== '-'
    )
      return false;
  }
  return true;
}

/** Of several "from"/"to" phrases, the one closest to the weapon. */
function nearest(parties: PartyMention[], weapon: WeaponMention): PartyMention | undefined {
  const distance = (p: PartyMention) =>
    p.first >= weapon.last ? p.first - weapon.last : weapon.first - p.last;
  return [...parties].sort((a, b) => distance(a) - distance(b))[0];
}

function code(p: PartyMention | undefined): string | null {
  return p?.code ?? null;
}

/** "Russian S-400", "Turkish-made drones", "Russia's S-400", "Israeli RAM vehicles": the maker's state. */
function originBefore(
  parties: PartyMention[],
  tokens: readonly Token[],
  weapon: WeaponMention,
): string | null {
  const p = [...parties].reverse().find((q) => q.last <= weapon.first);
  if (!p || weapon.first - p.last > 3 || p.kind === 'company') return null;
  const between = tokens.slice(p.last, weapon.first);
  const modifiers = between.every(
    (t) =>
      (t.pos === 'ADJ' || t.pos === 'PROPN' || t.text === '-' || t.lower === "'s") && !transferTrigger(t),
  );
  if (!modifiers) return null;
  if (p.role === 'possessive' && weapon.origin && p.code !== weapon.origin) return null;
  // "Soviet-designed helicopters": where a design comes from says nothing of who hands them over now.
  if (p.role === 'made' && tokens[p.last - 1]!.lower.includes('design')) return null;
  if (p.role === 'made' || p.kind === 'demonym' || p.role === 'possessive') return p.code;
  return p.role === 'plain' && p.kind === 'name' ? p.code : null;
}

/** "Slovakia donated", "Slovakia has also donated": a subject with no other verb before the trigger. */
function directSubject(parties: PartyMention[], tokens: readonly Token[], trigger: number): boolean {
  const subject = subjectBefore(parties, trigger);
  if (!subject || trigger - subject.last > 4) return false;
  return tokens.slice(subject.last, trigger).every((t) => t.pos !== 'VERB');
}

/** The party written last before the trigger, outside "from"/"to" phrases and weapon modifiers. */
function subjectBefore(parties: PartyMention[], trigger: number): PartyMention | null {
  let subject: PartyMention | null = null;
  for (const p of parties) {
    if (p.first >= trigger) break;
    if (p.role !== 'plain' && p.role !== 'possessive') continue;
    if (p.kind === 'company') continue;
    subject = p;
  }
  return subject;
}

/** "Russia's sale", "India's purchase": the only subject a noun trigger has is the possessive right before it. */
function ownerOf(parties: PartyMention[], trigger: TriggerHit): PartyMention | null {
  return (
    parties.find((p) => p.role === 'possessive' && p.last <= trigger.index && trigger.index - p.last <= 3) ??
    null
  );
}

/** "supply Azerbaijan with drones", "provided Russia with drones": the state right after a giving verb. */
function objectAfter(parties: PartyMention[], tokens: readonly Token[], trigger: TriggerHit): string | null {
  if (trigger.word.subject !== 'supplier' || trigger.word.noun) return null;
  const next = parties.find(
    (p) =>
      p.first === trigger.index + 1 ||
      (p.first === trigger.index + 2 && tokens[trigger.index + 1]!.lower === 'the'),
  );
  return next && next.kind !== 'company' ? next.code : null;
}

/** "India's acquisition of Rafales", "Poland's purchase": the possessive before a buying noun. */
function possessiveBuyer(parties: PartyMention[], trigger: TriggerHit): string | null {
  if (!trigger.word.noun || trigger.word.subject === 'supplier') return null;
  const owner = parties.find(
    (p) => p.role === 'possessive' && p.last <= trigger.index && trigger.index - p.last <= 4,
  );
  return owner?.code ?? null;
}

/**
 * "Two South Korean companies agreed a deal with Poland to export tanks", "Egypt signed a deal with France to
 * buy Rafales", "Moscow and Ankara signed an agreement": the sentence's subject sells where it exports and buys
 * where it buys; otherwise the side whose state designed the weapon is the seller.
 */
function bySentenceSubject(
  frame: Frame,
  tokens: readonly Token[],
  weapon: WeaponMention,
  supplier: string | null,
  recipient: string | null,
): Parties {
  const candidates = frame.parties.filter(
    (p) =>
      p.role !== 'made' &&
      p.role !== 'in' &&
      p.code !== supplier &&
      p.code !== recipient &&
      !ownsOther(frame, p, weapon),
  );
  const subject = candidates.find(
    (p) => p.first < weapon.first && p.role !== 'by' && p.role !== 'with' && !namesDeal(tokens, p),
  );
  const others = candidates.filter((p) => p.code !== subject?.code && p.kind !== 'company');
  if (!subject) return { supplier, recipient };
  const other = code(others[0]);
  const verbs = verbsBetween(tokens, subject.last, Math.max(weapon.first, subject.last + 1));
  const subjectSells =
    weapon.origin !== null
      ? weapon.origin === subject.code || successorOf(weapon.origin) === subject.code
      : verbs.sells && !verbs.buys;
  if (subjectSells || subject.kind === 'company') {
    return {
      supplier: supplier ?? subject.code,
      recipient: recipient ?? (other !== supplier ? other : null),
    };
  }
  return { supplier: supplier ?? (other !== recipient ? other : null), recipient: recipient ?? subject.code };
}

const DEAL_NOUNS = wordSet('deal deals contract contracts agreement order orders purchase sale');

const SPEAKERS = wordSet('media press newspaper newspapers outlet outlets sources reports daily agency');

/**
 * "the second Israeli deal Madrid has called off": a demonym on a deal names its other side; "Pakistani media
 * reported that Azerbaijan was negotiating": one on a speaker names who tells, not who trades.
 */
function namesDeal(tokens: readonly Token[], p: PartyMention): boolean {
  const next = tokens[p.last]?.lower ?? '';
  return p.kind === 'demonym' && (DEAL_NOUNS.has(next) || SPEAKERS.has(next));
}

/**
 * "offers of India's Tejas, Pakistan's JF-17 and Turkey's Hurjet": a possessive on another designated weapon
 * speaks of that weapon, not of who buys this one.
 */
function ownsOther(frame: Frame, p: PartyMention, weapon: WeaponMention): boolean {
  return (
    p.role === 'possessive' &&
    frame.weapons.some((w) => w !== weapon && w.system !== null && w.first >= p.last && w.first - p.last <= 1)
  );
}

function verbsBetween(tokens: readonly Token[], from: number, to: number): { sells: boolean; buys: boolean } {
  let sells = false;
  let buys = false;
  for (let i = from; i < to; i++) {
    sells ||= SELL_WORDS.has(tokens[i]!.lower);
    buys ||= BUY_WORDS.has(tokens[i]!.lower);
  }
  return { sells, buys };
}

function successorOf(origin: string): string {
  return SUCCESSORS[origin] ?? origin;
}

/** What the sentence leaves out: this weapon's parties earlier in the article, the sentence before, the origin. */
function fallBack(
  frame: Frame,
  tokens: readonly Token[],
  weapon: WeaponMention,
  carry: Carry,
  supplier: string | null,
  recipient: string | null,
): Parties {
  const known = knownParties(carry, weapon.system);
  const ownParties =
    frame.parties.filter((p) => p.code !== carry.recipient && p.code !== carry.supplier).length === 0;
  const previous = carry.sentence === frame.sentence.index - 1 && ownParties ? carry : undefined;
  let s =
    supplier ?? known?.supplier ?? previous?.supplier ?? (weapon.origin ? successorOf(weapon.origin) : null);
  let r = recipient ?? known?.recipient ?? previous?.recipient ?? null;
  r ??= code(
    frame.parties.find(
      (p) =>
        p.kind !== 'company' &&
        p.code !== s &&
        !ownsOther(frame, p, weapon) &&
        (p.role === 'possessive' || (p.role === 'plain' && p.first < weapon.first)),
    ),
  );
  s ??= carry.supplier;
  if (r === null && carry.recipient !== s) r = carry.recipient;
  // "...inducted into the Hungarian Air Force. The C-390s were ordered from Brazil": the one state the
  // sentence before was about buys, where this sentence names no one but the seller.
  // "..., and that the planes had flown missions against Boko Haram": a later clause names no side of this deal.
  const end = clauseEnd(tokens, weapon.last, frame.sentence.last);
  const own = frame.parties.filter((p) => p.first < end);
  const onlySeller = own.length > 0 && own.every((p) => p.code === s);
  const before = carry.previousStates;
  const named = weapon.system !== null;
  if (r === null && named && onlySeller && before.length === 1 && before[0] !== s) r = before[0]!;
  // "the service took delivery of 12 A-29s from the United States": the state the article is about.
  if (r === null && named && onlySeller && before.length !== 1 && carry.about !== s) r = carry.about;
  return { supplier: s, recipient: r };
}
