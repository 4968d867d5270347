/**
 * Which trigger governs a weapon mention, and when its event happened: the nearest trigger in the weapon's
 * clause, overruled by a finite signing, approval or cancellation; the time nearest the weapon or trigger,
 * else the tense.
 */
import type { TransferStatus } from '../model/index.ts';
import type { Carry } from './carry.ts';
import type { ArticleDate } from './dates.ts';
import type { Frame, TriggerHit } from './sentence.ts';
import type { Token } from './tokens.ts';
import type { WeaponMention } from './weapons.ts';

const CLAUSE_BREAKS = new Set([';', 'which', 'who', 'while', 'whereas', 'but']);

const MAX_TRIGGER_DISTANCE = 14;

/**
 * The trigger that governs a weapon: the nearest one before it in the same clause, else a passive, arrival or
 * noun trigger after it. A finite signing, approval or cancellation before it decides over nouns and
 * infinitives ("approved the sale of 40 F-16", "signed a deal to buy 30 Rafales").
 */
export function governing(
  frame: Frame,
  tokens: readonly Token[],
  weapon: WeaponMention,
): TriggerHit | undefined {
  const before = frame.triggers.filter(
    (t) => t.index < weapon.first && sameClause(tokens, t.index, weapon.first, true),
  );
  const after = frame.triggers.filter(
    (t) =>
      t.index >= weapon.last &&
      (t.passive || t.word.intransitive || t.word.noun || t.finite) &&
      sameClause(tokens, weapon.last, t.index),
  );
  const passiveAfter =
    reducedRelativeMain(tokens, weapon, after) ??
    after.find((t) => t.passive && t.finite && t.index - weapon.last <= 3);
  const last = before[before.length - 1];
  const relative = relativeClauseVerb(frame, tokens, weapon);
  const near =
    relative && !last?.finite
      ? relative
      : passiveAfter && (!last || last.word.noun)
        ? passiveAfter
        : (last ?? after[0]);
  if (!near || near.negated) return undefined;
  // "has cancelled a contract awarded in 2023 for 14 K9": the cancellation is what happened to the order.
  const cancelled = before.find(
    (t) => t.status === 'cancelled' && t.finite && !t.negated && t.index < near.index,
  );
  if (cancelled && near.status === 'ordered') return cancelled;
  if (near.finite && !near.weak && near.status !== 'negotiating') return near;
  // "in talks with China over the purchase of 12 JF-17s": the purchase is what the talks are about.
  const talks = before.find(
    (t) =>
      t.status === 'negotiating' &&
      t.index < near.index &&
      !t.negated &&
      !tokens.slice(t.index, near.index).some((w) => CONCLUDING.has(w.lower)),
  );
  if (near.word.noun && talks && !before.some((t) => t.finite && t.status !== 'negotiating' && !t.negated))
    return talks;
  const deciding = [...before, ...after.filter((t) => t.passive || tokens[t.index]!.pos === 'NOUN')];
  const main = strongest(
    deciding.filter((t) => t.finite && !t.weak && !t.negated && t.status !== 'negotiating' && t !== near),
  );
  // "India's acquisition of Rafales": a noun with its own owner is its own event.
  const owned = frame.parties.some(
    (p) => p.role === 'possessive' && p.last <= near.index && near.index - p.last <= 2,
  );
  if (!main || (near.word.noun && owned)) return near;
  return main.status !== 'delivered' || near.status === 'delivered' ? main : near;
}

/**
 * "the FK-3 system that Serbia bought from China", "the system, which Serbia received in 2020": the weapon is
 * the object of the verb in the relative clause after it.
 */
function relativeClauseVerb(
  frame: Frame,
  tokens: readonly Token[],
  weapon: WeaponMention,
): TriggerHit | undefined {
  let j = weapon.last;
  while (j < weapon.last + 2 && tokens[j]?.pos === 'NOUN') j++;
  if (tokens[j]?.text === ',') j++;
  if (tokens[j]?.lower !== 'which' && tokens[j]?.lower !== 'that') return undefined;
  return frame.triggers.find(
    (t) => t.index > j + 1 && t.index - j <= 4 && t.finite && !t.word.noun && !t.passive,
  );
}

