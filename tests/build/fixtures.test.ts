import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { ROOT, TEST_OUTPUT } from '../helpers/paths.ts';
import { listFiles, loadPage, readJsonLd, textOf } from '../helpers/dist.ts';
import { openIndex } from '../helpers/pagefind.ts';
import { load } from 'cheerio';
import { markdownToHtml } from 'satteri';

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'sites', 'basic');
const BASIC_DIST = path.join(TEST_OUTPUT, 'fixture-basic');

/** A throw-away copy of the basic fixture, changed by `edit`, for one failing-build case. */
function mutatedFixture(edit: (root: string) => void): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-fixture-'));
  cpSync(FIXTURE, root, { recursive: true });
  edit(root);
  return root;
}

function editFile(root: string, file: string, change: (text: string) => string): void {
  const target = path.join(root, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
}

const built = buildSite({ contentDir: FIXTURE, outDir: BASIC_DIST });

test('the basic fixture site builds without a warning, its MDX guide included', () => {
  assert.equal(built.status, 0, built.output.slice(-3000));
  // Astro's MDX modules made Rolldown warn once per MDX guide (withastro/astro#18087).
  assert.doesNotMatch(built.output, /\bWARN\b|MODULE_LEVEL_DIRECTIVE/);
});

test('a draft guide appears nowhere: no page, link, sitemap or feed entry, hub question, open-format file or search result', async () => {
  for (const file of listFiles(BASIC_DIST).filter((name) => /\.(html|xml|txt|md|json|tsv)$/.test(name))) {
    const text = readFileSync(path.join(BASIC_DIST, file), 'utf8');
    assert.doesNotMatch(text, /gamma|Draft question|Draftonlyword/i, file);
  }
  assert.equal(existsSync(path.join(BASIC_DIST, 'skills', 'gamma-draft')), false);
  assert.equal(existsSync(path.join(BASIC_DIST, 'skills', 'gamma-draft.md')), false);
  const llms = readFileSync(path.join(BASIC_DIST, 'llms.txt'), 'utf8');
  assert.deepEqual([...llms.matchAll(/\/skills\/([a-z0-9-]+)\.md\)/g)].map((match) => match[1]), ['alpha', 'beta'], 'llms.txt lists every published guide and no draft');
  const index = await openIndex(BASIC_DIST);
  try {
    assert.deepEqual(await index.search('Draftonlyword'), []);
    assert.deepEqual((await index.search('zanzibarquokka')).map((hit) => hit.url), ['/skills/alpha/']);
  } finally {
    await index.close();
  }
});

test('code blocks show on the page but stay out of the search index; the prose around them is searchable', async () => {
  const $ = loadPage(BASIC_DIST, '/skills/beta/');
  assert.match($('pre[data-pagefind-ignore]').text(), /wombatcodeonly/);
  assert.equal($('pre').not('[data-pagefind-ignore]').length, 0, 'every code block is marked');
  const index = await openIndex(BASIC_DIST);
  try {
    assert.deepEqual(await index.search('wombatcodeonly'), []);
    assert.deepEqual((await index.search('searchable')).map((hit) => hit.url), ['/skills/beta/']);
  } finally {
    await index.close();
  }
});

test('hostile text in frontmatter shows as text, and its JSON-LD parses back to the exact text', () => {
  const $ = loadPage(BASIC_DIST, '/skills/alpha/');
  assert.equal($('script').length, 2, 'only JSON-LD and the search bootstrap: no injected script element');
  assert.equal(textOf($, 'h1'), 'Alpha <b>bold</b> & "quoted"');
  assert.equal($('h1 b').length, 0);
  assert.equal(textOf($, '#faq-1 summary'), "</script><script>alert('faq')</script> Is this escaped?");
  assert.equal($('#faq-1 p').text(), 'Yes: <script>alert(2)</script> and U+2028 (\u2028) stay text & parse back.');
  assert.equal($('.concepts dt').first().text(), 'First <i>term</i>');
  const [graph] = readJsonLd($);
  const faq = graph['@graph'].find((node: any) => node['@type'] === 'FAQPage');
  assert.equal(faq.mainEntity[0].name, "</script><script>alert('faq')</script> Is this escaped?");
  assert.equal(faq.mainEntity[0].acceptedAnswer.text, 'Yes: <script>alert(2)</script> and U+2028 (\u2028) stay text & parse back.');
  const raw = readFileSync(path.join(BASIC_DIST, 'skills', 'alpha', 'index.html'), 'utf8');
  const jsonLd = raw.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!;
  assert.doesNotMatch(jsonLd, /[<>\u2028\u2029]/);
  assert.match(textOf($, '.guide-body pre'), /<script>alert\("in code"\)<\/script> <\/script>/);
});

