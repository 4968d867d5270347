import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { HOSTILE_TITLE } from './fixture.ts';
import { launchBrowser, type RunningApp, skipReason, startApp, textOf } from './support.ts';

const skip = skipReason();

/** Every page on which the hostile article's title, text or fact fields appear. */
const PAGES = [
  '/',
  '/search?q=hostile',
  '/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/articles/hostile',
  '/register',
  '/register?recipient=UKR',
  '/countries/UKR',
  '/countries/TUR?role=exporter',
  `/systems/${encodeURIComponent('<script>window.__pwned=7</script>TB2')}`,
  `/review?fact=${encodeURIComponent('hostile#0')}`,
  '/review',
];

describe('injection in articles, in Chromium', { skip: skip ?? false }, () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  before(async () => {
    app = await startApp({ hostile: true });
    browser = await launchBrowser();
    // The pages send a Content-Security-Policy; bypassing it here proves that escaping alone keeps scripts out.
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    page.setDefaultTimeout(5000);
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('runs no injected script on any page', async () => {
    for (const path of PAGES) {
      await page.goto(app.url + path);
      await page.waitForLoadState('load');
      // Give any injected handler (onerror, onload) its chance to run.
      await page.waitForTimeout(50);
      assert.equal(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), undefined, path);
      const scripts = await page
        .locator('script')
        .evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).src));
      assert.ok(
        scripts.every((src) => new URL(src).pathname.startsWith('/static/')),
        `${path}: ${scripts.join(', ')}`,
      );
      assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0, path);
      assert.equal(await page.locator('[onerror], [onload], [onclick]').count(), 0, path);
    }
    assert.deepEqual(dialogs, []);
  });

  it('sends a policy that forbids inline and foreign scripts', async () => {
    const response = await page.goto(`${app.url}/articles/hostile`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    assert.match(policy, /script-src 'self'/);
    assert.match(policy, /object-src 'none'/);
  });

  it('shows the hostile title and text literally', async () => {
    await page.goto(`${app.url}/articles/hostile`);
    assert.equal(await textOf(page.locator('h1')), HOSTILE_TITLE);
    assert.equal(await page.title(), `${HOSTILE_TITLE} · armswatch`);
    const text = await textOf(page.locator('.article-text'));
    assert.ok(text.includes('<script>window.__pwned = 2</script>'), text);
    assert.ok(text.includes('<a href="javascript:window.__pwned=4">click me</a>'), text);
    assert.equal(
      await page.locator('.article-text img, .article-text svg, .article-text a:not(.ev-ref)').count(),
      0,
    );
    // The evidence span that holds markup is still highlighted, as text.
    assert.match(await textOf(page.locator('mark#ev-0-0')), /^Turkey sold <svg onload=/);
    // A javascript: article URL is not made a link.
    assert.equal(await page.locator('.article-head a').count(), 0);
  });

  it('shows hostile fact fields literally in the register and review queue', async () => {
    await page.goto(`${app.url}/register?recipient=UKR`);
    assert.match(await textOf(page.locator('#register-table')), /<script>window.__pwned=7<\/script>TB2/);
    await page.goto(`${app.url}/review?fact=${encodeURIComponent('hostile#0')}`);
    assert.match(await textOf(page.locator('.evidence-quote')), /<svg onload="window.__pwned=5"><\/svg>/);
  });
});

if (skip) console.log(`# ${skip}`);
