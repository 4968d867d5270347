import { html } from 'hono/html';
import type { Html } from '../html.ts';

/** Fill colours (colour-blind safe, Okabe-Ito) paired with a hatching each, so parts differ without colour. */
const FILLS = [
  { colour: '#0072B2', pattern: 'none' },
  { colour: '#E69F00', pattern: 'diagonal' },
  { colour: '#009E73', pattern: 'dots' },
  { colour: '#CC79A7', pattern: 'cross' },
  { colour: '#56B4E9', pattern: 'vertical' },
  { colour: '#D55E00', pattern: 'horizontal' },
  { colour: '#999999', pattern: 'none' },
] as const;

/** How many distinct fills there are; parts beyond are grouped as "other" by the callers. */
export const FILL_COUNT = FILLS.length;

/** The `fill` attribute value for the n-th part: a pattern URL or a plain colour. */
export function fillOf(index: number, prefix: string): string {
  const fill = FILLS[index % FILLS.length]!;
  return fill.pattern === 'none' ? fill.colour : `url(#${prefix}-${index % FILLS.length})`;
}

/** The `<defs>` with one pattern per hatched fill, ids `${prefix}-N`. */
export function patternDefs(prefix: string): Html {
  return html`<defs>${FILLS.map((fill, index) =>
    fill.pattern === 'none'
      ? ''
      : html`<pattern id="${prefix}-${index}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${fill.colour}"></rect>${hatch(fill.pattern)}</pattern>`,
  )}</defs>`;
}

function hatch(pattern: string): Html {
  switch (pattern) {
    case 'diagonal':
      return html`<path d="M0,6 L6,0" stroke="#fff" stroke-width="1.2"></path>`;
    case 'dots':
      return html`<circle cx="3" cy="3" r="1.1" fill="#fff"></circle>`;
    case 'cross':
      return html`<path d="M0,0 L6,6 M6,0 L0,6" stroke="#fff" stroke-width="0.9"></path>`;
    case 'vertical':
      return html`<path d="M3,0 L3,6" stroke="#fff" stroke-width="1.2"></path>`;
    default:
      return html`<path d="M0,3 L6,3" stroke="#fff" stroke-width="1.2"></path>`;
  }
}
