import { html } from 'hono/html';
import type { Span } from '../model/index.ts';
import type { Html } from './html.ts';

/** One fact's evidence, keyed by the fact's position on the page. */
export interface EvidenceOf {
  /** The fact's index among the article's facts, used in element ids (`fact-N`, `ev-N-M`). */
  fact: number;
  spans: readonly Span[];
}

/** A stretch of text between two consecutive span boundaries, with the spans that cover all of it. */
export interface Segment {
  start: number;
  end: number;
  /** `[fact, ordinal]` of each evidence span covering the segment. */
  covers: [number, number][];
  /** Spans that begin at this segment's start. */
  opens: [number, number][];
  /** Spans that end at this segment's end. */
  closes: [number, number][];
}

/**
 * Cuts the text at every span boundary so overlapping and nested spans become flat, non-overlapping
 * segments, each knowing which spans cover it. Spans outside the text are clamped; empty ones dropped.
 */
export function segment(textLength: number, evidence: readonly EvidenceOf[]): Segment[] {
  const spans = evidence.flatMap(({ fact, spans: list }) =>
    list
      .map((span, ordinal) => ({
        key: [fact, ordinal] as [number, number],
        start: Math.max(0, Math.min(span.start, textLength)),
        end: Math.max(0, Math.min(span.end, textLength)),
      }))
      .filter((span) => span.end > span.start),
  );
  const cuts = new Set([0, textLength]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const inside = spans.filter((span) => span.start <= start && span.end >= end);
    segments.push({
      start,
      end,
      covers: inside.map((span) => span.key),
      opens: inside.filter((span) => span.start === start).map((span) => span.key),
      closes: inside.filter((span) => span.end === end).map((span) => span.key),
    });
  }
  return segments;
}

/**
 * The article text as escaped HTML with each evidence span in `<mark>` elements: every segment covered by
 * spans is one mark carrying `data-facts`; a span's first mark carries its anchor id `ev-F-O`, and a
 * numbered link back to its fact follows the span's last mark. Line breaks are kept by CSS (pre-wrap).
 */
export function highlightText(text: string, evidence: readonly EvidenceOf[]): Html {
  return html`${segment(text.length, evidence).map((part) => renderSegment(text.slice(part.start, part.end), part))}`;
}

function renderSegment(piece: string, part: Segment): Html {
  if (part.covers.length === 0) return html`${piece}`;
  const [anchor, ...extraAnchors] = part.opens;
  const facts = [...new Set(part.covers.map(([fact]) => fact))];
  const depth = Math.min(part.covers.length, 3);
  return html`${extraAnchors.map((key) => html`<span class="ev-anchor" id="${anchorId(key)}"></span>`)}<mark${
    anchor ? html` id="${anchorId(anchor)}"` : ''
  } class="ev depth-${depth}" data-facts="${facts.join(' ')}" title="${factsTitle(facts)}">${piece}</mark>${part.closes.map(
    ([fact]) =>
      html`<a class="ev-ref" href="#fact-${fact}" aria-label="Back to fact ${fact + 1}">${fact + 1}</a>`,
  )}`;
}

/** The id of a fact's `ordinal`-th evidence span on the article page. */
export function anchorId([fact, ordinal]: [number, number]): string {
  return `ev-${fact}-${ordinal}`;
}

function factsTitle(facts: number[]): string {
  return `Evidence for fact${facts.length > 1 ? 's' : ''} ${facts.map((fact) => fact + 1).join(', ')}`;
}
