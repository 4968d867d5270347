/**
 * Bulleted lists: "The ministry announced the following deliveries in 2022:" followed by lines such as
 * "- 12 Leopard 2A7 tanks from Germany". Each item is a transfer with the status and year of the line that
 * introduces the list; its supplier comes from the item ("from Germany") or the design's origin, its recipient
 * from the introduction or, failing that, the state the article is about.
 */
import type { TransferStatus } from '../model/index.ts';
import { readNumber } from './numbers.ts';
import type { Frame, TriggerHit } from './sentence.ts';
import type { Token } from './tokens.ts';
import type { TransferCandidate } from './transfers.ts';
import { mention, type WeaponMention } from './weapons.ts';

/** What the line before a list says about its items. */
export interface ListLead {
  status: TransferStatus;
  year: number | null;
  recipient: string | null;
  /** "Germany has delivered to Ukraine:": the seller the introduction names. */
  supplier: string | null;
  /** The last sentence of the list so far: items must follow one another. */
  sentence: number;
}

const BULLETS = new Set(['-', '–', '—', '•', '*', '·', '▪']);

/** The lead a sentence ending in a colon sets up, or null. */
export function listLead(frame: Frame, tokens: readonly Token[], recipient: string | null): ListLead | null {
  if (tokens[frame.sentence.last - 1]?.text !== ':') return null;
  const trigger = frame.triggers.find((t: TriggerHit) => !t.negated && !t.weak);
  if (!trigger) return null;
  const year = frame.times[0]?.end ?? null;
  return {
    status: trigger.status,
    year,
    recipient,
    supplier: leadSupplier(frame, trigger, recipient),
    sentence: frame.sentence.index,
  };
}

/** "from Germany", or the subject of a giving verb ("Germany has delivered to Ukraine:"). */
function leadSupplier(frame: Frame, trigger: TriggerHit, recipient: string | null): string | null {
  const from = frame.parties.find((p) => p.role === 'from' && p.kind !== 'company');
  if (from) return from.code;
  if (trigger.passive || trigger.word.subject === 'recipient') return null;
  const subject = frame.parties.find(
    (p) => p.first < trigger.index && (p.role === 'plain' || p.role === 'possessive') && p.code !== recipient,
  );
  return subject?.code ?? null;
}

/** True for a sentence that is the next item of the list. */
export function isListItem(frame: Frame, tokens: readonly Token[], lead: ListLead): boolean {
  return frame.sentence.index === lead.sentence + 1 && BULLETS.has(tokens[frame.sentence.first]!.text);
}

/** The transfers of one list item. */
export function readListItem(
  frame: Frame,
  tokens: readonly Token[],
  lead: ListLead,
  mainState: string | null,
): TransferCandidate[] {
  const from = frame.parties.find((p) => p.role === 'from')?.code ?? null;
  const recipient = lead.recipient ?? mainState;
  const out: TransferCandidate[] = [];
  const named = itemName(frame, tokens)[0];
  // "- 5 MARS II rocket launchers": the kind word is known, the name before it is the designation.
  const weapons =
    frame.weapons.length === 0 && named
      ? [named]
      : frame.weapons.map((w) =>
          w.system === null && named && named.last === w.first ? { ...w, system: named.system } : w,
        );
  for (const weapon of weapons) {
    const supplier = from ?? lead.supplier ?? weapon.origin;
    if (!supplier || supplier === recipient) continue;
    out.push({
      fact: {
        type: 'transfer',
        supplier,
        recipient,
        system: weapon.system,
        category: weapon.category,
        quantity: weapon.quantity,
        status: lead.status,
        year: frame.times[0]?.end ?? lead.year,
      },
      sentence: frame.sentence.index,
      weak: false,
      listSize: weapon.listSize,
    });
  }
  lead.sentence = frame.sentence.index;
  return out;
}

/**
 * "- 4 Bergepanzer 2", "- 10 Dingo": an item whose name the catalogue lacks is still a weapon, named by its
 * capitalised words after the count.
 */
function itemName(frame: Frame, tokens: readonly Token[]): WeaponMention[] {
  let i = frame.sentence.first + 1;
  const count = readNumber(tokens, i);
  if (!count || count.money) return [];
  i = count.last;
  const first = i;
  while (i < frame.sentence.last && /^([A-Z\p{Lu}]|\d)/u.test(tokens[i]!.text) && i - first < 4) i++;
  if (i === first || !/^[A-Z\p{Lu}]/u.test(tokens[first]!.text)) return [];
  const system = tokens
    .slice(first, i)
    .map((t) => t.text)
    .join(' ');
  return [{ ...mention(system, 'other', null, first, i), quantity: count.value, list: 0 }];
}

/** The state an article names most often: who a list of deliveries without a named buyer is about. */
export function mainState(frames: readonly Frame[]): string | null {
  const counts = new Map<string, number>();
  for (const frame of frames) {
    for (const p of [...frame.filedFrom, ...frame.parties]) {
      if (p.kind !== 'company' && p.role !== 'from') counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [code, count] of counts) if (best === null || count > counts.get(best)!) best = code;
  return best;
}
