import { scaleBand, scaleLinear } from 'd3-scale';
import { symbol, symbolCircle, symbolCross, symbolSquare, symbolTriangle, symbolWye } from 'd3-shape';
import { html } from 'hono/html';
import type { TransferStatus } from '../../model/index.ts';
import type { Html } from '../html.ts';

/** One dated event of a deal: a marker on its lane. */
export interface TimelineEvent {
  /** The lane, e.g. the partner and system ("France · Rafale"). */
  lane: string;
  year: number;
  status: TransferStatus;
  quantity: number | null;
}

/** Each status has its own marker shape as well as its colour, so the chart reads in greyscale. */
const MARKS: Record<TransferStatus, { shape: Parameters<typeof symbol>[0]; colour: string }> = {
  negotiating: { shape: symbolTriangle, colour: '#7a7a7a' },
  approved: { shape: symbolWye, colour: '#7a3e9d' },
  ordered: { shape: symbolCircle, colour: '#0072B2' },
  delivered: { shape: symbolSquare, colour: '#009E73' },
  cancelled: { shape: symbolCross, colour: '#D55E00' },
};

const WIDTH = 640;
const LEFT = 190;
const RIGHT = 24;
const LANE = 24;
const TOP = 26;

/** The events of a country's deals on a year axis, one lane per deal, with a legend of marker shapes. */
export function timelineChart(events: TimelineEvent[], title: string): Html {
  const lanes = [...new Set(events.map((event) => event.lane))];
  const years = events.map((event) => event.year);
  const first = Math.min(...years) - 1;
  const last = Math.max(...years) + 1;
  const x = scaleLinear()
    .domain([first, last])
    .range([LEFT, WIDTH - RIGHT]);
  const y = scaleBand<string>()
    .domain(lanes)
    .range([TOP, TOP + lanes.length * LANE]);
  const bottom = TOP + lanes.length * LANE;
  const ticks = x.ticks(Math.min(8, last - first)).filter(Number.isInteger);
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${bottom + 44}" role="img" aria-labelledby="timeline-title">
<title id="timeline-title">${title}</title>
${ticks.map((tick) => html`<g class="axis"><line x1="${x(tick)}" x2="${x(tick)}" y1="${TOP - 4}" y2="${bottom}" stroke-dasharray="2 3"></line><text x="${x(tick)}" y="${TOP - 10}" text-anchor="middle">${tick}</text></g>`)}
${lanes.map((lane) => html`<g><line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${(y(lane) ?? 0) + LANE / 2}" y2="${(y(lane) ?? 0) + LANE / 2}" stroke="#e3e8ee"></line><text x="${LEFT - 8}" y="${(y(lane) ?? 0) + LANE / 2 + 4}" text-anchor="end">${clip(lane)}</text></g>`)}
${events.map((event) => marker(event, x(event.year), (y(event.lane) ?? 0) + LANE / 2))}
${legend(bottom + 26)}
</svg>`;
}

function marker(event: TimelineEvent, cx: number, cy: number): Html {
  const mark = MARKS[event.status];
  const path = symbol(mark.shape, 90)() ?? '';
  return html`<g transform="translate(${cx},${cy})"><path d="${path}" fill="${mark.colour}" stroke="#1d232b" stroke-width="0.6"><title>${event.lane}: ${event.status} ${event.year}${event.quantity === null ? '' : `, ${event.quantity} units`}</title></path>${
    event.quantity === null ? '' : html`<text x="8" y="4">${event.quantity}</text>`
  }</g>`;
}

function legend(top: number): Html {
  return html`<g class="legend">${(Object.keys(MARKS) as TransferStatus[]).map((status, index) => {
    const mark = MARKS[status];
    const lx = LEFT + index * 92;
    return html`<g transform="translate(${lx},${top})"><path d="${symbol(mark.shape, 80)() ?? ''}" fill="${mark.colour}" stroke="#1d232b" stroke-width="0.6"></path><text x="9" y="4">${status}</text></g>`;
  })}</g>`;
}

function clip(text: string): string {
  return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}
