import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent, checkGuideFile, MAX_PROBLEMS_PER_FILE, type ContentSources, type SourceFile } from './rules.ts';
import { formatProblem } from '../lib/problems.ts';

const FILE = 'content/skills/x.mdx';
const FIELDS = `title: X
description: A guide used by unit tests, long enough for the fifty character minimum.
category: security
updated: 2026-05-06
concepts:
  - { term: One, summary: First. }
  - { term: Two, summary: Second. }
  - { term: Three, summary: Third. }
faq:
  - { question: What is it?, answer: A test guide. }
`;
const guideText = (extra = '', fields = FIELDS) => `---\n${fields}${extra}---\n\n## What is X?\n\nBody.\n`;
const lines = (text: string, file = FILE) => checkGuideFile({ file, text }).problems.map(formatProblem);

const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(',')}]`),
].join('\n');

const hostileCases: { name: string; text: () => string; expected: string[] }[] = [
  {
    name: 'an alias expansion bomb ("billion laughs")',
    text: () => `---\n${ALIAS_BOMB}\n---\n`,
    expected: [`${FILE}:3:8: frontmatter: YAML aliases expand too much (a "billion laughs" pattern); write the values out instead of repeating *aliases`],
  },
  {
    name: '100,000 nested flow sequences',
    text: () => guideText(`x: ${'['.repeat(100_000)}\n`),
    expected: [`${FILE}:12:1: frontmatter: YAML is nested too deeply to read (more than 20 levels); guide fields need at most 3`],
  },
  {
    name: '100,000 nested flow mappings',
    text: () => guideText(`x: ${'{a: '.repeat(100_000)}\n`),
    expected: [`${FILE}:12:1: frontmatter: YAML is nested too deeply to read (more than 20 levels); guide fields need at most 3`],
  },
  {
    name: 'block mappings nested past the depth limit',
    text: () => guideText(`${Array.from({ length: 30 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n')} end\n`),
    expected: [`${FILE}:32:41: frontmatter: YAML is nested more than 20 levels deep; guide fields need at most 3`],
  },
  {
    name: 'a 10 MB frontmatter',
    text: () => guideText(`x: "${'a'.repeat(10 * 1024 * 1024)}"\n`),
    expected: [`${FILE}:1:1: frontmatter: frontmatter is 10.0 MB, over the 512 KB limit: long text belongs in the body`],
  },
  {
    name: 'binary data read as text',
    text: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe, 0x41]).toString('utf8'),
    expected: [`${FILE}:3:1: file: holds binary data (a NUL character here): a guide is a UTF-8 Markdown or MDX text file`],
  },
  {
    name: 'a NUL byte inside otherwise valid frontmatter',
    text: () => guideText('x: "a\u0000b"\n'),
    expected: [`${FILE}:12:6: file: holds binary data (a NUL character here): a guide is a UTF-8 Markdown or MDX text file`],
  },
  { name: 'an empty file', text: () => '', expected: [`${FILE}:1:1: frontmatter: file is empty: a guide starts with YAML frontmatter between --- lines`] },
  {
    name: 'a file with no frontmatter',
    text: () => '# X\n\nJust a body.\n',
    expected: [`${FILE}:1:1: frontmatter: missing frontmatter: a guide starts with a line "---", its YAML fields, then another "---"`],
  },
  {
    name: 'frontmatter that is never closed',
    text: () => `---\n${FIELDS}\n## What is X?\n`,
    expected: [`${FILE}:1:1: frontmatter: frontmatter is not closed: add a line "---" after the last field`],
  },
  {
    name: 'frontmatter that is a list instead of a mapping',
    text: () => '---\n- a\n- b\n---\n',
    expected: [`${FILE}:2:1: frontmatter: must be a YAML mapping of fields (title: …, description: …)`],
  },
];

for (const { name, text, expected } of hostileCases) {
  test(`reports ${name} as one located problem`, () => {
    assert.deepEqual(lines(text()), expected);
  });
}

test('__proto__ and constructor keys are reported as unknown and pollute nothing', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();
  const text = guideText('__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n', FIELDS.replace('  - { term: One,', '  - { __proto__: { polluted: true }, term: One,'));
  assert.deepEqual(lines(text), [
    `${FILE}:7:7: concepts.0.__proto__: unknown key`,
    `${FILE}:12:1: __proto__: unknown key`,
    `${FILE}:14:1: constructor: unknown key`,
  ]);
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.prototype.constructor, Object);
});

