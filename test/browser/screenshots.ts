// Screenshots of the main dashboard pages at 1366x768 into docs/screenshots: `npx tsx test/browser/screenshots.ts [name...]`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, startApp } from './support.ts';

const PAGES = [
  { name: 'overview', path: '/' },
  { name: 'article', path: '/articles/rafale-india' },
  { name: 'register', path: '/register' },
  { name: 'country', path: '/countries/IND' },
  { name: 'system', path: '/systems/Rafale' },
  { name: 'review', path: '/review' },
];

/** One decision first, so the review page shows a reviewer, a reviewed fact and the audit trail. */
async function reviewOneFact(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/review`);
  await page.fill('#reviewer-name', 'Ana Analyst');
  await page.click('form.reviewer-form button');
  await page.waitForURL(/\/review$/);
  const item = page.locator('.review-item[data-fact-id="egypt-rafale#0"]');
  await item.locator('summary').click();
  await item.locator('.correct-form input[name="quantity"]').fill('6');
  await item.locator('.correct-form input[name="note"]').fill('Ministry gives six');
  await item.locator('.correct-form button[type="submit"]').click();
  await page.waitForURL(/done=/);
}

const outDir = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
mkdirSync(outDir, { recursive: true });
const wanted = PAGES.filter((entry) => process.argv.length <= 2 || process.argv.includes(entry.name));
const app = await startApp({ reference: true });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  if (wanted.some((entry) => entry.name === 'review')) await reviewOneFact(page, app.url);
  for (const { name, path } of wanted) {
    await page.goto(app.url + path);
    await page.screenshot({ path: join(outDir, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await app.close();
}