test('placed sections render where the author put them, unplaced ones after the body in default order', () => {
  const $ = loadPage(BASIC_DIST, '/skills/alpha/');
  const order = $('.guide-body h2').toArray().map((h) => $(h).text());
  assert.deepEqual(order, ['What is Alpha?', 'Core concepts', 'Architecture', 'Interview questions', 'Learning resources', 'Example projects', 'FAQ', 'Related skills', 'Related roles']);
  const beta = loadPage(BASIC_DIST, '/skills/beta/');
  assert.deepEqual(beta('.guide-body h2').toArray().map((h) => beta(h).text()), ['What is Beta?', 'Core concepts', 'Interview questions', 'FAQ', 'Related skills']);
});

test('an .mdx guide compiles as MDX next to a .md guide, with the same page around them', () => {
  const beta = loadPage(BASIC_DIST, '/skills/beta/');
  assert.match(textOf(beta, '.guide-body'), /it checks 3 claims \(signature, issuer, audience\), so it compiles as MDX/);
  assert.doesNotMatch(beta.html(), /export const|checks\.length|<!--section:/);
  const alpha = loadPage(BASIC_DIST, '/skills/alpha/');
  assert.doesNotMatch(alpha.html(), /<!--section:|<CoreConcepts/);
});

test('an empty section shows an empty state or is left out, never an empty table', () => {
  const $ = loadPage(BASIC_DIST, '/skills/beta/');
  assert.equal(textOf($, 'section[aria-labelledby="interview-questions"] p.muted'), 'No interview questions for this skill yet.');
  assert.equal($('table').length, 0);
  assert.equal($('#example-projects').length, 0);
  assert.equal($('#related-roles').length, 0);
});

test('a category or role no published guide uses is shown nowhere: no page, no home entry, no sitemap or llms.txt line', () => {
  assert.equal(existsSync(path.join(BASIC_DIST, 'categories', 'empty-category')), false);
  assert.equal(existsSync(path.join(BASIC_DIST, 'roles', 'unused-role')), false);
  for (const file of listFiles(BASIC_DIST).filter((name) => /\.(html|xml|txt|json|md)$/.test(name))) {
    assert.doesNotMatch(readFileSync(path.join(BASIC_DIST, file), 'utf8'), /empty-category|Empty category|unused-role|Unused role/, file);
  }
  assert.deepEqual(loadPage(BASIC_DIST, '/')('#categories ~ section h3').toArray().map((h) => loadPage(BASIC_DIST, '/')(h).text()), ['Security']);
});

test('with a repository in site.yaml, each guide links to its file\'s editor and to a prefilled new issue: plain links, no script', () => {
  const $ = loadPage(BASIC_DIST, '/skills/alpha/');
  const links = $('.guide-actions a').toArray().map((a) => [$(a).text(), $(a).attr('href')!]);
  assert.deepEqual(links.map(([text]) => text), ['Edit this guide', 'Report a problem']);
  assert.equal(links[0]![1], 'https://github.com/example/fixture-guides/edit/trunk/tests/fixtures/sites/basic/skills/alpha.md');
  const report = new URL(links[1]![1]!);
  assert.equal(`${report.origin}${report.pathname}`, 'https://github.com/example/fixture-guides/issues/new');
  assert.equal(report.searchParams.get('title'), 'Problem in "Alpha <b>bold</b> & "quoted""');
  assert.match(report.searchParams.get('body')!, /^Page: https:\/\/fixture\.example\.org\/skills\/alpha\/\n/);
  assert.equal(loadPage(BASIC_DIST, '/skills/beta/')('.guide-actions a').first().attr('href'), 'https://github.com/example/fixture-guides/edit/trunk/tests/fixtures/sites/basic/skills/beta.mdx');
  assert.equal($('script[src]').length, 0);
});

