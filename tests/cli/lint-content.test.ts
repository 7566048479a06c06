import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/paths.ts';

// The entry package.json's lint:content script runs.
const CLI = path.join(ROOT, 'bin', 'lint-content.mjs');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'lint');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `lint:content` as npm would (Node 24 from the devDependency when the tests run under npm). */
function lint(args: string[], contentDir?: string): Run {
  const env = { ...process.env };
  if (contentDir === undefined) delete env.CONTENT_DIR;
  else env.CONTENT_DIR = contentDir;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixture = (name: string) => path.posix.join('tests', 'fixtures', 'lint', name);
const outputLines = (run: Run) => run.stdout.split('\n').filter(Boolean);

/** A throw-away content root: a copy of a fixture folder, changed by `edit`. */
function tempRoot(from: string, edit: (root: string) => void = () => {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-lint-'));
  cpSync(path.join(FIXTURES, from), root, { recursive: true });
  edit(root);
  return root;
}

test('a clean content root prints nothing on stdout and exits 0', () => {
  const run = lint([], fixture('clean'));
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr, 'lint:content: no problems (3 guides checked)\n');
});

test('the shipped content passes lint', () => {
  const run = lint([]);
  assert.equal(run.status, 0, run.stdout + run.stderr);
});

/** Each fixture folder holds one kind of problem (many-problems: one file with many). */
const expectedByFixture: [string, string[]][] = [
  ['bad-file-name', [
    `skills/Alpha_Guide.mdx:1:1: slug: file name "Alpha_Guide" must be a lowercase slug: a-z, 0-9 and single hyphens, e.g. "oauth-2.mdx"`,
  ]],
  ['body-h1', [
    `skills/alpha.mdx:23:1: body: a guide body must not contain an H1: the title is the page's only H1; start sections at ##`,
  ]],
  ['description-too-short', [
    `skills/alpha.mdx:3:14: description: must be at least 50 characters`,
  ]],
  ['duplicate-category-id', [
    `categories.yaml:8:7: 2.id: duplicate id "security"`,
  ]],
  ['duplicate-faq-question', [
    `skills/alpha.mdx:21:15: faq.1.question: duplicate FAQ question (same as faq.0.question)`,
  ]],
  ['duplicate-question-id', [
    `skills/alpha.md:18:9: interviewQuestions.1.id: question id "fixture-exist" is already taken by interviewQuestions.0: give each question its own id. Readers' practice progress is kept under it, so changing an id later starts that question over for every reader`,
    `skills/alpha.md:23:15: interviewQuestions.2.question: question id "fixture-exist" is already taken by interviewQuestions.0 (derived from the question text): give each question its own id. Readers' practice progress is kept under it, so changing an id later starts that question over for every reader`,
  ]],
  ['duplicate-key', [
    `skills/alpha.mdx:21:1: title: duplicate key (first defined on line 2); the last one would win`,
  ]],
  ['empty-file', [
    `skills/alpha.mdx:1:1: frontmatter: file is empty: a guide starts with YAML frontmatter between --- lines`,
  ]],
  ['heading-takes-section-anchor', [
    `skills/alpha.mdx:27:1: body: heading "FAQ" takes the anchor #faq of a generated section; place the section with its component instead or rename the heading`,
  ]],
  ['hostile-alias-bomb', [
    `skills/alpha.mdx:3:8: frontmatter: YAML aliases expand too much (a "billion laughs" pattern); write the values out instead of repeating *aliases`,
  ]],
  ['hostile-proto-keys', [
    `skills/alpha.mdx:7:5: concepts.0.__proto__: unknown key`,
    `skills/alpha.mdx:22:1: __proto__: unknown key`,
    `skills/alpha.mdx:24:1: constructor: unknown key`,
  ]],
  ['invalid-date', [
    `skills/alpha.mdx:5:10: updated: is not a real calendar date`,
  ]],
  ['links-to-draft', [
    `skills/alpha.mdx:22:5: relatedSkills.0: "beta" is a draft; a published guide cannot link to it`,
  ]],
  ['many-problems', [
    `skills/many.mdx:2:8: title: must not start or end with whitespace`,
    `skills/many.mdx:3:14: description: must be at least 50 characters`,
    `skills/many.mdx:5:10: updated: is not a real calendar date`,
    `skills/many.mdx:6:8: draft: must be true or false`,
    `skills/many.mdx:7:1: concepts: must list at least 3 concepts`,
    `skills/many.mdx:9:14: concepts.0.summary: must not be blank`,
    `skills/many.mdx:10:5: concepts.0.extra: unknown key`,
    `skills/many.mdx:12:15: interviewQuestions.0.question: must be at least 5 characters`,
    `skills/many.mdx:14:19: interviewQuestions.0.strongAnswer: must not be empty`,
    `skills/many.mdx:15:17: interviewQuestions.0.difficulty: must be one of: easy, medium, hard`,
    `skills/many.mdx:16:6: faq: must list at least 1 question`,
    `skills/many.mdx:18:5: relatedSkills.0: must be lowercase letters, digits and single hyphens (e.g. "oauth-2")`,
    `skills/many.mdx:23:12: exampleProjects.0.level: must be one of: junior, mid, senior`,
    `skills/many.mdx:24:1: relatedskills: unknown key (did you mean "relatedSkills"?)`,
    `skills/many.mdx:27:1: body: a guide body must not contain an H1: the title is the page's only H1; start sections at ##`,
    `skills/many.mdx:29:1: body: scaffold placeholder "TODO(scaffold)" in a published guide: write the real text, or keep "draft: true" until it is done`,
    `skills/many.mdx:31:1: body: heading "Core concepts" takes the anchor #core-concepts of a generated section; place the section with its component instead or rename the heading`,
  ]],
  ['missing-field', [
    `skills/alpha.mdx:2:1: description: is required`,
  ]],
  ['missing-frontmatter', [
    `skills/alpha.mdx:1:1: frontmatter: missing frontmatter: a guide starts with a line "---", its YAML fields, then another "---"`,
  ]],
  ['missing-related-skill', [
    `skills/alpha.mdx:22:5: relatedSkills.0: no guide has the slug "nope" (expected a file content/skills/nope.md or .mdx)`,
  ]],
  ['related-skill-listed-twice', [
    `skills/alpha.mdx:23:5: relatedSkills.1: "beta" is listed twice`,
  ]],
  ['scaffold-placeholder', [
    `skills/alpha.mdx:25:1: body: scaffold placeholder "TODO(scaffold)" in a published guide: write the real text, or keep "draft: true" until it is done`,
  ]],
  ['self-reference', [
    `skills/alpha.mdx:22:5: relatedSkills.0: a guide cannot list itself as a related skill`,
  ]],
  ['title-too-long', [
    `skills/alpha.mdx:2:8: title: must be at most 80 characters`,
  ]],
  ['too-few-concepts', [
    `skills/alpha.mdx:6:1: concepts: must list at least 3 concepts`,
  ]],
  ['unclosed-frontmatter', [
    `skills/alpha.mdx:1:1: frontmatter: frontmatter is not closed: add a line "---" after the last field`,
  ]],
  ['unknown-category', [
    `skills/alpha.mdx:4:11: category: unknown category "cooking" (known: security, platform)`,
  ]],
  ['unknown-difficulty', [
    `skills/alpha.mdx:17:17: interviewQuestions.0.difficulty: must be one of: easy, medium, hard`,
  ]],
  ['unknown-key', [
    `skills/alpha.mdx:21:1: relatedskills: unknown key (did you mean "relatedSkills"?)`,
  ]],
  ['unknown-role', [
    `skills/alpha.mdx:22:5: relatedRoles.0: unknown role "astronaut" (known: backend-engineer)`,
  ]],
  ['wrong-type', [
    `skills/alpha.mdx:2:8: title: Invalid input: expected string, received array`,
  ]],
  ['yaml-syntax-error', [
    `skills/alpha.mdx:21:32: frontmatter: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]`,
  ]],
  ['duplicate-ids', [
    `skills/alpha.md:22:1: body: heading "FAQ" takes the anchor #faq of a generated section; place the section with its component instead or rename the heading`,
    `skills/alpha.md:25:1: body: heading "Core concepts" takes the anchor #core-concepts of a generated section; place the section with its component instead or rename the heading`,
    `skills/alpha.md:27:1: body: heading "Main" takes the id #main, which the page gives its layout; rename the heading`,
    `skills/alpha.md:29:1: body: heading "FAQ 1" takes the id #faq-1, which the page gives an FAQ item; rename the heading`,
    `skills/alpha.md:33:1: body: <CoreConcepts /> is placed twice: a generated section appears once`,
    `skills/alpha.md:35:11: body: <Faq /> must stand on a line of its own, with a blank line before and after it`,
  ]],
  ['script-in-body', [
    `skills/alpha.md:22:3: link: javascript:alert(1) would run script in the reader's browser; only web, mail and site links are allowed`,
    `skills/alpha.md:22:36: link: data:text/html,x would run script in the reader's browser; only web, mail and site links are allowed`,
    `skills/alpha.md:24:1: body: <script> in a guide would run or load content in readers' browsers: remove it`,
    `skills/alpha.md:26:1: body: raw HTML (<div>raw HTML</div>) is not allowed in a .md guide: write it in Markdown, or make the guide .mdx (an .mdx guide is code, and is reviewed as code)`,
    `skills/alpha.md:28:1: body: this comment is how the build marks a placed section: place sections with their component (<CoreConcepts />)`,
    `skills/gamma.mdx:21:1: body: the onload attribute would run script in readers' browsers: remove it`,
    `skills/gamma.mdx:23:1: link: href="javascript:alert(2)" would run script in the reader's browser; only web, mail and site links are allowed`,
    `skills/gamma.mdx:25:1: body: <script> in a guide would run or load content in readers' browsers: remove it`,
    `skills/gamma.mdx:27:1: body: <iframe> in a guide would run or load content in readers' browsers: remove it`,
  ]],
  ['block-in-inline-field', [
    `skills/alpha.md:15:13: faq.0.answer: is inline Markdown, where a heading (#) is not allowed: write text with \`code\`, *emphasis* and [links](/skills/…) only`,
    `skills/alpha.md:17:13: faq.1.answer: is inline Markdown, where a list is not allowed: write text with \`code\`, *emphasis* and [links](/skills/…) only`,
    `skills/alpha.md:19:13: faq.2.answer: is inline Markdown, where a code block is not allowed: write text with \`code\`, *emphasis* and [links](/skills/…) only`,
    `skills/alpha.md:21:13: faq.3.answer: images are not allowed in frontmatter text`,
    `skills/alpha.md:23:13: faq.4.answer: is inline Markdown, where a code block is not allowed: write text with \`code\`, *emphasis* and [links](/skills/…) only`,
  ]],
  ['invisible-text', [
    `skills/alpha.md:2:8: title: must hold visible characters: this holds only spaces or invisible characters`,
    `skills/alpha.md:9:11: concepts.1.term: must not hold a bidirectional control character (U+202E): it reorders the text around it`,
    `skills/alpha.md:14:15: faq.0.question: must not hold a bidirectional control character (U+2066): it reorders the text around it`,
  ]],
  ['near-duplicates', [
    `skills/alpha.md:18:15: faq.2.question: duplicate FAQ question (same as faq.1.question)`,
    `skills/beta.mdx:2:8: title: ${fixture('near-duplicates')}/skills/alpha.md has the same title: two pages would share one <title> and one name in every list`,
  ]],
  ['date-one-message', [
    `skills/alpha.md:5:10: updated: must be a date written YYYY-MM-DD`,
  ]],
  ['empty-categories-file', [
    `categories.yaml:1:1: categories: must list at least one entry`,
  ]],
  ['mdx-errors', [
    `skills/alpha.mdx:20:1: body: import "./no-such-component.astro" does not resolve to a file or an installed package`,
    `skills/alpha.mdx:21:1: body: import "no-such-package" does not resolve to a file or an installed package`,
    `skills/alpha.mdx:25:1: body: <Unknown> is not a generated section (<CoreConcepts />, <InterviewQuestions />, <ExampleProjects />, <Faq />, <RelatedSkills />, <RelatedRoles />) nor a component this guide imports`,
  ]],
  ['mdx-unclosed', [
    `skills/alpha.mdx:22:1: body: MDX does not compile: Expected a closing tag for \`<div>\` (22:1) (mdx-jsx:unexpected-character)`,
  ]],
  ['links', [
    `skills/alpha.md:8:86: link: /skills/nope/ is not a page of this site`,
    `skills/alpha.md:10:59: link: ../beta/: frontmatter text is shown on several pages, so its links must be site paths starting with / (e.g. /skills/alpha/)`,
    `skills/alpha.md:10:91: link: #faq: frontmatter text is shown on several pages, so its links must be site paths starting with / (e.g. /skills/alpha/#faq)`,
    `skills/alpha.md:14:28: link: /skills/gamma-draft/ is a draft guide, built nowhere; a published guide cannot link to it`,
    `skills/alpha.md:23:61: link: /interview-questions/?skill=beta: ?skill=beta matches nothing /interview-questions/ can show`,
    `skills/alpha.md:28:9: link: /skills/does-not-exist/ is not a page of this site`,
    `skills/alpha.md:28:53: link: /skills/beta/#no-such-heading: /skills/beta/ has no heading or element with the id #no-such-heading`,
    `skills/alpha.md:29:1: link: /skills/beta is not a page of this site (did you mean /skills/beta/?)`,
    `skills/alpha.md:29:36: link: ../nope/ is not a page of this site`,
    `skills/alpha.md:29:65: link: /skills/beta/#example-projects: /skills/beta/ has no heading or element with the id #example-projects`,
    `skills/alpha.md:30:1: link: /interview-questions/?level=hard: /interview-questions/ reads no ?level= query (it reads ?skill=, ?category=, ?difficulty=)`,
    `skills/alpha.md:30:55: link: /interview-questions/?difficulty=extreme: ?difficulty=extreme matches nothing /interview-questions/ can show`,
    `skills/alpha.md:31:1: link: /skills/gamma-draft/ is a draft guide, built nowhere; a published guide cannot link to it`,
    `skills/alpha.md:31:36: link: #nowhere: /skills/alpha/ has no heading or element with the id #nowhere`,
    `skills/alpha.md:31:69: link: /images/nope.png is not a file of this site (images come from public/)`,
    `skills/alpha.md:31:107: link: /skills/btea/#token-lifecylce is not a page of this site (did you mean /skills/beta/?)`,
    `skills/alpha.md:31:151: link: /skills/beta/#token-lifecylce: /skills/beta/ has no heading or element with the id #token-lifecylce (did you mean #token-lifecycle?)`,
    `skills/alpha.md:31:200: link: /roles/unused-role/ has no page: no published guide lists the role "unused-role", and an empty list is not built`,
    `skills/alpha.md:31:238: link: /categories/platform/ has no page: no published guide is in the category "platform", and an empty list is not built`,
  ]],
];

for (const [name, expected] of expectedByFixture) {
  test(`fixture ${name}: prints exactly its problems, located, sorted, and exits 1`, () => {
    const run = lint([], fixture(name));
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(outputLines(run), expected.map((line) => `${fixture(name)}/${line}`));
  });
}

test('--format json prints the same problems as objects, with the root and the number of guides checked', () => {
  const text = lint([], fixture('many-problems'));
  const json = lint(['--format', 'json'], fixture('many-problems'));
  assert.equal(json.status, 1);
  const report = JSON.parse(json.stdout) as { root: string; guides: number; problems: { file: string; line: number; column: number; field: string; message: string }[] };
  assert.equal(report.root, fixture('many-problems'));
  assert.equal(report.guides, 1);
  assert.deepEqual(Object.keys(report.problems[0]!), ['file', 'line', 'column', 'field', 'message']);
  assert.deepEqual(
    report.problems.map((problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.field}: ${problem.message}`),
    outputLines(text),
  );
  assert.deepEqual(JSON.parse(lint(['--format', 'json'], fixture('clean')).stdout), { root: fixture('clean'), guides: 3, problems: [] });
});

test('--format github prints one GitHub Actions error per problem, on its file, line and column, link problems included', () => {
  const text = outputLines(lint([], fixture('links')));
  const github = lint(['--format', 'github'], fixture('links'));
  assert.equal(github.status, 1);
  const lines = outputLines(github);
  assert.equal(lines.length, text.length);
  const unescape = (value: string) => value.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  lines.forEach((line, index) => {
    const match = /^::error file=([^,]+),line=(\d+),col=(\d+),title=([^:]+)::(.*)$/.exec(line);
    assert.ok(match, line);
    const [, file, row, column, title, message] = match;
    assert.equal(`${unescape(file!)}:${row}:${column}: ${unescape(title!)}: ${unescape(message!)}`, text[index]);
  });
  assert.ok(lines.includes('::error file=tests/fixtures/lint/links/skills/alpha.md,line=31,col=69,title=link::/images/nope.png is not a file of this site (images come from public/)'));
  assert.equal(outputLines(lint(['--format', 'github'], fixture('clean'))).length, 0);
});

test('with paths, only those guides are reported, checked against the whole content root', () => {
  // beta.mdx gets a problem of its own, which a run limited to alpha.mdx must not report.
  const root = tempRoot('links-to-draft', (dir) => writeFileSync(path.join(dir, 'skills', 'beta.mdx'), `${readFileSync(path.join(dir, 'skills', 'beta.mdx'), 'utf8')}\n# A second title\n`));
  try {
    const alpha = lint([path.join(root, 'skills', 'alpha.mdx')], root);
    assert.equal(alpha.status, 1);
    assert.deepEqual(outputLines(alpha), [`${root}/skills/alpha.mdx:22:5: relatedSkills.0: "beta" is a draft; a published guide cannot link to it`]);
    assert.equal(alpha.stderr, 'lint:content: 1 problem in 1 file (1 guide checked)\n');
    const all = lint([], root);
    assert.equal(outputLines(all).length, 2);
    const skills = lint([path.join(root, 'skills')], root);
    assert.deepEqual(skills.stdout, all.stdout);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('two guides whose file names differ only in case are both reported', () => {
  const root = tempRoot('clean', (dir) => cpSync(path.join(dir, 'skills', 'beta.mdx'), path.join(dir, 'skills', 'Beta.mdx')));
  try {
    const run = lint([], root);
    assert.equal(run.status, 1);
    assert.deepEqual(outputLines(run).filter((line) => line.includes('maps to')), [
      `${root}/skills/Beta.mdx:1:1: slug: maps to the same slug "beta" as ${root}/skills/beta.mdx`,
      `${root}/skills/beta.mdx:1:1: slug: maps to the same slug "beta" as ${root}/skills/Beta.mdx`,
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

const ALIAS_BOMB = readFileSync(path.join(FIXTURES, 'hostile-alias-bomb', 'skills', 'alpha.mdx'), 'utf8');
const VALID = readFileSync(path.join(FIXTURES, 'clean', 'skills', 'beta.mdx'), 'utf8');

test('hostile files each get one clear located problem in a single run that finishes', () => {
  const root = tempRoot('clean', (dir) => {
    const skill = (name: string, content: string | Buffer) => writeFileSync(path.join(dir, 'skills', `${name}.mdx`), content);
    skill('bomb', ALIAS_BOMB);
    skill('deep', VALID.replace('\n---\n', `\nx: ${'['.repeat(100_000)}\n---\n`));
    skill('huge', VALID.replace('\n---\n', `\nx: "${'a'.repeat(10 * 1024 * 1024)}"\n---\n`));
    skill('binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe]));
    skill('empty', '');
    skill('no-frontmatter', '## Just a body\n');
    skill('proto', VALID.replace('\n---\n', '\n__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\n---\n'));
  });
  try {
    const run = lint([], root);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(outputLines(run), [
      `${root}/skills/binary.mdx:1:1: file: is not UTF-8 text (another encoding, or binary data, from here on): save it as UTF-8`,
      `${root}/skills/bomb.mdx:3:8: frontmatter: YAML aliases expand too much (a "billion laughs" pattern); write the values out instead of repeating *aliases`,
      `${root}/skills/deep.mdx:23:1: frontmatter: YAML is nested too deeply to read (more than 20 levels); guide fields need at most 3`,
      `${root}/skills/empty.mdx:1:1: frontmatter: file is empty: a guide starts with YAML frontmatter between --- lines`,
      `${root}/skills/huge.mdx:1:1: frontmatter: frontmatter is 10.0 MB, over the 512 KB limit: long text belongs in the body`,
      `${root}/skills/no-frontmatter.mdx:1:1: frontmatter: missing frontmatter: a guide starts with a line "---", its YAML fields, then another "---"`,
      `${root}/skills/proto.mdx:23:1: __proto__: unknown key`,
      `${root}/skills/proto.mdx:24:1: constructor: unknown key`,
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a replacement character written as text is fine; a byte that is not UTF-8 is located, and only it is reported', () => {
  const body = (text: string) => `${VALID.trimEnd()}\n\n${text}\n`;
  const written = tempRoot('clean', (dir) => writeFileSync(path.join(dir, 'skills', 'beta.mdx'), body('A decoder shows \uFFFD for a byte it cannot read.')));
  const before = `${VALID.trimEnd()}\n\nCaf`;
  const latin1 = tempRoot('clean', (dir) => {
    writeFileSync(path.join(dir, 'skills', 'beta.mdx'), Buffer.concat([Buffer.from(before), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]));
    appendFileSync(path.join(dir, 'skills', 'alpha.mdx'), '\nSee [Beta](/skills/beta/) too.\n');
  });
  try {
    const clean = lint([], written);
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    const line = before.split('\n').length;
    const run = lint([], latin1);
    assert.equal(run.status, 1);
    // Only the unreadable file is reported: alpha's related skill and link still find a guide there.
    assert.deepEqual(outputLines(run), [`${latin1}/skills/beta.mdx:${line}:4: file: is not UTF-8 text (another encoding, or binary data, from here on): save it as UTF-8`]);
  } finally {
    rmSync(written, { recursive: true, force: true });
    rmSync(latin1, { recursive: true, force: true });
  }
});

test('--help prints the usage and exits 0', () => {
  const run = lint(['--help']);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^Usage: npm run lint:content/);
  assert.match(run.stdout, /Exit codes: 0 no problems, 1 problems found, 2 usage error/);
});

const usageErrors: [string, string[], string | undefined, RegExp][] = [
  ['an unknown option', ['--fix'], undefined, /Unknown option '--fix'/],
  ['an unknown format', ['--format', 'xml'], undefined, /--format must be one of text, json, github, got "xml"/],
  ['a path that does not exist', ['content/skills/nope.mdx'], undefined, /content\/skills\/nope\.mdx: no such file or folder/],
  ['a path outside the content root', ['README.md'], undefined, /README\.md: not a guide of the content root: guides are content\/skills\/\*\.md and \*\.mdx/],
  ['a content root that does not exist', [], 'tests/fixtures/lint/no-such-root', /content root tests\/fixtures\/lint\/no-such-root does not exist/],
];

for (const [kind, args, contentDir, message] of usageErrors) {
  test(`exits 2 on ${kind}`, () => {
    const run = lint(args, contentDir);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, message);
  });
}
