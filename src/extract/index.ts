import type { Fact } from '../model/index.ts';

/** What the extractor reads of an article. */
export interface ExtractInput {
  id: string;
  /** Publication date (YYYY-MM-DD, YYYY-MM or null): relative times resolve against it. */
  date: string | null;
  title: string | null;
  text: string;
}

/** Reads one article and returns its facts with evidence spans; pure and deterministic. */
export function extractFacts(_article: ExtractInput): Fact[] {
  return [];
}
