import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FactView } from '../../src/http/fact-views.ts';
import type { FactReview, StoredRegisterRow, TransferFact, TransferRow } from '../../src/model/index.ts';
import { backends, freshStore, type TestStore } from '../support/stores.ts';
import { appOver, envelope, fill, NOW } from './fixture.ts';

interface Page<T> {
  total: number;
  items: T[];
}

for (const backend of backends()) {
  describe(`reviews over HTTP on ${backend}`, () => {
    let test: TestStore;
    let app: ReturnType<typeof appOver>['app'];
    const get = async <T>(url: string) => (await envelope<T>(await app.request(url))).data;
    const review = (factId: string, body: unknown) =>
      app.request(`/api/v1/facts/${encodeURIComponent(factId)}/reviews`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const rafaleRow = async () =>
      (await get<Page<StoredRegisterRow>>('/api/v1/register?system=Rafale%20Marine')).items[0] as TransferRow;

    before(async () => {
      test = await freshStore(backend);
      await fill(test.store);
      app = appOver(test.store).app;
    });
    after(() => test.dispose());

    it('corrects a fact, keeps who, when, before and after, and the register follows', async () => {
      assert.deepEqual((await rafaleRow()).conflicts, ['ordered.quantity']);
      const response = await review('delhi-rafale-2#0', {
        action: 'correct',
        reviewer: 'ana',
        note: 'the contract says 26',
        changes: { quantity: 26 },
      });
      assert.equal(response.status, 201);
      const stored = (await envelope<FactReview>(response)).data;
      assert.equal(stored.reviewer, 'ana');
      assert.equal(stored.at, NOW.toISOString());
      assert.equal((stored.before as TransferFact).quantity, 28);
      assert.equal((stored.after as TransferFact).quantity, 26);
      assert.equal(stored.note, 'the contract says 26');

      const row = await rafaleRow();
      assert.deepEqual(row.conflicts, []);
      assert.equal(row.events.find((e) => e.status === 'ordered')?.quantity.consensus, 26);
      const fact = await get<FactView>('/api/v1/facts/delhi-rafale-2%230');
      assert.equal(fact.review, 'corrected');
      assert.equal((fact.fact as TransferFact).quantity, 28);
      assert.equal((fact.current as TransferFact).quantity, 26);
    });

    it('drops a rejected fact from the register and brings it back when accepted later', async () => {
      const torRows = async () => (await get<Page<unknown>>('/api/v1/register?system=TOR-M2KM')).total;
      assert.equal(await torRows(), 1);
      assert.equal(
        (await review('yerevan-jets#1', { action: 'reject', reviewer: 'ben', note: 'no such delivery' }))
          .status,
        201,
      );
      assert.equal(await torRows(), 0);
      assert.equal((await get<FactView>('/api/v1/facts/yerevan-jets%231')).current, null);
      assert.equal((await review('yerevan-jets#1', { action: 'accept', reviewer: 'ana' })).status, 201);
      assert.equal(await torRows(), 1);
    });

    it('starts a new correction from the fact as corrected before', async () => {
      await review('delhi-rafale-2#0', { action: 'correct', reviewer: 'cem', changes: { year: 2024 } });
      const [, second] = await get<FactReview[]>('/api/v1/facts/delhi-rafale-2%230/reviews');
      assert.deepEqual(
        [(second!.before as TransferFact).quantity, (second!.after as TransferFact).quantity],
        [26, 26],
      );
      assert.equal((second!.after as TransferFact).year, 2024);
    });

    it("gives a fact's trail oldest first and the whole trail newest first", async () => {
      const trail = await get<FactReview[]>('/api/v1/facts/yerevan-jets%231/reviews');
      assert.deepEqual(
        trail.map((r) => [r.action, r.reviewer, r.note]),
        [
          ['reject', 'ben', 'no such delivery'],
          ['accept', 'ana', null],
        ],
      );
      const all = await get<Page<FactReview>>('/api/v1/reviews?limit=2');
      assert.equal(all.total, 4);
      assert.deepEqual(
        all.items.map((r) => r.reviewer),
        ['cem', 'ana'],
      );
      assert.equal((await get<Page<FactReview>>('/api/v1/reviews?reviewer=ana')).total, 2);
      assert.equal((await get<Page<FactReview>>('/api/v1/reviews?action=reject')).total, 1);
    });

    it('lists the review queue: facts nobody has reviewed yet', async () => {
      const queue = await get<Page<FactView>>('/api/v1/facts?review=unreviewed&limit=100');
      assert.equal(queue.total, 6);
      assert.ok(queue.items.every((f) => f.review === 'unreviewed'));
      const corrected = await get<Page<FactView>>('/api/v1/facts?review=correct');
      assert.deepEqual(
        corrected.items.map((f) => f.id),
        ['delhi-rafale-2#0'],
      );
    });

    it('refuses reviews that break the fact contract, and stores none of them', async () => {
      const before = (await get<Page<unknown>>('/api/v1/reviews')).total;
      const refused = [
        { action: 'correct', reviewer: 'ana' },
        { action: 'correct', reviewer: 'ana', changes: {} },
        { action: 'correct', reviewer: 'ana', changes: { status: 'sold' } },
        { action: 'correct', reviewer: 'ana', changes: { quantity: -3 } },
        { action: 'correct', reviewer: 'ana', changes: { supplier: 'France' } },
        { action: 'correct', reviewer: 'ana', changes: { type: 'production' } },
        { action: 'correct', reviewer: 'ana', changes: { evidence: [] } },
        { action: 'correct', reviewer: 'ana', changes: { capacity_per_year: 10 } },
        { action: 'accept', reviewer: 'ana', changes: { quantity: 1 } },
        { action: 'accept', reviewer: '   ' },
        { action: 'approve', reviewer: 'ana' },
        { action: 'accept' },
        { action: 'accept', reviewer: 'ana', extra: true },
      ];
      for (const body of refused) {
        const response = await review('delhi-rafale#0', body);
        const answer = await envelope(response);
        assert.equal(response.status, 400, JSON.stringify(body));
        assert.equal(answer.error?.code, 'invalid_input');
        assert.match(answer.error?.message ?? '', /^body/);
      }
      assert.equal((await get<Page<unknown>>('/api/v1/reviews')).total, before);
    });
  });
}
