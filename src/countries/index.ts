/**
 * The shared catalogue of states: ISO 3166-1 states, historical states (ISO 3166-3) and a few states without
 * an ISO code, with the names, demonyms and capitals that news and SIPRI use for them.
 */
import { COUNTRY_TABLE } from './data.ts';

export interface Country {
  /** ISO 3166-1 alpha-3 (or ISO 3166-3 for historical states, or a user-assigned X code such as XKX). */
  iso3: string;
  /** ISO 3166-1 numeric, as world-atlas uses for map ids; null where there is none. */
  numeric: string | null;
  /** The name shown to users. */
  name: string;
  /**
   * Other names and short forms: 'US', 'U.S.', 'United States of America', 'America', 'Britain',
   * 'Turkey'.
   */
  names: string[];
  /** Adjectives and nouns for the people: 'American', 'British', 'Turkish'. */
  demonyms: string[];
  /** Capitals and seats of government, which news uses as metonyms ('Moscow', 'Washington'). */
  capitals: string[];
  /** True for states that no longer exist (Soviet Union, Yugoslavia, East Germany). */
  historical?: boolean;
}

/**
 * The comparison key for names: lower case, diacritics and punctuation dropped, '&' read as 'and',
 * 'St' read as 'saint', a leading 'the' dropped: "Côte d'Ivoire" and 'cote divoire' give 'cote divoire'.
 */
export function countryNameKey(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((word) => (word === 'st' ? 'saint' : word));
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.join(' ');
}

function list(field: string | undefined): string[] {
  return field ? field.split(';').filter((item) => item.length > 0) : [];
}

function parseLine(line: string): Country {
  const [iso3, numeric, name, names, demonyms, capitals, flags] = line.split('|');
  const country: Country = {
    iso3: iso3!,
    numeric: numeric || null,
    name: name!,
    names: list(names),
    demonyms: list(demonyms),
    capitals: list(capitals),
  };
  if (flags === 'h') country.historical = true;
  return country;
}

const COUNTRIES: readonly Country[] = Object.freeze(
  COUNTRY_TABLE.split('\n')
    .filter((line) => line.length > 0)
    .map(parseLine),
);

const BY_ISO3 = new Map(COUNTRIES.map((country) => [country.iso3, country]));

const BY_NAME = buildNameIndex();

function buildNameIndex(): Map<string, Country> {
  const index = new Map<string, Country>();
  for (const country of COUNTRIES) {
    for (const name of [country.iso3, country.name, ...country.names]) {
      const key = countryNameKey(name);
      // The first state listed keeps a shared name: current states come before historical ones.
      if (!index.has(key)) index.set(key, country);
    }
  }
  return index;
}

/**
 * Every state in the catalogue, current ones first, then states without an ISO code, then historical
 * ones.
 */
export function allCountries(): readonly Country[] {
  return COUNTRIES;
}

/** The state with this alpha-3 code (case-insensitive), or undefined. */
export function countryByIso3(code: string): Country | undefined {
  return BY_ISO3.get(code.trim().toUpperCase());
}

/**
 * Finds a country by any of its names (case-insensitive, punctuation-tolerant), including SIPRI's spellings
 * and historical states: 'Soviet Union' -> SUN, 'East Germany (GDR)' -> DDR, "Cote d'Ivoire", 'Turkiye'.
 * Alpha-3 codes count as names ('ARM'). A name with a parenthesis is also tried without it, then by what
 * the parenthesis holds.
 */
export function findCountry(name: string): Country | undefined {
  const direct = BY_NAME.get(countryNameKey(name));
  if (direct) return direct;
  const parenthesis = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
  if (!parenthesis) return undefined;
  return BY_NAME.get(countryNameKey(parenthesis[1]!)) ?? BY_NAME.get(countryNameKey(parenthesis[2]!));
}
