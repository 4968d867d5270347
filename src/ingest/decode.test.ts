import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText } from './decode.ts';

function problem(bytes: Uint8Array): string {
  const result = decodeText(bytes, 'in/x.txt');
  return 'text' in result ? `text: ${result.text}` : result.kind === 'rejected' ? result.error.message : '';
}

describe('decoding input bytes', () => {
  it('rejects an empty file', () => {
    assert.equal(problem(new Uint8Array()), 'in/x.txt: empty file');
  });

  it('rejects a file of only whitespace', () => {
    assert.equal(problem(Buffer.from(' \n\t\n')), 'in/x.txt: empty file (only whitespace)');
  });

  it('rejects a known binary format by its signature', () => {
    assert.equal(problem(Buffer.from('%PDF-1.7\n...')), 'in/x.txt: binary file (a PDF document), not text');
  });

  it('rejects a NUL byte, naming its line', () => {
    assert.equal(
      problem(Buffer.from('line one\nline\u0000two')),
      'in/x.txt: line 2: contains a NUL byte (at byte 13): binary, not text',
    );
  });

  it('rejects bytes that are not UTF-8, naming the line', () => {
    assert.equal(
      problem(Buffer.from([0x6f, 0x6b, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a])),
      'in/x.txt: line 2: not valid UTF-8 text',
    );
  });

  it('rejects valid UTF-8 that is mostly control characters', () => {
    assert.equal(
      problem(Buffer.from('\u0001\u0002\u0003abc\u0004\u0005')),
      'in/x.txt: binary file (mostly control characters), not text',
    );
  });

  it('strips a byte-order mark and turns CRLF into LF', () => {
    assert.equal(problem(Buffer.from('\ufeffdate 2024-01\r\nText.\r\n')), 'text: date 2024-01\nText.\n');
  });
});
