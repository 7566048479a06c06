import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus } from './corpus.ts';
import { checkContent } from '../src/check/rules.ts';
import { countWords } from '../src/lib/reading-time.ts';

const toSources = (corpus: ReturnType<typeof generateCorpus>) => {
  const byPath = new Map(corpus.files.map((file) => [file.path, file.text]));
  return {
    guides: corpus.files.filter((file) => file.path.startsWith('skills/')).map((file) => ({ file: file.path, text: file.text })),
    categories: { file: 'categories.yaml', text: byPath.get('categories.yaml')! },
    roles: { file: 'roles.yaml', text: byPath.get('roles.yaml')! },
  };
};

test('the same seed gives byte-identical files', () => {
  assert.deepEqual(generateCorpus({ count: 30, seed: 7 }), generateCorpus({ count: 30, seed: 7 }));
});

test('a different seed gives different guide text but the same slugs', () => {
  const a = generateCorpus({ count: 10, seed: 1 });
  const b = generateCorpus({ count: 10, seed: 2 });
  assert.deepEqual(a.slugs, b.slugs);
  assert.notEqual(a.files[2]!.text, b.files[2]!.text);
});

test('a larger corpus starts with the guides of a smaller one', () => {
  assert.deepEqual(generateCorpus({ count: 200 }).slugs.slice(0, 50), generateCorpus({ count: 50 }).slugs);
});

test('generated guides pass the project\'s own content checks, cross-file rules included', async () => {
  const report = await checkContent(toSources(generateCorpus({ count: 120, seed: 42 })));
  assert.deepEqual(report.problems, []);
  assert.equal(report.guides.length, 120);
});

test('slugs stay unique past the first topic-aspect round', () => {
  const { slugs } = generateCorpus({ count: 1400 });
  assert.equal(new Set(slugs).size, slugs.length);
});

test('guide bodies hold 2,500–3,000 words with tables, lists, code, internal links and placed sections', () => {
  const sources = toSources(generateCorpus({ count: 40 }));
  let placed = 0;
  for (const { text } of sources.guides) {
    const body = text.slice(text.indexOf('\n---\n', 4) + 5);
    const words = countWords(body);
    assert.ok(words >= 2500 && words <= 3000, `body has ${words} words`);
    assert.match(body, /^\| --- \| --- \| --- \|$/m);
    assert.match(body, /^- /m);
    assert.match(body, /^```[a-z]+$/m);
    assert.match(body, /\]\(\/skills\/[a-z0-9-]+\/\)/);
    if (body.includes('<CoreConcepts />')) placed++;
  }
  assert.ok(placed > 0 && placed < sources.guides.length, 'some guides place sections and some do not');
  const mdx = sources.guides.filter(({ text }) => /^export const /m.test(text) && /\{checks\.length\}/.test(text));
  assert.equal(mdx.length, 2, 'one guide in twenty really uses MDX');
});

test('a single-guide corpus has no related skills to resolve and still passes', async () => {
  assert.deepEqual((await checkContent(toSources(generateCorpus({ count: 1 })))).problems, []);
});

test('rejects a corpus size that is not a positive integer', () => {
  assert.throws(() => generateCorpus({ count: 0 }), /positive integer/);
});
