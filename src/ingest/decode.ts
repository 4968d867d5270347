import { lineAt, type ReadOutcome, rejected } from './outcome.ts';

/** Magic numbers of binary formats people most often drop into a news folder by mistake. */
const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a ZIP archive (or Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'an SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
];

/** Share of control characters in the first kilobyte above which valid UTF-8 is still binary data. */
const CONTROL_SHARE_LIMIT = 0.1;

/** Decodes the bytes of one input as UTF-8 text, or returns why they are not a text article. */
export function decodeText(bytes: Uint8Array, source: string): { text: string } | ReadOutcome {
  if (bytes.length === 0) return rejected(source, null, 'invalid_input', 'empty file');
  const signature = BINARY_SIGNATURES.find((s) => s.bytes.every((byte, i) => bytes[i] === byte));
  if (signature)
    return rejected(source, null, 'unsupported_format', `binary file (${signature.name}), not text`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = lineAt(new TextDecoder().decode(bytes.subarray(0, nul)), nul);
    return rejected(
      source,
      line,
      'unsupported_format',
      `contains a NUL byte (at byte ${nul}): binary, not text`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return rejected(source, invalidUtf8Line(bytes), 'unsupported_format', 'not valid UTF-8 text');
  }
  if (mostlyControlCharacters(text)) {
    return rejected(source, null, 'unsupported_format', 'binary file (mostly control characters), not text');
  }
  if (text.trim() === '') return rejected(source, null, 'invalid_input', 'empty file (only whitespace)');
  return { text: text.replace(/\r\n?/g, '\n') };
}

function invalidUtf8Line(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const bad = lenient.indexOf('\uFFFD');
  return lineAt(lenient, bad < 0 ? lenient.length : bad);
}

function mostlyControlCharacters(text: string): boolean {
  const head = text.slice(0, 1024);
  let controls = 0;
  for (let i = 0; i < head.length; i++) if (isBinaryControl(head.charCodeAt(i))) controls++;
  return controls / head.length > CONTROL_SHARE_LIMIT;
}

/** Control characters other than tab, line feed, form feed and carriage return. */
function isBinaryControl(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127;
}
