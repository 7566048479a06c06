import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveSlug, findScaffoldMarkers, renderScaffold, SCAFFOLD_MARKER } from './scaffold.ts';
import { checkGuideFile } from '../check/rules.ts';
import { formatProblem } from './problems.ts';

const SHIPPED_SKILLS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content/skills');
const scaffold = (title = 'Kubernetes') => renderScaffold({ title, category: 'platform', today: '2026-11-29' });

const slugCases: [string, string][] = [
  ['Kubernetes', 'kubernetes'],
  ['Café Déjà Vu', 'cafe-deja-vu'],
  ['C++', 'c-plus-plus'],
  ['C#', 'c-sharp'],
  ['R&D tooling', 'r-and-d-tooling'],
  ['Node.js', 'node-js'],
  ['OAuth 2.0', 'oauth-2-0'],
  ['  Straße über Øresund  ', 'strasse-uber-oresund'],
  ['Ｆｕｌｌｗｉｄｔｈ ＡＰＩ', 'fullwidth-api'],
  ['Łódź—Kraków', 'lodz-krakow'],
];
for (const [title, slug] of slugCases) {
  test(`derives the slug "${slug}" from the title "${title}"`, () => {
    assert.deepEqual(deriveSlug(title), { slug });
  });
}

test('refuses to derive a slug from letters with no ASCII spelling and asks for --slug', () => {
  assert.deepEqual(deriveSlug('日本語'), {
    error: 'cannot derive a slug from "日本語": 日, 本, 語 have no ASCII spelling; pass --slug with a transliteration in a-z, 0-9 and hyphens',
  });
});

test('refuses rather than silently dropping part of a mixed-script title', () => {
  assert.match((deriveSlug('Go 言語') as { error: string }).error, /言, 語 have no ASCII spelling/);
});

test('refuses a title with no letters or digits', () => {
  assert.match((deriveSlug('!!!') as { error: string }).error, /no letters or digits; pass --slug/);
});

test('a new scaffold is a draft that passes every check of a single guide', () => {
  const text = scaffold();
  assert.match(text, /^draft: true$/m);
  assert.match(text, /^updated: 2026-11-29$/m);
  assert.deepEqual(checkGuideFile({ file: 'content/skills/kubernetes.mdx', text }).problems, []);
});

test('the scaffold has the H2 sections and section placements of every shipped guide, in the same order', () => {
  const outline = (text: string) =>
    text
      .split('\n')
      .filter((line) => /^## |^<[A-Z][A-Za-z]* \/>$/.test(line))
      .map((line) => (line.startsWith('## What is ') ? '## What is …?' : line));
  const expected = outline(scaffold());
  assert.equal(expected.length, 19);
  const shipped = readdirSync(SHIPPED_SKILLS).filter((name) => /\.mdx?$/.test(name));
  assert.ok(shipped.length > 0);
  for (const name of shipped) assert.deepEqual(outline(readFileSync(path.join(SHIPPED_SKILLS, name), 'utf8')), expected, name);
});

test('a title with Markdown or MDX syntax is escaped in the heading and quoted in the frontmatter', () => {
  const text = scaffold('C++ <templates> {x} *y*');
  assert.match(text, /^title: "C\+\+ <templates> \{x\} \*y\*"$/m);
  assert.match(text, /^## What is C\+\+ \\<templates\\> \\\{x\\\} \\\*y\\\*\?$/m);
  assert.deepEqual(checkGuideFile({ file: 'content/skills/c-plus-plus.mdx', text }).problems, []);
});

test('a published scaffold is rejected once per placeholder, each at its line and field', () => {
  const text = scaffold().replace('draft: true\n', '');
  const problems = checkGuideFile({ file: 'content/skills/kubernetes.mdx', text }).problems;
  const markerLines = text.split('\n').flatMap((line, index) => (line.includes(SCAFFOLD_MARKER) ? [index + 1] : []));
  const markers = text.split(SCAFFOLD_MARKER).length - 1;
  assert.equal(problems.length, markers);
  assert.deepEqual([...new Set(problems.map((problem) => problem.line))], markerLines);
  assert.ok(problems.every((problem) => problem.message === `scaffold placeholder "${SCAFFOLD_MARKER}" in a published guide: write the real text, or keep "draft: true" until it is done`));
  assert.deepEqual(problems.slice(0, 3).map(formatProblem), [
    `content/skills/kubernetes.mdx:3:15: description: scaffold placeholder "${SCAFFOLD_MARKER}" in a published guide: write the real text, or keep "draft: true" until it is done`,
    `content/skills/kubernetes.mdx:8:12: concepts.0.term: scaffold placeholder "${SCAFFOLD_MARKER}" in a published guide: write the real text, or keep "draft: true" until it is done`,
    `content/skills/kubernetes.mdx:9:15: concepts.0.summary: scaffold placeholder "${SCAFFOLD_MARKER}" in a published guide: write the real text, or keep "draft: true" until it is done`,
  ]);
  assert.equal(problems.at(-1)!.field, 'body');
});

test('finds every marker with its 1-based line and column', () => {
  assert.deepEqual(findScaffoldMarkers(`a\n  ${SCAFFOLD_MARKER} and ${SCAFFOLD_MARKER}\n\n${SCAFFOLD_MARKER}`), [
    { offset: 4, line: 2, column: 3 },
    { offset: 23, line: 2, column: 22 },
    { offset: 39, line: 4, column: 1 },
  ]);
});
