import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSearchIndex } from './search-index.ts';

test('writes a Pagefind index of the built pages into site/pagefind/', async () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-index-'));
  try {
    mkdirSync(path.join(site, 'skills', 'jwt'), { recursive: true });
    writeFileSync(path.join(site, 'skills', 'jwt', 'index.html'), '<!doctype html><html lang="en"><head><title>JWT</title></head><body><nav>Menu</nav><article data-pagefind-body><h1>JSON Web Tokens</h1><p>Check the audience claim.</p></article></body></html>');
    assert.deepEqual(await writeSearchIndex(site), { pages: 1 });
    assert.equal(existsSync(path.join(site, 'pagefind', 'pagefind.js')), true);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('fails, rather than writing an empty index, when there is no page to index', async () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-index-'));
  try {
    await assert.rejects(writeSearchIndex(site), /Pagefind indexed no pages/);
    assert.equal(existsSync(path.join(site, 'pagefind')), false);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
