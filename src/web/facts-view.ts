import { html } from 'hono/html';
import { countryByIso3 } from '../countries/index.ts';
import type { Fact, PartyCode } from '../model/index.ts';
import type { Html } from './html.ts';

/** A party as a link to its country page, or as plain text for non-state parties and nulls. */
export function partyLink(code: PartyCode | null): Html {
  if (!code) return html`<span class="unknown">unknown</span>`;
  if (/^[A-Z]{3}$/.test(code))
    return html`<a href="/countries/${code}" title="${code}">${partyName(code)}</a>`;
  return html`${code.replace(/^non-state:/, '')} <small>(non-state)</small>`;
}

/** The display name of a party code: the catalogue's country name, the group's name, or the code itself. */
export function partyName(code: PartyCode | null): string {
  if (!code) return 'unknown';
  if (code.startsWith('non-state:')) return code.slice('non-state:'.length);
  return countryByIso3(code)?.name ?? code;
}

/** A weapon designation as a link to its system page, or the category in brackets when there is none. */
export function systemLink(system: string | null, category: string | null): Html {
  if (system) return html`<a href="/systems/${encodeURIComponent(system)}">${system}</a>`;
  return html`<span class="kind">[${category ?? 'unspecified'}]</span>`;
}

/** One line saying what a fact states, e.g. "RUS → ARM · Su-30SM · delivered 2019". */
export function factHeadline(fact: Fact): Html {
  switch (fact.type) {
    case 'transfer':
      return html`${partyLink(fact.supplier)} → ${partyLink(fact.recipient)} · ${systemLink(fact.system, fact.category)} · ${fact.status}${fact.year ? ` ${fact.year}` : ''}`;
    case 'production':
      return html`Made in ${partyLink(fact.country)} · ${systemLink(fact.system, fact.category)} · ${fact.status}${fact.year ? ` ${fact.year}` : ''}`;
    case 'share':
      return html`${partyLink(fact.subject)} ${fact.role} share${fact.counterpart ? html` with ${partyLink(fact.counterpart)}` : ' of world total'}: ${fact.share_pct === null ? 'in words' : `${fact.share_pct}%`}`;
  }
}

/** The fields of a fact as label/value pairs, in the order of the fact contract (evidence left out). */
function factFields(fact: Fact): [string, string][] {
  const entries = Object.entries(fact).filter(([key]) => key !== 'evidence' && key !== 'type');
  return entries.map(([key, value]) => [key.replaceAll('_', ' '), value === null ? '–' : String(value)]);
}

/** A definition list of a fact's fields. */
export function factFieldList(fact: Fact): Html {
  return html`<dl class="fields">${factFields(fact).map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`;
}
