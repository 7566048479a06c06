import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { browserUnavailable, launchBrowser, runAxe } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../../src/node/static-server.ts';
import { SITE_DIST } from '../helpers/paths.ts';

const skip = browserUnavailable();
let browser: Browser;
let server: StaticServer;

before(async () => {
  if (skip) return;
  server = await serveStatic(SITE_DIST);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every page type; `ready` waits for what the page shows after scripts run. */
const PAGES: { name: string; path: string; ready?: string }[] = [
  { name: 'home', path: '/' },
  { name: 'guide', path: '/skills/iam/' },
  { name: 'category', path: '/categories/security/' },
  { name: 'role', path: '/roles/backend-engineer/' },
  { name: 'interview hub', path: '/interview-questions/?difficulty=hard', ready: '.hub-filters[data-ready]' },
  { name: 'search with results', path: '/search/?q=token', ready: '.search-page .search-hit' },
  { name: '404', path: '/404.html' },
];

for (const { name, path, ready } of PAGES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test(`axe-core finds no violations on the ${name} page, ${colorScheme} scheme, ${width} px wide`, { skip }, async () => {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, reducedMotion: 'reduce' });
        try {
          await page.goto(`${server.url}${path}`);
          if (ready) await page.waitForSelector(ready);
          const violations = await runAxe(page);
          assert.deepEqual(violations, []);
        } finally {
          await page.close();
        }
      });
    }
  }
}

test('axe-core finds no violations in the open header search results, light and dark', { skip }, async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
    try {
      await page.goto(`${server.url}/skills/jwt/`);
      await page.click('#site-search');
      await page.keyboard.type('token');
      await page.waitForSelector('.header-search .search-hit');
      assert.deepEqual(await runAxe(page), []);
    } finally {
      await page.close();
    }
  }
});

test('a keyboard user can skip to the content, open the table of contents and an FAQ item', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  try {
    await page.goto(`${server.url}/skills/oauth-2/`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await page.focus('.toc summary');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => (document.querySelector('.toc') as HTMLDetailsElement).open), true);
    await page.focus('#faq-1 summary');
    await page.keyboard.press('Space');
    assert.equal(await page.evaluate(() => (document.querySelector('#faq-1') as HTMLDetailsElement).open), true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none', 'focused elements show a focus ring');
  } finally {
    await page.close();
  }
});
