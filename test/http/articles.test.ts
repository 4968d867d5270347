import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FactView } from '../../src/http/fact-views.ts';
import type { Article, ArticleSummary } from '../../src/model/index.ts';
import { freshStore, type TestStore } from '../support/stores.ts';
import { appOver, envelope, fill } from './fixture.ts';

interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

describe('articles and facts over HTTP', () => {
  let test: TestStore;
  let app: ReturnType<typeof appOver>['app'];
  const get = async <T>(url: string) => (await envelope<T>(await app.request(url))).data;
  before(async () => {
    test = await freshStore('sqlite');
    await fill(test.store);
    app = appOver(test.store).app;
  });
  after(() => test.dispose());

  it('lists articles newest first, a page at a time, with the total', async () => {
    const first = await get<Page<ArticleSummary>>('/api/v1/articles?limit=2');
    assert.equal(first.total, 5);
    assert.deepEqual(
      first.items.map((a) => a.id),
      ['delhi-rafale-2', 'delhi-rafale'],
    );
    const last = await get<Page<ArticleSummary>>('/api/v1/articles?limit=2&offset=4');
    assert.deepEqual(
      last.items.map((a) => a.id),
      ['abovyan-plant'],
    );
    assert.equal(last.offset, 4);
  });

  it('finds articles by full-text search and counts only the hits', async () => {
    const hits = await get<Page<ArticleSummary>>('/api/v1/articles?q=Rafale%20carriers');
    assert.equal(hits.total, 1);
    assert.deepEqual(
      hits.items.map((a) => a.id),
      ['delhi-rafale'],
    );
  });

  it('gives one article with each fact and the text of its evidence', async () => {
    const { article, facts } = await get<{ article: Article; facts: FactView[] }>(
      '/api/v1/articles/abovyan-plant',
    );
    assert.equal(article.title, 'Rifle plant opens near Yerevan');
    assert.equal(facts.length, 1);
    assert.equal(facts[0]?.id, 'abovyan-plant#0');
    assert.equal(facts[0]?.review, 'unreviewed');
    assert.deepEqual(
      facts[0]?.quotes.map((q) => q.text),
      ['assembles AK-103 rifles from Russian kits', 'can turn out 50,000 a year'],
    );
  });

  it('keeps markup in titles and texts as data, exactly as stored', async () => {
    const { article } = await get<{ article: Article }>('/api/v1/articles/hostile-title');
    assert.equal(article.title, '<script>alert("x")</script> Drones for Ankara');
  });

  it('filters facts by type, party, category and article', async () => {
    const byType = await get<Page<FactView>>('/api/v1/facts?type=transfer');
    assert.equal(byType.total, 5);
    const armenia = await get<Page<FactView>>('/api/v1/facts?country=ARM&category=air-defence');
    assert.deepEqual(
      armenia.items.map((f) => f.id),
      ['yerevan-jets#1'],
    );
    const ofArticle = await get<Page<FactView>>('/api/v1/facts?article=yerevan-jets&limit=1&offset=2');
    assert.equal(ofArticle.total, 3);
    assert.deepEqual(
      ofArticle.items.map((f) => f.fact.type),
      ['share'],
    );
  });

  it('refuses a country that is not an ISO3 code', async () => {
    const response = await app.request('/api/v1/facts?country=armenia');
    assert.equal(response.status, 400);
    assert.match((await envelope(response)).error?.message ?? '', /country/);
  });
});
