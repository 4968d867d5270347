import { scaleBand, scaleLinear } from 'd3-scale';
import { html } from 'hono/html';
import type { Html } from '../html.ts';
import { FILL_COUNT, fillOf, patternDefs } from './patterns.ts';

/** One window's bar: the shares of each partner, in percent. */
export interface ShareBar {
  /** e.g. "2015–2019". */
  label: string;
  parts: { partner: string; label: string; pct: number }[];
}

const WIDTH = 640;
const LEFT = 92;
const RIGHT = 16;
const BAR = 30;
const TOP = 26;

/**
 * A horizontal 100% stacked bar per window. Each partner keeps one fill (colour and hatching) in every bar,
 * and parts wide enough carry their label and share directly; a legend names every fill.
 */
export function shareBarsChart(bars: ShareBar[], title: string): Html {
  const partners = partnerOrder(bars);
  const height = TOP + bars.length * (BAR + 12) + 28 + Math.ceil(partners.length / 4) * 18;
  const x = scaleLinear()
    .domain([0, 100])
    .range([LEFT, WIDTH - RIGHT]);
  const y = scaleBand<string>()
    .domain(bars.map((bar) => bar.label))
    .range([TOP, TOP + bars.length * (BAR + 12)])
    .paddingInner(0.3);
  const legendTop = TOP + bars.length * (BAR + 12) + 14;
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="share-chart-title">
<title id="share-chart-title">${title}</title>
${patternDefs('share-fill')}
${[0, 25, 50, 75, 100].map((tick) => html`<g class="axis"><line x1="${x(tick)}" x2="${x(tick)}" y1="${TOP - 6}" y2="${TOP + bars.length * (BAR + 12) - 8}" stroke-dasharray="2 3"></line><text x="${x(tick)}" y="${TOP - 10}" text-anchor="middle">${tick}%</text></g>`)}
${bars.map((bar) => barGroup(bar, partners, x, y(bar.label) ?? 0, y.bandwidth()))}
${partners.map((partner, index) => {
  const lx = LEFT + (index % 4) * 135;
  const ly = legendTop + Math.floor(index / 4) * 18;
  return html`<g class="legend"><rect x="${lx}" y="${ly - 10}" width="14" height="12" fill="${fillOf(index, 'share-fill')}" stroke="#333" stroke-width="0.5"></rect><text x="${lx + 19}" y="${ly}">${partner.label}</text></g>`;
})}
</svg>`;
}

function partnerOrder(bars: ShareBar[]): { partner: string; label: string }[] {
  const seen = new Map<string, { partner: string; label: string; total: number }>();
  for (const part of bars.flatMap((bar) => bar.parts)) {
    const entry = seen.get(part.partner) ?? { partner: part.partner, label: part.label, total: 0 };
    entry.total += part.pct;
    seen.set(part.partner, entry);
  }
  return [...seen.values()].sort((a, b) => b.total - a.total).slice(0, FILL_COUNT);
}

function barGroup(
  bar: ShareBar,
  partners: { partner: string }[],
  x: (value: number) => number,
  top: number,
  height: number,
): Html {
  let start = 0;
  const segments = bar.parts.map((part) => {
    const index = Math.max(
      0,
      partners.findIndex((entry) => entry.partner === part.partner),
    );
    const x0 = x(start);
    const x1 = x(start + part.pct);
    start += part.pct;
    const text = `${part.label} ${Math.round(part.pct)}%`;
    // Only where the text fits (about 6.5 px a character at 11 px); the legend and table carry the rest.
    const fits = x1 - x0 > text.length * 6.5 + 10;
    return html`<g><rect x="${x0}" y="${top}" width="${Math.max(0, x1 - x0)}" height="${height}" fill="${fillOf(index, 'share-fill')}" stroke="#fff" stroke-width="1"><title>${part.label}: ${part.pct.toFixed(1)}%</title></rect>${
      fits
        ? html`<rect x="${x0 + 3}" y="${top + height / 2 - 8}" width="${text.length * 6.5 + 4}" height="15" rx="2" fill="#fff" opacity="0.9"></rect><text x="${x0 + 5}" y="${top + height / 2 + 4}">${text}</text>`
        : ''
    }</g>`;
  });
  return html`<g><text x="${LEFT - 8}" y="${top + height / 2 + 4}" text-anchor="end">${bar.label}</text>${segments}</g>`;
}
