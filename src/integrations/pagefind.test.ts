import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSearchIndex } from './pagefind.ts';

/** Runs `check` on a throw-away built site holding `pages` (site path → HTML), then deletes it. */
function withSite(pages: Record<string, string>, check: (site: string) => void): void {
  const site = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-index-'));
  try {
    for (const [page, html] of Object.entries(pages)) {
      mkdirSync(path.join(site, page), { recursive: true });
      writeFileSync(path.join(site, page, 'index.html'), html);
    }
    check(site);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

const article = (title: string) => `<!doctype html><html lang="en"><body><article data-pagefind-body><h1>${title}</h1><p>Page text.</p></article></body></html>`;

test('writes a Pagefind index of the built pages into site/pagefind/', () => {
  withSite({ 'skills/jwt': '<!doctype html><html lang="en"><head><title>JWT</title></head><body><nav>Menu</nav><article data-pagefind-body><h1>JSON Web Tokens</h1><p>Check the audience claim.</p></article></body></html>' }, (site) => {
    assert.deepEqual(writeSearchIndex(site), { pages: 1 });
    assert.equal(existsSync(path.join(site, 'pagefind', 'pagefind.js')), true);
  });
});

test('fails, rather than writing an empty index, when there is no page to index', () => {
  withSite({}, (site) => {
    assert.throws(() => writeSearchIndex(site), /Pagefind failed \(exit 1\):[\s\S]*not able to build an index/);
    assert.equal(existsSync(path.join(site, 'pagefind')), false);
  });
});

test('counts every indexed page, one page or many', () => {
  withSite({ 'skills/jwt': article('jwt'), 'skills/iam': article('iam'), 'skills/oauth-2': article('oauth-2') }, (site) => {
    assert.deepEqual(writeSearchIndex(site), { pages: 3 });
  });
});

test('reads guide pages only: another page with data-pagefind-body is not indexed', () => {
  withSite({ 'skills/jwt': article('jwt'), 'categories/security': article('Security'), 'interview-questions': article('Questions') }, (site) => {
    assert.deepEqual(writeSearchIndex(site), { pages: 1 });
  });
});

test('names the site when it does not exist', () => {
  assert.throws(() => writeSearchIndex(path.join(os.tmpdir(), 'skill-guides-no-such-site')), /no site to index: .*skill-guides-no-such-site does not exist/);
});