test('frontmatter tagged ---js is never evaluated', () => {
  const text = '---js\n{ title: (globalThis.evaluatedFrontmatter = true) }\n---\n';
  assert.deepEqual(lines(text), [`${FILE}:1:1: frontmatter: missing frontmatter: a guide starts with a line "---", its YAML fields, then another "---"`]);
  assert.equal((globalThis as Record<string, unknown>).evaluatedFrontmatter, undefined);
});

test('a duplicate key is reported at the repeat, and the rest of the file is still checked', () => {
  assert.deepEqual(lines(guideText('title: X again\nsummary: stray\n')), [
    `${FILE}:12:1: title: duplicate key (first defined on line 2); the last one would win`,
    `${FILE}:13:1: summary: unknown key`,
  ]);
});

test('a YAML syntax error reports its line', () => {
  assert.deepEqual(lines(guideText('relatedRoles: [backend-engineer\n')), [
    `${FILE}:12:32: frontmatter: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]`,
  ]);
});

test(`a file with more than ${MAX_PROBLEMS_PER_FILE} problems lists the first ${MAX_PROBLEMS_PER_FILE} and sums up the rest`, () => {
  const extra = Array.from({ length: 150 }, (_, index) => `k${index}: v\n`).join('');
  const actual = lines(guideText(extra));
  assert.equal(actual.length, MAX_PROBLEMS_PER_FILE + 1);
  assert.equal(actual[0], `${FILE}:12:1: k0: unknown key`);
  assert.equal(actual.at(-1), `${FILE}:112:1: file: and 50 more problems from here on (only the first ${MAX_PROBLEMS_PER_FILE} are listed)`);
});

test('body checks run even when the frontmatter is broken', () => {
  const text = '---\ntitle: [unclosed\n---\n\n# Title again\n';
  assert.deepEqual(lines(text), [
    `${FILE}:2:17: frontmatter: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    `${FILE}:5:1: body: a guide body must not contain an H1: the title is the page's only H1; start sections at ##`,
  ]);
});

const CATEGORIES: SourceFile = { file: 'content/categories.yaml', text: '- { id: security, name: Security, description: Identity and access for unit tests. }\n' };
const ROLES: SourceFile = { file: 'content/roles.yaml', text: '- { id: backend-engineer, name: Backend engineer, description: Builds APIs for unit tests. }\n' };
const guide = (slug: string, extra = '') => ({ file: `content/skills/${slug}.mdx`, text: guideText(extra) });
const root = (...guides: SourceFile[]): ContentSources => ({ guides, categories: CATEGORIES, roles: ROLES });

test('two files whose names differ only in case are both told about the clash', async () => {
  const report = await checkContent(root(guide('Alpha'), guide('alpha')));
  assert.deepEqual(report.problems.filter((problem) => problem.message.startsWith('maps to')).map(formatProblem), [
    'content/skills/Alpha.mdx:1:1: slug: maps to the same slug "alpha" as content/skills/alpha.mdx',
    'content/skills/alpha.mdx:1:1: slug: maps to the same slug "alpha" as content/skills/Alpha.mdx',
  ]);
});

test('with only some files selected, reports only theirs but checks them against the whole root', async () => {
  const sources = root(
    guide('alpha', 'relatedSkills: [beta, gamma]\n'),
    guide('beta', 'draft: true\ncategory2: broken\n'),
    guide('gamma', 'relatedSkills: [nope]\n'),
  );
  const report = await checkContent(sources, { only: new Set(['content/skills/alpha.mdx']) });
  assert.deepEqual(report.checkedFiles, ['content/skills/alpha.mdx']);
  assert.deepEqual(report.problems.map(formatProblem), []);

  const withDraft = root(guide('alpha', 'relatedSkills: [beta]\n'), guide('beta', 'draft: true\n'), guide('gamma', 'relatedSkills: [nope]\n'));
  assert.deepEqual((await checkContent(withDraft, { only: new Set(['content/skills/alpha.mdx']) })).problems.map(formatProblem), [
    'content/skills/alpha.mdx:12:17: relatedSkills.0: "beta" is a draft; a published guide cannot link to it',
  ]);
});

test('with only some files selected, problems of categories.yaml and roles.yaml are still reported', async () => {
  const broken = { ...root(guide('alpha')), roles: { file: 'content/roles.yaml', text: '- { id: Bad Id, name: Backend engineer, description: Builds APIs for unit tests. }\n' } };
  assert.deepEqual((await checkContent(broken, { only: new Set(['content/skills/alpha.mdx']) })).problems.map(formatProblem), [
    'content/roles.yaml:1:9: 0.id: must be lowercase letters, digits and single hyphens (e.g. "oauth-2")',
  ]);
});
