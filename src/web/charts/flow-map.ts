import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoCentroid, geoNaturalEarth1, geoPath } from 'd3-geo';
import { html } from 'hono/html';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { countryByIso3 } from '../../countries/index.ts';
import type { Html } from '../html.ts';

/** A partner country and how much moved between it and the focus country. */
export interface Flow {
  partner: string;
  label: string;
  value: number;
  /** The value as shown on the map and in the table, e.g. "1,800 TIV" or "2 deals". */
  shown: string;
}

const WIDTH = 640;
const HEIGHT = 300;

type Countries = GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }>;

let world: Countries | null = null;

/** The 110m world-atlas countries, read once from node_modules (shipped with the app, no network). */
function countries(): Countries {
  if (!world) {
    const path = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
    const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
    world = feature(topology, topology.objects.countries!) as unknown as Countries;
  }
  return world;
}

/**
 * Where a country's arrows start and end: the centroid of its largest polygon, so that overseas territories
 * (French Guiana for France) do not pull the point into the ocean.
 */
function anchorOf(shape: GeoJSON.Feature): [number, number] {
  const geometry = shape.geometry;
  if (geometry.type !== 'MultiPolygon') return geoCentroid(shape);
  const polygons = geometry.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
  const largest = polygons.reduce((best, polygon) => (geoArea(polygon) > geoArea(best) ? polygon : best));
  return geoCentroid(largest);
}

function featureOf(iso3: string): GeoJSON.Feature | undefined {
  const numeric = countryByIso3(iso3)?.numeric;
  return numeric ? countries().features.find((entry) => String(entry.id) === numeric) : undefined;
}

/**
 * A world map with arrows from each partner to the focus country (or from it, for customers), the line width
 * growing with the value, every partner labelled by name and value. Partners the atlas lacks are left to the
 * table beside the map.
 */
export function flowMap(focus: string, flows: Flow[], direction: 'in' | 'out', title: string): Html {
  // Fitted to the inhabited world: Antarctica (010) would take a fifth of the height for nothing.
  const inhabited = {
    ...countries(),
    features: countries().features.filter((shape) => String(shape.id) !== '010'),
  };
  const projection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [WIDTH - 4, HEIGHT - 4],
    ],
    inhabited,
  );
  const path = geoPath(projection);
  const target = featureOf(focus);
  const targetPoint = target ? projection(anchorOf(target)) : null;
  const max = Math.max(1, ...flows.map((flow) => flow.value));
  const drawn = flows
    .map((flow) => ({ flow, shape: featureOf(flow.partner) }))
    .filter((entry) => entry.shape !== undefined);
  return html`<svg class="map" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="map-title">
<title id="map-title">${title}</title>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#b45309"></path></marker></defs>
${inhabited.features.map((shape) => html`<path class="land" d="${path(shape) ?? ''}"></path>`)}
${drawn.map(({ shape }) => html`<path class="partner" d="${path(shape!) ?? ''}"></path>`)}
${target ? html`<path class="focus" d="${path(target) ?? ''}"></path>` : ''}
${targetPoint ? drawn.map(({ flow, shape }) => arrow(flow, projection(anchorOf(shape!)), targetPoint, max, direction)) : ''}
</svg>`;
}

function arrow(
  flow: Flow,
  from: [number, number] | null,
  to: [number, number],
  max: number,
  direction: 'in' | 'out',
): Html {
  if (!from) return html``;
  const [start, end] = direction === 'in' ? [from, to] : [to, from];
  // A gentle arc: the control point sits off the straight line, so crossing flows stay apart.
  const mx = (start[0] + end[0]) / 2 - (end[1] - start[1]) * 0.2;
  const my = (start[1] + end[1]) / 2 + (end[0] - start[0]) * 0.2;
  const width = 1.2 + (4 * flow.value) / max;
  return html`<path class="flow" d="M${start[0]},${start[1]} Q${mx},${my} ${end[0]},${end[1]}" stroke-width="${width}" marker-end="url(#arrow)"><title>${flow.label}: ${flow.shown}</title></path>
<text x="${from[0]}" y="${from[1] - 6}" text-anchor="middle">${flow.label} (${flow.shown})</text>`;
}
