import type { Fact, ProductionFact, Span } from '../model/index.ts';
import { applyArticleAliases, dropPersonNames } from './aliases.ts';
import { productionFact, shareFact, transferFact } from './contract.ts';
import { parseArticleDate } from './dates.ts';
import { findWeapon } from './lexicon/index.ts';
import { type Merged, mergeProduction, mergeTransfers } from './merge.ts';
import { tokenKeys } from './phrases.ts';
import { type ProductionCandidate, readProduction } from './production.ts';
import { type Frame, readFrame } from './sentence.ts';
import { readShares } from './shares.ts';
import { tokenize } from './tokens.ts';
import { readTransfers, type TransferCandidate } from './transfers.ts';
import type { WeaponMention } from './weapons.ts';

/** What the extractor reads of an article. */
export interface ExtractInput {
  id: string;
  /** Publication date (YYYY-MM-DD, YYYY-MM or null): relative times resolve against it. */
  date: string | null;
  title: string | null;
  text: string;
}

export { describeFact } from './contract.ts';

/**
 * Reads one article and returns its facts with evidence spans (UTF-16 offsets into `text`, end exclusive),
 * fields in the order of FACTS.md; pure and deterministic.
 */
export function extractFacts(article: ExtractInput): Fact[] {
  const { tokens, sentences } = tokenize(article.text);
  const keys = tokenKeys(tokens);
  const date = parseArticleDate(article.date);
  const frames = sentences.map((sentence) => readFrame(tokens, keys, sentence, article.text, date));
  dropPersonNames(frames, tokens);
  applyArticleAliases(frames);
  const articleDenies = frames.some((f) => f.denial);
  const made = readProduction(frames, tokens, keys, date);
  const places = new Set(made.map((c) => c.fact.country));
  const { candidates: transferCandidates, deals } = readTransfers(
    frames,
    tokens,
    date,
    articleDenies,
    places,
  );
  const homeMade = transferCandidates.filter(
    (c) => c.fact.supplier !== null && c.fact.supplier === c.fact.recipient && c.homeArmy,
  );
  const production = mergeProduction([...made, ...homeMade.map(asProduction)]);
  addLicensors(production, frames);
  const transfers = mergeTransfers(transferCandidates, namedWeapons(frames), deals);
  const source = mentionsSipri(article.text) ? 'SIPRI' : null;
  const shares = readShares(frames, tokens, source);
  const span = (m: Merged<object>) => evidence(frames, m.sentences);
  return [
    ...transfers.map((m) => transferFact(m.fact, span(m))),
    ...production.map((m) => productionFact(m.fact, span(m))),
    ...shares.map((m) => shareFact(m.fact, span(m))),
  ];
}

/** Home-made arms delivered to (or ordered by) the home army are production, not transfer. */
function asProduction(c: TransferCandidate): ProductionCandidate {
  const fact: Omit<ProductionFact, 'evidence'> = {
    type: 'production',
    country: c.fact.supplier!,
    producer: null,
    system: c.fact.system,
    category: c.fact.category,
    licensor: null,
    capacity_per_year: null,
    status: c.fact.status === 'delivered' ? 'active' : 'planned',
    year: null,
  };
  return { fact, sentence: c.sentence, listSize: c.listSize };
}

/**
 * A design made outside its home state is made under that state's licence where the article mentions the
 * state at all ("Armenia makes AK-103s ... parts from Russia"); an article silent on it leaves the licensor null.
 */
function addLicensors(
  production: Merged<Omit<ProductionFact, 'evidence'>>[],
  frames: readonly Frame[],
): void {
  const mentioned = new Set(
    frames.flatMap((f) => f.parties.filter((p) => p.kind !== 'company').map((p) => p.code)),
  );
  for (const { fact } of production) {
    if (fact.licensor !== null || fact.system === null) continue;
    const origin = findWeapon(fact.system)?.origin ?? null;
    const licensor = origin === 'SUN' ? 'RUS' : origin;
    if (licensor && licensor !== fact.country && mentioned.has(licensor)) fact.licensor = licensor;
  }
}

/** Every designated weapon the article names, for kind words that stand for one of them. */
function namedWeapons(frames: readonly Frame[]): WeaponMention[] {
  return frames.flatMap((f) => f.weapons.filter((w) => w.system !== null));
}

function mentionsSipri(text: string): boolean {
  return text.includes('SIPRI') || text.includes('Stockholm International Peace Research Institute');
}

function evidence(frames: readonly Frame[], sentences: number[]): Span[] {
  return [...new Set(sentences)]
    .sort((a, b) => a - b)
    .map((i) => ({ start: frames[i]!.sentence.start, end: frames[i]!.sentence.end }));
}
