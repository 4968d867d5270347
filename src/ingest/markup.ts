import { parseHTML } from 'linkedom';

/** Elements that start a new paragraph of plain text. */
const BLOCKS = new Set(
  'address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr td th ul'.split(
    ' ',
  ),
);
/** Elements whose content is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select']);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** Parses an HTML document (or fragment, wrapped into one) with linkedom. */
export function parseDocument(html: string): Document {
  const isDocument = /<html[\s>]/i.test(html);
  return parseHTML(isDocument ? html : `<!doctype html><html><body>${html}</body></html>`).document;
}

/** Plain text of an HTML fragment: paragraphs separated by a blank line, whitespace inside them collapsed. */
export function htmlToText(html: string): string {
  return nodeToText(parseDocument(html).body as unknown as NodeLike);
}

/** Plain text of a DOM node, with the same paragraph rules as htmlToText. */
export function nodeToText(root: NodeLike): string {
  const parts: string[] = [];
  walk(root, parts);
  return parts
    .join('')
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

function walk(node: NodeLike, parts: string[]): void {
  if (node.nodeType === 3) {
    parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toLowerCase();
  if (SKIPPED.has(name)) return;
  if (name === 'br') {
    parts.push('\n');
    return;
  }
  const block = BLOCKS.has(name);
  if (block) parts.push('\n\n');
  for (const child of Array.from(node.childNodes)) walk(child, parts);
  if (block) parts.push('\n\n');
}
