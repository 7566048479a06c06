import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAxe, useBrowserSuite } from '../helpers/browser.ts';

const suite = useBrowserSuite();
const { skip } = suite;

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
        const page = await suite.open(path, { width, colorScheme });
        try {
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
    const page = await suite.open('/skills/jwt/', { colorScheme });
    try {
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
  const page = await suite.open('/skills/oauth-2/', { width: 375 });
  try {
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
