/** SIPRI Arms Transfers Database exports: parsing both shapes, and the party and category mappings. */
export type { ReferenceDeal, ReferenceDelivery, SipriShape } from '../model/index.ts';
export { categoryFromDescription, categoryFromSipri } from './categories.ts';
export { type ParsedSipriExport, parseSipriCsv } from './parse.ts';
export { partyCode } from './parties.ts';
