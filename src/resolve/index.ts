/** Resolution: facts from every article -> register rows with their sources, disagreements and stable ids. */
import type {
  Fact,
  ProductionFact,
  RegisterRow,
  ShareFact,
  StoredFact,
  TransferFact,
} from '../model/index.ts';
import { productionGroup, resolveProduction } from './production.ts';
import { type ArticleMeta, type Report, toReports } from './reports.ts';
import { resolveShares, shareGroup } from './shares.ts';
import { type FoldedSystem, foldSystem, systemFolder } from './systems.ts';
import { resolveTransfers, transferGroup } from './transfers.ts';

export type { ArticleMeta } from './reports.ts';
export { applyReviews } from './reviews.ts';
export { readShareWording } from './share-words.ts';
export { type FoldedSystem, foldSystem, systemFolder, systemSearchKeys } from './systems.ts';

export interface ResolveInput {
  /** Every effective fact (after reviews) of every article. */
  facts: readonly StoredFact[];
  /** The articles the facts come from: dates, near-duplicate links, and texts for shares given in words. */
  articles: readonly ArticleMeta[];
}

export interface ResolveOptions {
  /** Folds designations onto the catalogue; the default uses the weapon catalogue. */
  fold?: (system: string) => FoldedSystem;
}

/**
 * Resolves facts into register rows: transfers (one per deal), production lines and share statements,
 * sorted by id. Pure: the same facts and articles always give the same rows with the same ids.
 */
export function resolveRegister(input: ResolveInput, options: ResolveOptions = {}): RegisterRow[] {
  const fold = options.fold ?? systemFolder();
  const reports = toReports(input.facts, input.articles);
  const rows: RegisterRow[] = [
    ...resolveTransfers(ofType<TransferFact>(reports, 'transfer'), fold),
    ...resolveProduction(ofType<ProductionFact>(reports, 'production'), fold),
    ...resolveShares(ofType<ShareFact>(reports, 'share')),
  ];
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function ofType<F extends Fact>(reports: Report[], type: F['type']): Report<F>[] {
  return reports.filter((report) => report.fact.type === type) as Report<F>[];
}

/**
 * The resolution group of a fact (`RegisterRow.group`): the rows of a group depend only on the facts of that
 * group, so a refresh after a few articles change may resolve just their groups.
 */
export function resolutionGroup(fact: Fact, fold: (system: string) => FoldedSystem = foldSystem): string {
  if (fact.type === 'transfer') return transferGroup(fact, fold);
  if (fact.type === 'production') return productionGroup(fact, fold);
  return shareGroup(fact);
}
