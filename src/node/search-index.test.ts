import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSearchIndex } from './search-index.ts';

test('writes a Pagefind index of the built pages into site/pagefind/', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-index-'));
  try {
    mkdirSync(path.join(site, 'skills', 'jwt'), { recursive: true });
    writeFileSync(path.join(site, 'skills', 'jwt', 'index.html'), '<!doctype html><html lang="en"><head><title>JWT</title></head><body><nav>Menu</nav><article data-pagefind-body><h1>JSON Web Tokens</h1><p>Check the audience claim.</p></article></body></html>');
    assert.deepEqual(writeSearchIndex(site), { pages: 1 });
    assert.equal(existsSync(path.join(site, 'pagefind', 'pagefind.js')), true);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('fails, rather than writing an empty index, when there is no page to index', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-index-'));
  try {
    assert.throws(() => writeSearchIndex(site), /Pagefind failed \(exit 1\):[\s\S]*not able to build an index/);
    assert.equal(existsSync(path.join(site, 'pagefind')), false);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('counts every indexed page, one page or many', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-index-'));
  try {
    for (const slug of ['jwt', 'iam', 'oauth-2']) {
      mkdirSync(path.join(site, 'skills', slug), { recursive: true });
      writeFileSync(path.join(site, 'skills', slug, 'index.html'), `<!doctype html><html lang="en"><body><article data-pagefind-body><h1>${slug}</h1><p>Guide text.</p></article></body></html>`);
    }
    assert.deepEqual(writeSearchIndex(site), { pages: 3 });
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('reads guide pages only: another page with data-pagefind-body is not indexed', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-index-'));
  try {
    for (const page of ['skills/jwt', 'categories/security', 'interview-questions']) {
      mkdirSync(path.join(site, page), { recursive: true });
      writeFileSync(path.join(site, page, 'index.html'), `<!doctype html><html lang="en"><body><article data-pagefind-body><h1>${page}</h1><p>Page text.</p></article></body></html>`);
    }
    assert.deepEqual(writeSearchIndex(site), { pages: 1 });
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('names the site when it does not exist', () => {
  assert.throws(() => writeSearchIndex(path.join(os.tmpdir(), 'skill-guides-no-such-site')), /no site to index: .*skill-guides-no-such-site does not exist/);
});
