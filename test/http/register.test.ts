import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Comparison } from '../../src/analyse/compare.ts';
import type { CountryProfile } from '../../src/analyse/profiles.ts';
import type { Share } from '../../src/analyse/shares.ts';
import type { SystemProfile } from '../../src/analyse/system-profile.ts';
import type { StoredRegisterRow, TransferRow } from '../../src/model/index.ts';
import { freshStore, type TestStore } from '../support/stores.ts';
import { appOver, envelope, fill } from './fixture.ts';

interface Page<T> {
  total: number;
  items: T[];
}

describe('the register and its analyses over HTTP', () => {
  let test: TestStore;
  let app: ReturnType<typeof appOver>['app'];
  const get = async <T>(url: string) => (await envelope<T>(await app.request(url))).data;
  const ids = (page: Page<StoredRegisterRow>) => page.items.map((row) => row.key);
  before(async () => {
    test = await freshStore('sqlite');
    await fill(test.store);
    app = appOver(test.store).app;
  });
  after(() => test.dispose());

  it('lists rows with their sources and conflicts', async () => {
    const page = await get<Page<StoredRegisterRow>>('/api/v1/register?kind=transfer&recipient=IND');
    assert.equal(page.total, 1);
    const row = page.items[0] as TransferRow;
    assert.deepEqual(
      row.sources.map((source) => source.articleId),
      ['delhi-rafale', 'delhi-rafale-2'],
    );
    assert.deepEqual(row.conflicts, ['ordered.quantity']);
    assert.deepEqual((await get<StoredRegisterRow>(`/api/v1/register/${row.id}`)).id, row.id);
  });

  it('filters by supplier, category, status, system, years and conflict', async () => {
    const count = async (query: string) =>
      (await get<Page<StoredRegisterRow>>(`/api/v1/register?${query}`)).total;
    assert.equal(await count('kind=transfer&supplier=RUS'), 2);
    assert.equal(await count('kind=transfer&supplier=RUS&category=aircraft'), 1);
    assert.equal(await count('status=ordered'), 2);
    assert.equal(await count('system=su30sm'), 1);
    assert.equal(await count('kind=transfer&from=2021&to=2022'), 1);
    assert.equal(await count('kind=transfer&from=2023'), 1);
    assert.equal(await count('conflict=true'), 1);
    assert.equal(await count('article=yerevan-jets'), 3);
  });

  it('sorts and pages the rows', async () => {
    const ascending = await get<Page<StoredRegisterRow>>('/api/v1/register?kind=transfer&sort=year');
    const descending = await get<Page<StoredRegisterRow>>(
      '/api/v1/register?kind=transfer&sort=year&order=desc',
    );
    assert.deepEqual(ids(descending)[0], ids(ascending).at(-1));
    const second = await get<Page<StoredRegisterRow>>(
      '/api/v1/register?kind=transfer&sort=year&limit=1&offset=1',
    );
    assert.deepEqual(ids(second), [ids(ascending)[1]]);
    assert.equal(second.total, 4);
  });

  it('downloads the filtered register as CSV in the trade register columns', async () => {
    const response = await app.request('/api/v1/register.csv?supplier=RUS');
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /attachment; filename="armswatch-register.csv"/,
    );
    const records = parse(await response.text(), { columns: true }) as Record<string, string>[];
    assert.deepEqual(records.map((r) => r['Weapon designation']).sort(), ['Su-30SM', 'TOR-M2KM']);
    assert.ok(records.every((r) => r.Recipient === 'Armenia' && r.Supplier === 'Russia'));
    assert.equal(records[0]?.['Year(s) of delivery'], '2019');
  });

  it('gives production and share rows their own CSV columns', async () => {
    const csv = await (await app.request('/api/v1/register.csv?kind=production')).text();
    const [record] = parse(csv, { columns: true }) as Record<string, string>[];
    assert.equal(record?.['Capacity per year'], '50000');
  });

  it('computes shares from the reference and from the news', async () => {
    const reference = await get<{ shares: Share[]; hhi: number }>(
      '/api/v1/shares?role=importer&country=ARM&from=2015&to=2019',
    );
    assert.deepEqual(
      reference.shares.map((s) => [s.country, Math.round(s.share_pct)]),
      [
        ['RUS', 95],
        ['GRC', 5],
      ],
    );
    assert.equal(Math.round(reference.hhi), 95 ** 2 + 5 ** 2);
    const news = await get<{ shares: Share[] }>('/api/v1/shares?role=importer&country=ARM&source=news');
    assert.deepEqual(news.shares, [{ country: 'RUS', share_pct: 100, value: 2 }]);
    const world = await get<{ shares: Share[] }>('/api/v1/shares?role=exporter&from=2020&to=2024');
    assert.deepEqual(
      world.shares.map((s) => s.country),
      ['FRA', 'RUS'],
    );
  });

  it('answers not_found for reference shares before any import', async () => {
    const empty = await freshStore('sqlite');
    try {
      const response = await appOver(empty.store).app.request('/api/v1/shares?role=exporter');
      assert.equal(response.status, 404);
      assert.match((await envelope(response)).error?.message ?? '', /import-sipri/);
    } finally {
      await empty.dispose();
    }
  });

  it('profiles a country: suppliers by five-year window, deals, production, comparison', async () => {
    const profile = await get<CountryProfile>('/api/v1/countries/arm?from=2010&to=2024');
    assert.equal(profile.country, 'ARM');
    assert.deepEqual(
      profile.suppliers.map((w) => [w.from, w.to]),
      [
        [2020, 2024],
        [2015, 2019],
        [2010, 2014],
      ],
    );
    const late = profile.suppliers[1]!;
    assert.deepEqual(
      late.reference.map((s) => s.country),
      ['RUS', 'GRC'],
    );
    assert.deepEqual(
      late.news.map((s) => [s.country, s.value]),
      [['RUS', 2]],
    );
    assert.deepEqual(profile.deals.items.map((d) => d.system).sort(), ['Su-30SM', 'TOR-M2KM']);
    assert.deepEqual(
      profile.production.map((row) => row.system),
      ['AK-103'],
    );
    assert.equal(profile.comparison.shares.length, 1);
  });

  it("checks a country's share statements in its profile exactly as the full comparison does", async () => {
    const profile = await get<CountryProfile>('/api/v1/countries/IND?from=2015&to=2024');
    const full = await get<Comparison>('/api/v1/compare?country=IND&from=2015&to=2024');
    assert.deepEqual(
      profile.comparison.shares.map((check) => [check.verdict, check.computedPct]),
      [['contradicted', 100]],
    );
    assert.deepEqual(profile.comparison.shares, full.shares);
    assert.deepEqual(profile.comparison.coverage, full.coverage);
  });

  it('profiles a system across spellings: suppliers, operators, rows and reference deals', async () => {
    const profile = await get<SystemProfile>('/api/v1/systems/SU%2030%20SM');
    assert.equal(profile.name, 'Su-30SM');
    assert.deepEqual(profile.suppliers, [{ party: 'RUS', rows: 1 }]);
    assert.deepEqual(profile.operators, [{ party: 'ARM', rows: 1 }]);
    assert.equal(profile.rows.total, 1);
    assert.deepEqual(
      profile.reference.items.map((deal) => deal.dealId),
      ['d1'],
    );
  });

  it('compares the news with the reference, for a country or for all', async () => {
    const all = await get<Comparison>('/api/v1/compare');
    assert.equal(all.matched, 2);
    assert.deepEqual(all.coverage, { from: 2018, to: 2022 });
    assert.deepEqual(all.newsOnly.map((deal) => [deal.recipient, deal.reason]).sort(), [
      ['IND', 'new'],
      ['TUR', 'unrecorded'],
    ]);
    const india = await get<Comparison>('/api/v1/compare?country=IND');
    assert.deepEqual(
      india.newsOnly.map((deal) => deal.system),
      ['Rafale Marine'],
    );
    assert.equal(india.matched, 0);
    assert.equal((await app.request('/api/v1/compare?from=2024&to=2020')).status, 400);
  });
});
