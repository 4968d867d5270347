// Screenshots of the main dashboard pages at 1366x768 into docs/screenshots: `npx tsx test/browser/screenshots.ts`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, startApp } from './support.ts';

const PAGES = [
  { name: 'overview', path: '/' },
  { name: 'article', path: '/articles/rafale-india' },
  { name: 'register', path: '/register' },
  { name: 'country', path: '/countries/IND' },
  { name: 'system', path: '/systems/Rafale' },
  { name: 'review', path: '/review' },
];

const outDir = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
mkdirSync(outDir, { recursive: true });
const app = await startApp({ reference: true });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  for (const { name, path } of PAGES.filter(
    (entry) => process.argv.length <= 2 || process.argv.includes(entry.name),
  )) {
    await page.goto(app.url + path);
    await page.screenshot({ path: join(outDir, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await app.close();
}
