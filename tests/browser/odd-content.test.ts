import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { useBrowserSuite } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { ROOT, TEST_OUTPUT } from '../helpers/paths.ts';

// A site whose guide title is one 48-character word (a phone cannot fit it on one line) and whose
// Beta guide has no interview questions: content a careless author writes, built for real.
const CONTENT = path.join(TEST_OUTPUT, 'odd-content', 'content');
const DIST = path.join(TEST_OUTPUT, 'odd-content', 'dist');
const LONG_WORD = 'Supercalifragilisticexpialidociousauthorizations';

const suite = useBrowserSuite(undefined, () => {
  cpSync(path.join(ROOT, 'tests', 'fixtures', 'sites', 'basic'), CONTENT, { recursive: true });
  const alpha = path.join(CONTENT, 'skills', 'alpha.md');
  writeFileSync(alpha, readFileSync(alpha, 'utf8').replace(/^title: .*$/m, `title: ${LONG_WORD}`));
  const build = buildSite({ contentDir: CONTENT, outDir: DIST });
  assert.equal(build.status, 0, build.output);
  return DIST;
});
const { skip } = suite;

test('a 48-character word in a title wraps on a 375 px phone: no page grows wider than the screen', { skip }, async () => {
  assert.equal(LONG_WORD.length, 48);
  for (const pathname of ['/skills/alpha/', '/', '/interview-questions/', '/categories/security/']) {
    const page = await suite.open(pathname, { width: 375 });
    assert.ok((await page.textContent('body'))?.includes(LONG_WORD), `${pathname} shows the title`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `${pathname} is ${width} px wide at 375 px`);
    await page.close();
  }
});

test('the hub filtered to a guide with no questions says so, and does not show every question instead', { skip }, async () => {
  const page = await suite.open('/interview-questions/?skill=beta');
  assert.equal(await page.inputValue('#hub-skill'), 'beta');
  assert.equal(await page.locator('.questions > li:visible').count(), 0);
  assert.match((await page.locator('.hub-status').textContent()) ?? '', /No questions match these filters/);
  await page.close();
});
