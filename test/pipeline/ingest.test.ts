import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { extractFacts } from '../../src/extract/index.ts';
import { type IngestOptions, ingestBatch } from '../../src/pipeline/ingest.ts';
import { backends, freshStore, type TestStore } from '../support/stores.ts';
import { EDITED_COPY, OTHER_STORY, WIRE_STORY } from './wire-stories.ts';

const NOW = new Date('2026-01-02T03:04:05.000Z');
const options: IngestOptions = { read: { maxArticleBytes: 100_000 }, now: NOW };

for (const backend of backends()) {
  describe(`ingest pipeline on ${backend}`, () => {
    let test: TestStore;
    let dir: string;
    const file = (name: string, content: string | Buffer) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    };
    before(async () => {
      test = await freshStore(backend);
      dir = mkdtempSync(join(tmpdir(), 'armswatch-pipeline-'));
    });
    after(async () => {
      await test.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    it('stores each new article with its source, hash, date, title and ingest time', async () => {
      const path = file('k9.txt', `date 2024-05-16\nNorway orders more K9 howitzers\n\n${WIRE_STORY}`);
      const summary = await ingestBatch(test.store, [path], options);
      assert.deepEqual(
        { ...summary, facts: 0 },
        { ingested: 1, duplicates: 0, nearDuplicates: 0, facts: 0, rejected: [] },
      );
      const [listed] = await test.store.articles.list({ search: 'howitzers' });
      const stored = await test.store.articles.get(listed?.id ?? '');
      assert.equal(stored?.source, path);
      assert.equal(stored?.date, '2024-05-16');
      assert.equal(stored?.title, 'Norway orders more K9 howitzers');
      assert.equal(stored?.ingestedAt, NOW.toISOString());
      assert.match(stored?.contentHash ?? '', /^[0-9a-f]{64}$/);
      assert.equal(stored?.duplicateOf, null);
    });

    it('stores the facts exactly as the extractor returns them', async () => {
      const [listed] = await test.store.articles.list({ search: 'howitzers' });
      const stored = (await test.store.articles.get(listed?.id ?? ''))!;
      const expected = extractFacts({
        id: stored.id,
        date: stored.date,
        title: stored.title,
        text: stored.text,
      });
      const facts = await test.store.facts.listForArticle(stored.id);
      assert.deepEqual(
        facts.map((f) => f.fact),
        expected,
      );
    });

    it('skips an exact duplicate, so a re-run stores nothing new', async () => {
      const before = await test.store.articles.count({});
      const copy = file(
        'k9-again.txt',
        `date 2024-05-17\nNorway orders more K9 howitzers\r\n\r\n${WIRE_STORY}  \n`,
      );
      const summary = await ingestBatch(test.store, [copy, join(dir, 'k9.txt')], options);
      assert.equal(summary.duplicates, 2);
      assert.equal(summary.ingested, 0);
      assert.equal(await test.store.articles.count({}), before);
    });

    it('links a lightly edited copy to the original and leaves another story on the deal alone', async () => {
      const original = (await test.store.articles.list({ search: 'howitzers' }))[0]!;
      const summary = await ingestBatch(
        test.store,
        [
          file('copy.json', JSON.stringify({ id: 'copy-1', text: EDITED_COPY })),
          file('other.txt', OTHER_STORY),
        ],
        options,
      );
      assert.deepEqual([summary.ingested, summary.nearDuplicates], [2, 1]);
      assert.equal((await test.store.articles.get('copy-1'))?.duplicateOf, original.id);
      const [other] = await test.store.articles.list({ search: 'analysts' });
      assert.equal(other?.duplicate_of, null);
    });

    it('links a copy of a copy to the first article of the story', async () => {
      const original = (await test.store.articles.get('copy-1'))?.duplicateOf;
      const second = EDITED_COPY.replace('OSLO (Wire) - ', '').replace('roughly', 'around');
      await ingestBatch(
        test.store,
        [file('copy2.json', JSON.stringify({ id: 'copy-2', text: second }))],
        options,
      );
      assert.equal((await test.store.articles.get('copy-2'))?.duplicateOf, original);
    });

    it('rejects bad inputs one line each and changes nothing already stored', async () => {
      const snapshot = await test.store.articles.list({ limit: 100 });
      const factCount = await test.store.facts.count();
      const rejections: string[] = [];
      const summary = await ingestBatch(
        test.store,
        [
          file('empty.txt', ''),
          file('nul.txt', Buffer.from('a\u0000b')),
          file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9])),
          file('broken.json', '{"id": "copy-1", "text": '),
          file(
            'conflict.json',
            JSON.stringify({ id: 'copy-1', text: 'A different text under a stored id.' }),
          ),
          file('broken.rss', '<rss><channel><item></channel></rss>'),
        ],
        { ...options, onRejected: (r) => rejections.push(r.message) },
      );
      assert.equal(summary.rejected.length, 6);
      assert.equal(summary.ingested, 0);
      assert.deepEqual(
        rejections,
        summary.rejected.map((r) => r.message),
      );
      assert.match(
        rejections[4] ?? '',
        /conflict\.json: id "copy-1" is already stored with different content/,
      );
      assert.deepEqual(await test.store.articles.list({ limit: 100 }), snapshot);
      assert.equal(await test.store.facts.count(), factCount);
      assert.equal((await test.store.articles.get('copy-1'))?.text, EDITED_COPY);
    });

    it('reports progress after each input', async () => {
      const seen: string[] = [];
      await ingestBatch(test.store, [dir], {
        ...options,
        onProgress: (p) => seen.push(`${p.inputsDone}/${p.inputsTotal}`),
      });
      assert.equal(seen.length, 11);
      assert.equal(seen.at(-1), '11/11');
    });
  });
}
