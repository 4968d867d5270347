import { GROUPS, nonStateCode } from '../../countries/groups.ts';
import { allCountries, type Country } from '../../countries/index.ts';
import { phraseKey } from './keys.ts';
import { maxWords, readLexiconJson } from './load.ts';

/** A phrase that names a party: a state (ISO3) or a non-state group (`non-state:<Name>`). */
export interface PartyPhrase {
  code: string;
  /** 'capital' also covers other seats of power used as metonyms ('the Kremlin', 'the Pentagon'). */
  kind: 'name' | 'demonym' | 'capital' | 'group';
}

interface PartiesFile {
  metonyms: Record<string, string>;
  excluded: string[];
  caseSensitive: Record<string, string>;
  nonParty: string[];
}

/** Short upper-case forms ('US', 'UAE', 'DPRK') name a party only in their exact case. */
const ACRONYM = /^[A-Z]{2,6}$/;
/** Demonyms that take no plural 's': 'Chinese', 'British', 'French', 'Swiss', 'Icelandic'. */
const NO_PLURAL = /(ese|sh|ch|s|x|z|ic)$/i;

const PARTIES = readLexiconJson<PartiesFile>('parties.json');
const MAPS = buildMaps(PARTIES, GROUPS);
const NON_PARTY: ReadonlySet<string> = new Set(PARTIES.nonParty.map(phraseKey));

function buildMaps(parties: PartiesFile, groups: typeof GROUPS) {
  const lower = new Map<string, PartyPhrase>();
  const exact = new Map<string, PartyPhrase>();
  const excluded = new Set(parties.excluded.map(phraseKey));
  const add = (text: string, phrase: PartyPhrase) => {
    if (ACRONYM.test(text)) addFirst(exact, text, phrase);
    else if (!excluded.has(phraseKey(text))) addFirst(lower, phraseKey(text), phrase);
  };
  // Current states first: a name shared with a historical state ('Yugoslav') stays with the first one listed.
  for (const country of allCountries()) addCountry(country, add);
  for (const [text, code] of Object.entries(parties.metonyms)) add(text, { code, kind: 'capital' });
  for (const [name, texts] of Object.entries(groups.groups)) {
    for (const text of texts) add(text, { code: nonStateCode(name), kind: 'group' });
  }
  for (const [text, code] of Object.entries(parties.caseSensitive))
    exact.set(text, { code, kind: 'demonym' });
  for (const [text, name] of Object.entries(groups.caseSensitive)) {
    exact.set(text, { code: nonStateCode(name), kind: 'group' });
  }
  return { lower, exact };
}

function addFirst(map: Map<string, PartyPhrase>, key: string, phrase: PartyPhrase): void {
  if (!map.has(key)) map.set(key, phrase);
}

/**
 * The short forms news writes for a name: 'Saint' as 'St' or 'St.', 'and the' as 'and' ('St. Vincent and
 * Grenadines'), and for a state with a capital the first half of an 'X and Y' name ('St Kitts', 'Trinidad').
 * Territories without a capital keep their whole name: 'Turks' alone names Turkish people.
 */
export function nameVariants(name: string, firstHalf: boolean): string[] {
  const forms = new Set([name]);
  const half = / and /.test(name) && !name.includes(',') ? name.slice(0, name.indexOf(' and ')) : null;
  if (firstHalf && half && name.split(' and ').length === 2) forms.add(half);
  for (const form of [...forms]) forms.add(form.replace(/ and the /, ' and '));
  for (const form of [...forms]) {
    if (!/^Saint /.test(form)) continue;
    forms.add(form.replace(/^Saint /, 'St '));
    forms.add(form.replace(/^Saint /, 'St. '));
  }
  return [...forms];
}

function addCountry(country: Country, add: (text: string, phrase: PartyPhrase) => void): void {
  const code = country.iso3;
  const isState = country.capitals.length > 0 && country.historical !== true;
  for (const name of [country.name, ...country.names]) {
    for (const form of nameVariants(name, isState)) add(form, { code, kind: 'name' });
  }
  for (const demonym of country.demonyms) {
    add(demonym, { code, kind: 'demonym' });
    if (!NO_PLURAL.test(demonym)) add(`${demonym}s`, { code, kind: 'demonym' });
  }
  for (const capital of country.capitals) add(capital, { code, kind: 'capital' });
}

/**
 * Phrase (a `phraseKey`: lower case, words joined by one space) -> party. Country names, short forms,
 * demonyms and their plurals, capitals and seats of power, non-state groups ('the houthis' ->
 * non-state:Houthis). Words that would match common English ('us', 'polish', 'male') are not here:
 * see `caseSensitivePartyTokens`.
 */
export function partyPhrases(): ReadonlyMap<string, PartyPhrase> {
  return MAPS.lower;
}

/**
 * Tokens that name a party only in this exact case: 'US', 'UK', 'UAE', 'ROK', 'DPRK', 'PRC', 'Polish', 'PKK'.
 * Look a token up here by its text as written, before or besides `partyPhrases`.
 */
export function caseSensitivePartyTokens(): ReadonlyMap<string, PartyPhrase> {
  return MAPS.exact;
}

/**
 * Phrases that contain a party word but name no party ('indian ocean', 'latin america', 'washington post'):
 * a longest-match scan that meets one of these should skip it. Keys as in `partyPhrases`.
 */
export function nonPartyPhrases(): ReadonlySet<string> {
  return NON_PARTY;
}

/** The most words in a key of `partyPhrases` or `nonPartyPhrases`: the longest window a scan needs. */
export const MAX_PARTY_WORDS: number = maxWords([...MAPS.lower.keys(), ...NON_PARTY]);
