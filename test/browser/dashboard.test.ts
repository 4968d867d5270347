import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, type RunningApp, skipReason, startApp, textOf } from './support.ts';

const skip = skipReason();

describe('dashboard in Chromium', { skip: skip ?? false }, () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    app = await startApp({ reference: true });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    page.setDefaultTimeout(5000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('serves every page without a script error', async () => {
    const paths = [
      '/',
      '/search?q=Rafale',
      '/articles/rafale-india',
      '/register',
      '/register?kind=production',
      '/register?kind=share',
      '/countries/IND',
      '/countries/FRA?role=exporter',
      '/systems/Rafale',
      '/review',
    ];
    for (const path of paths) {
      const response = await page.goto(app.url + path);
      assert.equal(response?.status(), 200, path);
      assert.ok((await page.locator('h1').count()) === 1, `${path} has one heading`);
    }
    assert.deepEqual(pageErrors, []);
  });

  it('finds articles by full-text search from the overview', async () => {
    await page.goto(`${app.url}/`);
    await page.fill('#q', 'Meteor missiles');
    await page.click('form.search button');
    await page.waitForURL(/\/search\?q=Meteor/);
    assert.equal(await page.locator('ul.articles li').count(), 1);
    assert.match(await textOf(page.locator('ul.articles li a')), /India signs for 36 Rafale fighters/);
  });

  it('highlights each fact’s evidence, nested spans included, and links fact and evidence both ways', async () => {
    await page.goto(`${app.url}/articles/rafale-india`);
    const first = page.locator('mark#ev-0-0');
    assert.equal(await textOf(first), 'The Indian Air Force has signed for ');
    // The production fact's span lies inside the first transfer's span: that stretch is marked for both.
    const nested = page.locator('mark#ev-2-0');
    assert.equal(await nested.getAttribute('data-facts'), '0 2');
    assert.equal(await textOf(nested), '36 Rafale fighters built by Dassault');
    assert.equal(await page.locator('mark[data-facts~="0"]').count(), 3);
    await page.click('#fact-1 a[href="#ev-1-0"]');
    assert.ok(page.url().endsWith('#ev-1-0'));
    assert.equal(
      await textOf(page.locator('mark:target')),
      'Delhi also ordered Meteor missiles for the fleet',
    );
    await page.click('a.ev-ref[href="#fact-3"]');
    assert.equal(await page.locator('.fact-card:target').getAttribute('id'), 'fact-3');
    await page.hover('#fact-0');
    assert.equal(await page.locator('mark.ev.active').count(), 3);
  });

  it('filters and sorts the register', async () => {
    await page.goto(`${app.url}/register`);
    assert.equal(await page.locator('#register-table tbody tr').count(), 5);
    await page.fill('input[name="supplier"]', 'rus');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/supplier=rus/);
    const suppliers = await page.locator('#register-table tbody tr td:first-child').allTextContents();
    assert.deepEqual(
      suppliers.map((cell) => cell.split(' ')[0]),
      ['Russia', 'Russia'],
    );
    await page.click('#register-table th a:has-text("System")');
    const systems = await page.locator('#register-table tbody tr td:nth-child(3)').allTextContents();
    assert.deepEqual(
      systems.map((system) => system.toLowerCase()),
      ['tor-m2km', 'su-30sm'],
    );
    await page.goto(`${app.url}/register?system=rafale&category=aircraft`);
    assert.equal(await page.locator('#register-table tbody tr').count(), 2);
  });

  it('keeps both suppliers where two articles disagree, and flags the row', async () => {
    await page.goto(`${app.url}/register?recipient=ARM&system=Tor-M2KM`);
    const row = await textOf(page.locator('#register-table tbody tr'));
    assert.match(row, /Russia disputed: also Belarus \(1\)/);
    assert.match(row, /delivered 2019: 2/);
    assert.match(row, /supplier/);
    await page.goto(`${app.url}/register`);
    await page.selectOption('select[name="conflict"]', 'disputed');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/conflict=disputed/);
    assert.equal(await page.locator('#register-table tbody tr').count(), 1);
  });

  it('downloads the filtered register as CSV', async () => {
    await page.goto(`${app.url}/register?supplier=FRA`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv-link')]);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.trim().split('\n');
    assert.equal(lines.length, 1 + 3, csv);
    assert.ok(
      lines.slice(1).every((line) => line.includes('FRA')),
      csv,
    );
    assert.match(download.suggestedFilename(), /\.csv$/);
  });

  it('records a correction in the audit trail and shows it in the register', async () => {
    await page.goto(`${app.url}/review?fact=${encodeURIComponent('rafale-india#0')}`);
    await page.fill('#reviewer-name', 'Ana Analyst');
    await page.click('form.reviewer-form button');
    await page.waitForURL(/\/review$/);
    await page.goto(`${app.url}/review?fact=${encodeURIComponent('rafale-india#0')}`);
    const item = page.locator('.review-item').first();
    await item.locator('summary').click();
    await item.locator('.correct-form input[name="quantity"]').fill('30');
    await item.locator('.correct-form input[name="note"]').fill('Ministry figure');
    await item.locator('.correct-form button[type="submit"]').click();
    await page.waitForURL(/done=/);
    assert.match(await textOf(page.locator('#review-notice')), /correct recorded for Ana Analyst/);
    const trail = await textOf(page.locator('#audit-trail tbody tr').first());
    assert.match(trail, /Ana Analyst/);
    assert.match(trail, /quantity: 36/);
    assert.match(trail, /quantity: 30/);
    await page.goto(`${app.url}/register?recipient=IND&system=Rafale`);
    assert.match(await textOf(page.locator('#register-table tbody')), /ordered 2020: 30/);
    await page.goto(`${app.url}/articles/rafale-india`);
    assert.match(await textOf(page.locator('#fact-0 .review-note')), /Corrected by Ana Analyst/);
    assert.match(await textOf(page.locator('.register-links')), /France → India · Rafale · ordered/);
  });

  it('rejects a fact and drops it from the register', async () => {
    await page.goto(`${app.url}/review`);
    const item = page.locator('.review-item[data-fact-id="rafale-india#1"]');
    await item.locator('button:has-text("Reject")').click();
    await page.waitForURL(/done=/);
    await page.goto(`${app.url}/register?system=Meteor`);
    assert.match(await textOf(page.locator('main')), /No rows match/);
  });

  it('draws the country charts and map with text alternatives', async () => {
    await page.goto(`${app.url}/countries/ARM`);
    assert.equal(
      await textOf(page.locator('svg.chart[role="img"] title').first()),
      "Shares of Armenia's suppliers by window",
    );
    assert.ok((await page.locator('svg.map path.land').count()) > 100);
    assert.equal(await page.locator('svg.map path.focus').count(), 1);
    assert.match(await page.locator('svg.map').innerHTML(), /Russia \(200 TIV\)/);
    // Shares come from the reference's TIV: Russia 200 and Belarus 200 in 2019.
    const main = await textOf(page.locator('main'));
    assert.match(main, /SIPRI TIV/);
    assert.match(main, /2019–2023[\s\S]*Belarus[\s\S]*50\.0%[\s\S]*Russia[\s\S]*50\.0%/);
  });

  it('shows where the news contradicts the reference', async () => {
    await page.goto(`${app.url}/countries/ARM`);
    const row = await textOf(page.locator('#comparison tbody tr').first());
    assert.match(row, /contradicted: supplier/);
    assert.match(row, /supplier Russia/);
    assert.match(row, /supplier Belarus/);
    await page.goto(`${app.url}/countries/IND`);
    assert.match(
      await textOf(page.locator('#comparison')),
      /contradicted: order year[\s\S]*order year 2020[\s\S]*order year 2019/,
    );
  });
});

if (skip) console.log(`# ${skip}`);
