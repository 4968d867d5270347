import { createHash } from 'node:crypto';
import type { ArticleDraft } from '../model/index.ts';

/** Characters of the content hash kept as the id of an article that brings none. */
const DERIVED_ID_LENGTH = 16;

/**
 * Stable identity: a JSON article keeps its id; others get an id derived from the content hash.
 * The hash covers the title and text with Unicode and whitespace normalised, so a re-saved copy
 * (CRLF line ends, trailing spaces) is the same article; the date and source are not part of it.
 */
export function articleIdentity(draft: ArticleDraft): { id: string; contentHash: string } {
  const normalised = [draft.title ?? '', draft.text].map(normaliseForHash).join('\n');
  const contentHash = createHash('sha256').update(normalised, 'utf8').digest('hex');
  return { id: draft.id ?? contentHash.slice(0, DERIVED_ID_LENGTH), contentHash };
}

function normaliseForHash(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}