test('site.yaml names the site, its URL and author, and its accent colour comes as a stylesheet', () => {
  const $ = loadPage(BASIC_DIST, '/skills/alpha/');
  assert.equal(textOf($, '.brand'), 'Fixture guides');
  assert.equal($('link[rel="canonical"]').attr('href'), 'https://fixture.example.org/skills/alpha/');
  const article = readJsonLd($)[0]['@graph'].find((node: any) => node['@type'] === 'TechArticle');
  assert.deepEqual(article.author, { '@type': 'Person', name: 'Ada Fixture', url: 'https://ada.example.org/' });
  assert.equal($('link[rel="stylesheet"][href="/theme.css"]').length, 1);
  assert.equal(readFileSync(path.join(BASIC_DIST, 'theme.css'), 'utf8'), ':root:root { --accent: light-dark(#8a2be2, #d8b4fe); }\n');
});

test('hostile text comes out safe in every open format: Markdown, JSON and the Anki file', () => {
  const twin = readFileSync(path.join(BASIC_DIST, 'skills', 'alpha.md'), 'utf8');
  const $ = load(markdownToHtml(twin.replace(/^---[\s\S]*?\n---\n/, '')).html);
  assert.equal($('script, b, i').length, 0, 'no element from frontmatter text');
  assert.equal($('h1').text(), 'Alpha <b>bold</b> & "quoted"');
  assert.ok($('h3').toArray().some((h) => $(h).text() === 'What does </script><script>alert(1)</script> do here?'));
  assert.ok($('h3').toArray().some((h) => $(h).text() === '=HYPERLINK("https://evil.example") looks like a formula?'));
  assert.match($('li').text(), /Why asked: Tabs\tand newlines must not split a field <\/script>\./);
  assert.match($.text(), /Yes: <script>alert\(2\)<\/script> and U\+2028/);
  // The code block in the body stays code.
  assert.match($('pre code').text(), /<script>alert\("in code"\)<\/script> <\/script>/);

  const questions = JSON.parse(readFileSync(path.join(BASIC_DIST, 'api', 'questions.json'), 'utf8')).questions;
  const formula = questions.find((question: any) => question.id === 'alpha/formula');
  assert.equal(formula.question, '=HYPERLINK("https://evil.example") looks like a formula?');
  assert.equal(formula.whyAsked, 'Tabs and newlines must not split a field </script>.');
  assert.equal(formula.strongAnswer, '@SUM(1) and -2 and +3 stay text; <b>raw</b> | pipes too.');

  const rows = readFileSync(path.join(BASIC_DIST, 'api', 'questions.tsv'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
  assert.equal(rows.length, 3, 'one line per question: no tab or newline split a note');
  for (const row of rows) {
    const fields = row.split('\t');
    assert.equal(fields.length, 4, row);
    for (const field of fields) assert.doesNotMatch(field, /^[=+\-@"]/, field);
  }
  const [, front, back] = rows.find((row) => row.startsWith('alpha/formula\t'))!.split('\t');
  assert.equal(front, '&#61;HYPERLINK(&quot;https://evil.example&quot;) looks like a formula?');
  assert.equal(load(front!).text(), '=HYPERLINK("https://evil.example") looks like a formula?');
  assert.equal(load(back!).root().find('script, b b').length, 0);
  assert.match(load(back!).text(), /<b>raw<\/b> \| pipes too\./);
  assert.equal(rows.filter((row) => row.includes('<script>')).length, 0);
});

test('an .mdx guide\'s Markdown twin has its expressions evaluated and no JSX left', () => {
  const twin = readFileSync(path.join(BASIC_DIST, 'skills', 'beta.md'), 'utf8');
  assert.match(twin, /it checks 3 claims \(signature, issuer, audience\), so it compiles as MDX/);
  assert.doesNotMatch(twin, /export const|checks\.length|<[A-Z][A-Za-z]+ *\/>|heading-link|Link to this section/);
  assert.deepEqual([...twin.matchAll(/^## (.+)$/gm)].map((match) => match[1]), ['What is Beta?', 'Core concepts', 'Interview questions', 'FAQ', 'Related skills']);
  assert.match(twin, /No interview questions for this skill yet\./);
  assert.match(twin, /```ts\nconst verified = await jwtVerify\(token, keys, \{ audience: 'wombatcodeonly' \}\);\n```/);
});

interface FailureCase {
  name: string;
  edit: (root: string) => void;
  expected: RegExp;
}

const failures: FailureCase[] = [
  {
    name: 'a missing required field',
    edit: (root) => editFile(root, 'skills/beta.mdx', (text) => text.replace(/^description: .*\n/m, '')),
    expected: /skills\/beta\.mdx:\d+:\d+: description: is required/,
  },
  {
    name: 'a field of the wrong type',
    edit: (root) => editFile(root, 'skills/beta.mdx', (text) => text.replace('title: Beta', 'title: [Beta]')),
    expected: /skills\/beta\.mdx:2:8: title: Invalid input: expected string, received array/,
  },
  {
    name: 'a date that is not a real calendar date',
    edit: (root) => editFile(root, 'skills/beta.mdx', (text) => text.replace('updated: 2026-05-06', 'updated: 2026-02-30')),
    expected: /skills\/beta\.mdx:5:10: updated: is not a real calendar date/,
  },
  {
    name: 'an unknown difficulty',
    edit: (root) => editFile(root, 'skills/alpha.md', (text) => text.replace('difficulty: easy', 'difficulty: trivial')),
    expected: /skills\/alpha\.md:\d+:\d+: interviewQuestions\.1\.difficulty: must be one of: easy, medium, hard/,
  },
  {
    name: 'an unknown key',
    edit: (root) => editFile(root, 'skills/beta.mdx', (text) => text.replace('category: security', 'category: security\nrelatedskills: [alpha]')),
    expected: /skills\/beta\.mdx:5:1: relatedskills: unknown key \(did you mean "relatedSkills"\?\)/,
  },
  {
    name: 'a related skill that does not exist',
    edit: (root) => editFile(root, 'skills/beta.mdx', (text) => text.replace('  - alpha', '  - nope')),
    expected: /skills\/beta\.mdx:\d+:\d+: relatedSkills\.0: no guide has the slug "nope"/,
  },
  {
    name: 'a related role that does not exist',
    edit: (root) => editFile(root, 'skills/alpha.md', (text) => text.replace('  - backend-engineer', '  - astronaut')),
    expected: /skills\/alpha\.md:\d+:\d+: relatedRoles\.0: unknown role "astronaut"/,
  },
  {
    name: 'an unknown category',
    edit: (root) => editFile(root, 'skills/beta.mdx', (text) => text.replace('category: security', 'category: cooking')),
    expected: /skills\/beta\.mdx:4:11: category: unknown category "cooking"/,
  },
  {
    name: 'a guide that lists itself',
    edit: (root) => editFile(root, 'skills/beta.mdx', (text) => text.replace('  - alpha', '  - beta')),
    expected: /skills\/beta\.mdx:\d+:\d+: relatedSkills\.0: a guide cannot list itself/,
  },
  {
    name: 'a published guide that links to a draft',
    edit: (root) => editFile(root, 'skills/beta.mdx', (text) => text.replace('  - alpha', '  - gamma-draft')),
    expected: /skills\/beta\.mdx:\d+:\d+: relatedSkills\.0: "gamma-draft" is a draft/,
  },
  {
    name: 'two files that map to the same slug',
    edit: (root) => cpSync(path.join(root, 'skills', 'beta.mdx'), path.join(root, 'skills', 'Beta.mdx')),
    expected: /skills\/(B|b)eta\.mdx:1:1: slug: maps to the same slug "beta"/,
  },
  {
    name: 'MDX that does not compile',
    edit: (root) => editFile(root, 'skills/beta.mdx', (text) => `${text}\nA stray {brace that never closes.\n`),
    expected: /skills\/beta\.mdx:34:9: body: MDX does not compile: Unexpected end of file in expression/,
  },
];

for (const failure of failures) {
  test(`the build fails, naming the file and field, on ${failure.name}`, () => {
    const root = mutatedFixture(failure.edit);
    const outDir = path.join(root, 'dist');
    try {
      const result = buildSite({ contentDir: root, outDir });
      assert.notEqual(result.status, 0, 'build must exit non-zero');
      assert.match(result.output, failure.expected);
      assert.equal(existsSync(path.join(outDir, 'pagefind')), false, 'no search index from a failed build');
      assert.equal(existsSync(path.join(outDir, 'sitemap-index.xml')), false, 'no sitemap from a failed build');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
}

test('two content roots with identical files build independently (no stale content cache)', () => {
  const copies = [mutatedFixture(() => {}), mutatedFixture(() => {})];
  try {
    for (const root of copies) {
      const result = buildSite({ contentDir: root, outDir: path.join(root, 'dist') });
      assert.equal(result.status, 0, result.output.slice(-2000));
      rmSync(path.join(root, 'skills'), { recursive: true, force: true });
    }
  } finally {
    for (const root of copies) rmSync(root, { recursive: true, force: true });
  }
});

test('CONTENT_DIR selects the content root: the fixture build has only the fixture guides', () => {
  assert.deepEqual(listFiles(path.join(BASIC_DIST, 'skills')), ['alpha.md', 'alpha/cheat-sheet/index.html', 'alpha/index.html', 'beta.md', 'beta/cheat-sheet/index.html', 'beta/index.html']);
});

/** Every file of a folder with its bytes, to compare a folder before and after. */
function snapshot(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((file) => [file, readFileSync(path.join(dir, file))]));
}

test('a failed build leaves the last good site exactly as it was, whether it fails on content or after every page is written', () => {
  const root = mutatedFixture(() => {});
  const outDir = path.join(root, 'dist');
  try {
    assert.equal(buildSite({ contentDir: root, outDir }).status, 0);
    const good = snapshot(outDir);
    assert.ok(good.size > 20);
    // A content problem: the build stops before it writes a page.
    editFile(root, 'skills/beta.mdx', (text) => text.replace('updated: 2026-05-06', 'updated: 2026-02-30'));
    const broken = buildSite({ contentDir: root, outDir });
    assert.notEqual(broken.status, 0);
    assert.deepEqual(snapshot(outDir), good);
    // A failure at the very end, once every page is written: the search index cannot be made.
    editFile(root, 'skills/beta.mdx', (text) => text.replace('updated: 2026-02-30', 'updated: 2026-05-07'));
    const late = buildSite({ contentDir: root, outDir, env: { SEARCH_SHARD_SIZE: 'none' } });
    assert.notEqual(late.status, 0);
    assert.match(late.output, /SEARCH_SHARD_SIZE must be a positive integer/);
    assert.match(late.output, /generating static routes/);
    assert.deepEqual(snapshot(outDir), good);
    // The next good build replaces it whole.
    assert.equal(buildSite({ contentDir: root, outDir }).status, 0);
    assert.match(readFileSync(path.join(outDir, 'rss.xml'), 'utf8'), /07 May 2026/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a guide saved with CRLF line ends and a byte-order mark builds the same pages as its LF twin', () => {
  const root = mutatedFixture((dir) => {
    for (const file of listFiles(dir)) writeFileSync(path.join(dir, file), `\uFEFF${readFileSync(path.join(dir, file), 'utf8').replace(/\n/g, '\r\n')}`);
  });
  try {
    const outDir = path.join(root, 'dist');
    const result = buildSite({ contentDir: root, outDir });
    assert.equal(result.status, 0, result.output.slice(-2000));
    const pages = listFiles(BASIC_DIST).filter((file) => file.endsWith('.html'));
    assert.deepEqual(listFiles(outDir).filter((file) => file.endsWith('.html')), pages);
    for (const page of pages) assert.equal(readFileSync(path.join(outDir, page), 'utf8'), readFileSync(path.join(BASIC_DIST, page), 'utf8'), page);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
