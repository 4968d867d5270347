/**
 * The extractor's catalogues as data: parties (states, demonyms, capitals, non-state groups), companies,
 * kind words and weapon designations. Every map is keyed by a normalised phrase, so a lookup is one
 * hash probe.
 */
export { categoryPhrases, MAX_CATEGORY_WORDS, nonCategoryPhrases } from './categories.ts';
export {
  type CompanyEntry,
  caseSensitiveCompanyTokens,
  companyPhrases,
  MAX_COMPANY_WORDS,
} from './companies.ts';
export { designationKey, phraseKey, wordCount } from './keys.ts';
export {
  caseSensitivePartyTokens,
  MAX_PARTY_WORDS,
  nonPartyPhrases,
  type PartyPhrase,
  partyPhrases,
} from './parties.ts';
export {
  ambiguousWeaponKeys,
  findWeapon,
  findWeaponFamily,
  findWeaponInCategory,
  findWeaponVariant,
  type WeaponEntry,
  weaponKeys,
} from './weapons.ts';
