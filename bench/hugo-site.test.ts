import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus } from './corpus.ts';
import { hugoSiteFiles, parsePagefindCliMs } from './hugo-site.ts';
import { convertCorpus } from './starlight-docs.ts';

test('the Hugo site carries the Starlight side\'s pages: one content file per guide, the index as home', () => {
  const corpus = generateCorpus({ count: 40, seed: 7 });
  const docs = convertCorpus(corpus);
  const files = hugoSiteFiles(docs);
  const byPath = new Map(files.map((file) => [file.path, file.text]));
  const guides = docs.filter((doc) => doc.path.startsWith('src/content/docs/skills/'));
  assert.ok(guides.some((doc) => doc.path.endsWith('.mdx')), 'the corpus has .mdx guides');
  for (const doc of guides) {
    const slug = /skills\/([^/]+)\.mdx?$/.exec(doc.path)![1];
    assert.equal(byPath.get(`content/skills/${slug}.md`), doc.text, `${slug}: same Markdown, as .md`);
  }
  assert.equal(files.filter((file) => file.path.startsWith('content/skills/')).length, guides.length);
  assert.equal(byPath.get('content/_index.md'), docs.find((doc) => doc.path === 'src/content/docs/index.md')!.text);
  assert.match(byPath.get('layouts/_default/single.html')!, /<main data-pagefind-body>[\s\S]*\{\{ \.Content \}\}/);
  assert.match(byPath.get('hugo.toml')!, /noClasses = false/);
});

test('reads Pagefind\'s own time from its command-line log', () => {
  assert.equal(parsePagefindCliMs('Indexed 1000 pages\n\nFinished in 6.714 seconds\n'), 6714);
  assert.equal(parsePagefindCliMs('\x1b[32mFinished in 0.5 seconds\x1b[0m'), 500);
  assert.equal(parsePagefindCliMs('Indexed 1000 pages'), undefined);
});
