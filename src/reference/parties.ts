import { findGroup, nonStateCode } from '../countries/groups.ts';
import { findCountry } from '../countries/index.ts';
import type { ReferenceDeal } from '../model/index.ts';
import type { FieldReader } from './fields.ts';

/**
 * Maps a SIPRI party name to armswatch's party code, or null when it names no known state:
 * a state -> ISO3 ('Soviet Union' -> SUN); `*` marks a non-state group -> `non-state:<name>`
 * named as the extractor names it where the group is known ('Houthi rebels (Yemen)*' -> 'non-state:Houthis'); `**` an organisation -> `org:<name>`
 * ('NATO**' -> 'org:NATO'); 'unknown supplier(s)' / 'unknown recipient(s)' -> 'unknown'.
 */
export function partyCode(sipriName: string): string | null {
  const name = sipriName.trim();
  if (/^unknown (supplier|recipient)\(s\)$/i.test(name)) return 'unknown';
  if (name.endsWith('**')) return `org:${name.slice(0, -2).trim()}`;
  if (name.endsWith('*')) {
    const group = withoutHomeCountry(name.slice(0, -1).trim());
    return nonStateCode(findGroup(group) ?? group);
  }
  return findCountry(name)?.iso3 ?? null;
}

/** SIPRI names a group with the state it fights in: 'Hamas (Palestine)' -> 'Hamas'. */
function withoutHomeCountry(name: string): string {
  const stripped = name.replace(/\s*\([^()]*\)$/, '').trim();
  return stripped.length > 0 ? stripped : name;
}

/** Reads a supplier or recipient column: SIPRI's name and its party code; a name no state has is an error. */
function resolveParty(reader: FieldReader, index: number): { code: string; name: string } {
  const name = reader.text(index);
  if (name === '') throw reader.problem('a supplier or recipient is empty');
  const code = partyCode(name);
  if (code === null) throw reader.problem(`unknown country "${name}"`);
  return { code, name };
}

/** A deal's supplier and recipient, as codes and as SIPRI names them, from the columns of either export. */
export function dealParties(
  reader: FieldReader,
  columns: { supplier: number; recipient: number },
): Pick<ReferenceDeal, 'supplier' | 'supplierName' | 'recipient' | 'recipientName'> {
  const supplier = resolveParty(reader, columns.supplier);
  const recipient = resolveParty(reader, columns.recipient);
  return {
    supplier: supplier.code,
    supplierName: supplier.name,
    recipient: recipient.code,
    recipientName: recipient.name,
  };
}
