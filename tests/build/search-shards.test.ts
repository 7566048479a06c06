import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { SITE_DIST, TEST_OUTPUT } from '../helpers/paths.ts';
import { openIndex, type IndexClient } from '../helpers/pagefind.ts';
import { listIndexedPages } from '../../src/integrations/pagefind.ts';

// The shipped site indexed in shards of three guides (four shards), as a large site is: searching
// it must give what searching the one-shard index of the same site gives.
const SHARDED = path.join(TEST_OUTPUT, 'site-sharded');
rmSync(SHARDED, { recursive: true, force: true });
const built = buildSite({ outDir: SHARDED, env: { SEARCH_SHARD_SIZE: '3' } });

let indexes: Promise<[IndexClient, IndexClient]> | undefined;
const open = () => (indexes ??= Promise.all([openIndex(SITE_DIST), openIndex(SHARDED)]));
after(async () => {
  if (indexes) for (const index of await indexes) await index.close();
});

test('a site indexed in shards lists them for the search UI to merge', () => {
  assert.equal(built.status, 0, built.output.slice(-3000));
  const guides = listIndexedPages(SHARDED).length;
  assert.ok(guides >= 10);
  assert.match(built.output, new RegExp(`indexed ${guides} pages in ${Math.ceil(guides / 3)} shards`));
  const shards = JSON.parse(readFileSync(path.join(SHARDED, 'pagefind', 'shards.json'), 'utf8'));
  assert.deepEqual(shards, Array.from({ length: Math.ceil(guides / 3) - 1 }, (_, index) => `/pagefind/shard-${index + 2}/`));
});

test('in shards, each guide still ranks first for its exact title, and "token lifecycle" finds the IAM guide', async () => {
  const [, sharded] = await open();
  for (const page of listIndexedPages(SHARDED)) {
    const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(path.join(SHARDED, page), 'utf8'))![1]!.replaceAll('&amp;', '&');
    const [first] = await sharded.search(title);
    assert.equal(first?.url, `/${page.replace(/index\.html$/, '')}`, title);
  }
  assert.ok((await sharded.search('token lifecycle')).some((hit) => hit.url === '/skills/iam/'));
});

test('in shards, searches find the same pages with the same sub-results, and filters count the same', async () => {
  const [whole, sharded] = await open();
  assert.deepEqual(await sharded.filters(), await whole.filters());
  for (const term of ['token', 'least privilege', 'rotation', 'pipeline', 'state lock', 'trace']) {
    const byUrl = (hits: Awaited<ReturnType<IndexClient['search']>>) => Object.fromEntries(hits.map((hit) => [hit.url, hit.subResults.map((sub) => sub.url)]));
    assert.deepEqual(byUrl(await sharded.search(term)), byUrl(await whole.search(term)), term);
  }
  const hard = await sharded.search(null, { difficulty: ['hard'] });
  assert.equal(hard.length, (await whole.search(null, { difficulty: ['hard'] })).length);
});
