import { phraseKey } from './keys.ts';
import { maxWords, readLexiconJson } from './load.ts';

/** A defence company and its home country. */
export interface CompanyEntry {
  name: string;
  /** ISO3 of the home country: where the article names only the seller, the supplier is this country. */
  country: string;
}

interface CompaniesFile {
  companies: Record<string, string[]>;
}

/**
 * Upper-case acronyms and short codes ('IAI', 'HAL', 'MBDA', 'L&T', 'GA-ASI') match only in their exact
 * case.
 */
const ACRONYM = /^[A-Z][A-Z0-9&-]{1,7}$/;

function buildCompanyMaps(file: CompaniesFile) {
  const lower = new Map<string, CompanyEntry>();
  const exact = new Map<string, CompanyEntry>();
  for (const [country, lines] of Object.entries(file.companies)) {
    for (const line of lines) {
      const names = line.split('|');
      const entry: CompanyEntry = { name: names[0]!, country };
      for (const name of names) addName(name, entry, lower, exact);
    }
  }
  return { lower, exact };
}

function addName(
  name: string,
  entry: CompanyEntry,
  lower: Map<string, CompanyEntry>,
  exact: Map<string, CompanyEntry>,
): void {
  if (ACRONYM.test(name)) {
    if (!exact.has(name)) exact.set(name, entry);
    return;
  }
  const key = phraseKey(name);
  for (const form of [key, key.replace(/ & /g, ' and ')]) {
    if (!lower.has(form)) lower.set(form, entry);
  }
}

const MAPS = buildCompanyMaps(readLexiconJson<CompaniesFile>('companies.json'));

/**
 * Defence companies by name phrase (a `phraseKey`, lower case): 'lockheed martin', 'dassault', 'baykar',
 * 'rosoboronexport', 'kalashnikov', 'hanwha aerospace', 'rheinmetall', 'elbit', 'norinco', 'pratt and
 * whitney'.
 */
export function companyPhrases(): ReadonlyMap<string, CompanyEntry> {
  return MAPS.lower;
}

/** Company acronyms that match only in their exact case: 'IAI', 'HAL', 'KAI', 'MBDA', 'TAI', 'BAE'. */
export function caseSensitiveCompanyTokens(): ReadonlyMap<string, CompanyEntry> {
  return MAPS.exact;
}

/** The most words in a key of `companyPhrases`. */
export const MAX_COMPANY_WORDS: number = maxWords(MAPS.lower.keys());
