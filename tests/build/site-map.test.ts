import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContentRoot } from '../../src/check/read.ts';
import { listFiles, listHtmlFiles, toSitePath } from '../helpers/dist.ts';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';

// Links are checked against a site map the content check builds without rendering. These tests
// hold it to the real build of the shipped content: a page or id the map invents would let a broken
// link through, one it misses would raise a false alarm.
const siteMap = (await checkContentRoot(path.join(ROOT, 'content'))).siteMap!;
const pages = listHtmlFiles(SITE_DIST).map((file) => ({ sitePath: toSitePath(file), html: readFileSync(path.join(SITE_DIST, file), 'utf8') }));
const idsOf = (html: string) => [...html.matchAll(/<[a-z][^>]*?\sid="([^"]*)"/gi)].map((match) => match[1]!);

test('the site map lists exactly the pages and files the build writes from content', () => {
  // Not from content: bundled assets, the search index, public/, host configuration, the accent stylesheet, sitemap parts.
  const fromPublic = new Set(listFiles(path.join(ROOT, 'public')));
  const built = listFiles(SITE_DIST)
    .filter((file) => !/^(?:_astro|pagefind)\//.test(file) && !fromPublic.has(file) && !['_headers', 'theme.css'].includes(file) && !/^sitemap-\d+\.xml$/.test(file))
    .map(toSitePath)
    .sort();
  assert.deepEqual([...siteMap.pages.keys()].sort(), built);
});

test('each page of the site map holds exactly the ids its built page has', () => {
  const drift: string[] = [];
  for (const { sitePath, html } of pages) {
    const known = siteMap.pages.get(sitePath);
    assert.ok(known, `${sitePath}: the shipped guides all read cleanly, so their ids are known`);
    const built = new Set(idsOf(html));
    const invented = [...known].filter((id) => !built.has(id));
    const missed = [...built].filter((id) => !known.has(id));
    if (invented.length + missed.length > 0) drift.push(`${sitePath}: not built ${JSON.stringify(invented)}, not mapped ${JSON.stringify(missed)}`);
  }
  assert.deepEqual(drift, []);
});

test('no built page has an id twice', () => {
  for (const { sitePath, html } of pages) {
    const ids = idsOf(html);
    const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
    assert.deepEqual(twice, [], `${sitePath} repeats ids`);
  }
});
