import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getIndexJobs, getShardSize, planShards, writeSearchIndex } from './pagefind.ts';

/** Runs `check` on a throw-away built site holding `pages` (site path → HTML), then deletes it. */
async function withSite(pages: Record<string, string>, check: (site: string) => void | Promise<void>): Promise<void> {
  const site = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-index-'));
  try {
    for (const [page, html] of Object.entries(pages)) {
      mkdirSync(path.join(site, page), { recursive: true });
      writeFileSync(path.join(site, page, 'index.html'), html);
    }
    await check(site);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

const article = (title: string) => `<!doctype html><html lang="en"><body><nav>Menu</nav><article data-pagefind-body><h1>${title}</h1><p>Page text.</p></article></body></html>`;
const manifest = (site: string) => JSON.parse(readFileSync(path.join(site, 'pagefind', 'shards.json'), 'utf8'));

test('writes one Pagefind index of the guide pages into site/pagefind/, with an empty shard list', async () => {
  await withSite({ 'skills/jwt': article('JSON Web Tokens') }, async (site) => {
    assert.deepEqual(await writeSearchIndex(site, 500), { pages: 1, shards: 1, jobs: 1 });
    assert.equal(existsSync(path.join(site, 'pagefind', 'pagefind.js')), true);
    assert.deepEqual(manifest(site), []);
  });
});

test('reads guide pages only: another page with data-pagefind-body is not indexed', async () => {
  await withSite({ 'skills/jwt': article('jwt'), 'categories/security': article('Security'), 'interview-questions': article('Questions') }, async (site) => {
    assert.deepEqual(await writeSearchIndex(site, 500), { pages: 1, shards: 1, jobs: 1 });
  });
});

test('indexes a larger site in shards of the given size, each a Pagefind bundle, listed for the search UI', async () => {
  const pages = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((slug) => [`skills/${slug}`, article(slug)]));
  await withSite(pages, async (site) => {
    assert.deepEqual(await writeSearchIndex(site, 2), { pages: 5, shards: 3, jobs: 1 });
    assert.deepEqual(manifest(site), ['/pagefind/shard-2/', '/pagefind/shard-3/']);
    for (const dir of ['pagefind', 'pagefind/shard-2', 'pagefind/shard-3']) assert.equal(existsSync(path.join(site, dir, 'pagefind.js')), true, dir);
  });
});

test('fails, naming the shard, when Pagefind indexes fewer pages than the shard holds', async () => {
  await withSite({ 'skills/jwt': article('jwt'), 'skills/iam': '<!doctype html><html lang="en"><body><p>No article.</p></body></html>' }, async (site) => {
    await assert.rejects(() => writeSearchIndex(site, 500), /Pagefind indexed 1 of the 2 pages of search shard 1: is data-pagefind-body missing/);
  });
});

test('fails when there is no guide page, or no site, to index', async () => {
  await withSite({}, (site) => assert.rejects(() => writeSearchIndex(site, 500), /no guide page to index/));
  await assert.rejects(() => writeSearchIndex(path.join(os.tmpdir(), 'skill-guides-no-such-site'), 500), /no site to index: .*skill-guides-no-such-site does not exist/);
});

test('planShards splits pages in order into groups of at most the size', () => {
  assert.deepEqual(planShards(['a', 'b', 'c'], 2), [['a', 'b'], ['c']]);
  assert.deepEqual(planShards(['a', 'b'], 2), [['a', 'b']]);
  assert.deepEqual(planShards([], 2), []);
});

test('SEARCH_SHARD_SIZE sets the shard size; anything but a positive integer is refused', () => {
  assert.equal(getShardSize({}), 500);
  assert.equal(getShardSize({ SEARCH_SHARD_SIZE: '3' }), 3);
  for (const bad of ['0', '-1', '2.5', 'many']) assert.throws(() => getShardSize({ SEARCH_SHARD_SIZE: bad }), /SEARCH_SHARD_SIZE must be a positive integer/);
});

test('shards indexed two or three at a time are byte for byte the shards indexed one after another', async () => {
  const pages = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((slug) => [`skills/${slug}`, article(`Guide ${slug}`)]));
  const files = (site: string) => {
    const dir = path.join(site, 'pagefind');
    return new Map(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(dir, file), readFileSync(file).toString('base64')];
    }));
  };
  let alone: Map<string, string> | undefined;
  for (const jobs of [1, 2, 3]) {
    await withSite(pages, async (site) => {
      assert.deepEqual(await writeSearchIndex(site, 2, jobs), { pages: 7, shards: 4, jobs });
      const written = files(site);
      alone ??= written;
      assert.deepEqual(written, alone, `${jobs} at a time`);
    });
  }
});

test('SEARCH_INDEX_JOBS sets how many shards are indexed at once; by default one', () => {
  assert.equal(getIndexJobs({ SEARCH_INDEX_JOBS: '3' }), 3);
  assert.equal(getIndexJobs({}), 1);
  assert.throws(() => getIndexJobs({ SEARCH_INDEX_JOBS: '0' }), /SEARCH_INDEX_JOBS must be a positive integer, got "0"/);
});
