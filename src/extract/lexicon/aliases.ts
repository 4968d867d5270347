/** Spelling variants of SIPRI designations, for the catalogue builder. */

/** A trailing calibre ('PM-43 120mm') or block number ('Harpoon Block-1'): news often leaves them out. */
const SUFFIX = /\s+(\d+(\.\d+)?mm|Block[- ]?[\w/]+)$/i;
/** A code with a letter suffix: 'Su-30SM', 'F-16C', 'MiG-29SMT' -> the family 'Su-30', 'F-16', 'MiG-29'. */
const VARIANT = /^([A-Za-z]{1,4}-\d+)[A-Z]{1,4}\d?$/;
const HAS_DIGIT = /\d/;
/**
 * A name and a model code: 'Ara-2', 'Orlan-10', 'Tornado IDS' -> the name news also uses alone ('the Ara').
 * Not a name and a length ('Vittoria 27m', 'Higgins 78ft'): that is a boat builder's hull, not a model.
 */
const NAME_NUMBER = /^([A-Z][a-z]{2,})[- ](?:\d+(?:[A-Z]\d*)?|[A-Z][A-Z0-9]{0,4})$/;

function withoutSuffixes(designation: string): string {
  let current = designation;
  for (let next = current.replace(SUFFIX, ''); next !== current; next = current.replace(SUFFIX, ''))
    current = next;
  return current;
}

/** 'S-70 Black Hawk' -> 'S-70' and 'Black Hawk': a leading code with digits and a trailing name without. */
function codeAndName(designation: string): string[] {
  const words = designation.split(' ');
  if (words.length < 2 || !HAS_DIGIT.test(words[0]!)) return [];
  const rest = words.slice(1).join(' ');
  return HAS_DIGIT.test(rest) ? [] : [words[0]!, rest];
}

/** 'Type-052D (Luyang-3)' -> 'Type-052D' and 'Luyang-3'. */
function parenthesised(designation: string): string[] {
  const match = /^(.+?)\s*\((.+)\)$/.exec(designation);
  return match ? [match[1]!, match[2]!] : [];
}

/** 'AS365/AS565 Panther' -> 'AS365', 'AS565': each side of a slash that is a code of letters and digits. */
function slashed(designation: string): string[] {
  return designation
    .split(' ')
    .filter((word) => word.includes('/'))
    .flatMap((word) => word.split('/'))
    .filter((part) => /[A-Za-z]/.test(part) && /\d/.test(part));
}

/**
 * Other spellings news uses for a SIPRI designation: without a calibre or block suffix, the code and the
 * name apart, each side of a slash, the family of a lettered variant ('Su-30SM' -> 'Su-30') and the name of a
 * numbered model ('Ara-2' -> 'Ara'). Punctuation variants
 * ('Su-30 MKI') need no alias: the lookup key folds them.
 */
export function designationAliases(designation: string): string[] {
  const base = withoutSuffixes(designation.trim());
  const parts = [base, ...parenthesised(base), ...codeAndName(base), ...slashed(base)];
  const aliases = new Set<string>(parts);
  for (const part of parts) {
    const family = VARIANT.exec(part) ?? NAME_NUMBER.exec(part);
    if (family) aliases.add(family[1]!);
  }
  aliases.delete(designation);
  return [...aliases];
}
