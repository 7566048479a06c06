import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from '../helpers/browser.ts';
import { SITE_DIST } from '../helpers/paths.ts';
import { parseHeadersFile } from '../../src/lib/security-headers.ts';

let headers: Record<string, string> = {};
// Serves dist/ with exactly the headers the build wrote for static hosts.
const suite = useBrowserSuite(() => (headers = parseHeadersFile(readFileSync(path.join(SITE_DIST, '_headers'), 'utf8'))['/*']!));
const { skip } = suite;

/** Opens a page and records every CSP violation and console error it produces. */
async function openWatched(pathname: string): Promise<{ page: Page; problems: string[] }> {
  const page = await suite.browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`${suite.server.url}${pathname}`);
  return { page, problems };
}

test('the _headers file sets a strict policy: no inline scripts beyond one hash, no inline styles, no objects, no framing', { skip }, () => {
  const csp = headers['Content-Security-Policy']!;
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
  assert.doesNotMatch(csp.split(';').find((part) => part.trim().startsWith('script-src'))!, /unsafe-inline/);
  assert.match(csp, /(^|; )style-src 'self'(;|$)/, 'no inline styles: code is coloured by class');
  for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) assert.ok(csp.includes(directive), directive);
  assert.equal(headers['X-Content-Type-Options'], 'nosniff');
  assert.ok(headers['Referrer-Policy']);
  assert.ok(headers['Permissions-Policy']);
});

for (const pathname of ['/', '/skills/iam/', '/categories/security/', '/roles/devops-engineer/', '/404.html']) {
  test(`${pathname} works under the Content-Security-Policy, header search included, with no violation`, { skip }, async () => {
    const { page, problems } = await openWatched(pathname);
    try {
      await page.keyboard.press('/');
      await page.keyboard.type('token');
      await page.waitForSelector('.header-search .search-hit');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}

test('the search page and its filters work under the Content-Security-Policy with no violation', { skip }, async () => {
  const { page, problems } = await openWatched('/search/?q=secrets');
  try {
    await page.waitForSelector('.search-page .search-hit');
    await page.check('input[name="difficulty"][value="hard"]');
    await page.waitForFunction(() => location.search.includes('difficulty=hard'));
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('the interview hub filters work under the Content-Security-Policy with no violation', { skip }, async () => {
  const { page, problems } = await openWatched('/interview-questions/?difficulty=easy');
  try {
    await page.waitForSelector('.hub-filters[data-ready]');
    assert.match(await page.textContent('.hub-status') ?? '', /^Showing \d+ of \d+ questions\.$/);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