/**
 * "All 24 howitzers ordered under the contract were handed over in 2022": a participle right after the weapon
 * only describes it; the passive verb with its auxiliary after it says what happened.
 */
function reducedRelativeMain(
  tokens: readonly Token[],
  weapon: WeaponMention,
  after: readonly TriggerHit[],
): TriggerHit | undefined {
  const participle = after[0];
  if (!participle || tokens[participle.index - 1]?.pos === 'AUX') return undefined;
  if (tokens.slice(weapon.last, participle.index).some((t) => t.pos !== 'NOUN')) return undefined;
  return after.find(
    (t) => t.index > participle.index && t.passive && !t.negated && tokens[t.index - 1]?.pos === 'AUX',
  );
}

function sameClause(tokens: readonly Token[], from: number, to: number, forward = false): boolean {
  if (to - from > MAX_TRIGGER_DISTANCE) return false;
  for (let i = from + 1; i < to; i++) {
    const lower = tokens[i]!.lower;
    if (CLAUSE_BREAKS.has(lower)) return false;
    // "a deal that allowed the purchase of ...": a relative clause after a noun starts another event.
    if (forward && lower === 'that' && !/^(VERB|AUX)$/.test(tokens[i - 1]?.pos ?? '')) return false;
  }
  return true;
}

const RANK: Record<TransferStatus, number> = {
  negotiating: 0,
  delivered: 1,
  ordered: 2,
  approved: 3,
  cancelled: 4,
};

function strongest(triggers: TriggerHit[]): TriggerHit | undefined {
  return triggers.reduce<TriggerHit | undefined>(
    (best, t) => (!best || RANK[t.status] > RANK[best.status] ? t : best),
    undefined,
  );
}

/**
 * "efforts for the purchase of combat drones are continuing": a purchase named by a noun alone, with no verb
 * that concludes it and no time in the past, is still being pursued.
 */
export function pursuitOnly(
  frame: Frame,
  tokens: readonly Token[],
  trigger: TriggerHit,
  date: ArticleDate | null,
): TriggerHit {
  const past = frame.times.some((t) => date === null || t.end < date.year);
  if (trigger.finite || trigger.status !== 'ordered' || past) return trigger;
  const concluded = frame.triggers.some(
    (t) =>
      t.finite &&
      !t.negated &&
      (t.status === 'ordered' || t.status === 'approved' || t.status === 'cancelled'),
  );
  // "urged Congress to proceed with the F-16 sale": a bare mention of the sale speaks of a deal told elsewhere.
  if (SALE_NOUNS.has(tokens[trigger.index]!.lower) && !concluded) return { ...trigger, weak: true };
  if (!PURSUIT_NOUNS.has(tokens[trigger.index]!.lower)) return trigger;
  const before = tokens
    .slice(Math.max(frame.sentence.first, trigger.index - 3), trigger.index)
    .map((t) => t.lower);
  if (before.some((w) => CONCLUDING.has(w))) return trigger;
  if (frame.triggers.some((t) => t.finite && !t.negated && t.status !== 'negotiating')) return trigger;
  return { ...trigger, status: 'negotiating' };
}

const SALE_NOUNS = new Set(['sale', 'sales']);
const PURSUIT_NOUNS = new Set(['purchase', 'purchases', 'acquisition', 'procurement']);

/** "the negotiations led to the purchase of 25 J-10Cs": the purchase was made. */
const CONCLUDING = new Set(['led', 'resulted', 'completed', 'concluded', 'finalised', 'finalized', 'first']);

/** The time nearest the weapon (within a few words), else nearest the trigger, else the tense or the carry. */
export function resolveYear(
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
  // A year the sentence gives but that cannot date this event ("by 2025") leaves it undated.
  if (frame.times.some((t) => t.future && !t.attributive)) return null;
  if (date && trigger.current && (trigger.word.event || trigger.status !== 'ordered')) return date.year;
  if (carry.sentence === frame.sentence.index - 1 && carry.status === trigger.status) return carry.year;
  return null;
}
