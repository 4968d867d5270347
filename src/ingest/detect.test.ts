import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectFormat } from './detect.ts';

describe('format detection', () => {
  it('trusts a known extension', () => {
    assert.equal(detectFormat('a/b.txt', '<p>looks like html</p>'), 'text');
    assert.equal(detectFormat('a/b.jsonl', '{}'), 'jsonl');
    assert.equal(detectFormat('a/b.HTM', 'x'), 'html');
    assert.equal(detectFormat('a/b.atom', 'x'), 'feed');
  });

  it('reads a .xml file as a feed unless it is an HTML page', () => {
    assert.equal(detectFormat('f.xml', '<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">'), 'feed');
    assert.equal(detectFormat('f.xml', '<catalog><book/></catalog>'), 'feed');
    assert.equal(detectFormat('f.xml', '<!doctype html><html>'), 'html');
  });

  it('sniffs markup without a name: a feed root is a feed, other markup is HTML', () => {
    assert.equal(
      detectFormat('', '<?xml version="1.0"?>\n<!-- c -->\n<feed xmlns="http://www.w3.org/2005/Atom">'),
      'feed',
    );
    assert.equal(detectFormat('', '<!doctype html><html>'), 'html');
  });

  it('sniffs content without a name: JSON, JSON lines, text', () => {
    assert.equal(detectFormat('', ' [{"text":"a"}]'), 'json');
    assert.equal(detectFormat('', '{"text":"a"}\n{"text":"b"}\n'), 'jsonl');
    assert.equal(detectFormat('', '{"text":\n"a"}'), 'json');
    assert.equal(detectFormat('', 'date 2024-01-01\nText'), 'text');
  });

  it('follows a content type where the content could be either', () => {
    assert.equal(detectFormat('', '<b>bold claim</b>', 'text/plain; charset=utf-8'), 'text');
    assert.equal(detectFormat('', '{"text":"a"}\n{"text":"b"}', 'application/json'), 'json');
    assert.equal(detectFormat('', '<rss><channel/></rss>', 'text/html'), 'feed');
  });
});
