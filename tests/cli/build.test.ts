import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/paths.ts';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'lint');

/** `CONTENT_DIR=<root> npm run build -- --outDir <root>/dist`: the build exactly as authors run it. */
function build(root: string): { status: number | null; output: string; outDir: string } {
  const outDir = path.join(root, 'dist');
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: root, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 5 * 60_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

function lint(root: string): string {
  return spawnSync(process.execPath, [path.join(ROOT, 'src', 'cli', 'lint-content.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: root }, encoding: 'utf8' }).stdout;
}

/** A throw-away copy of the clean lint fixture, changed by `edit`. */
function rootWith(edit: (root: string) => void): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-build-'));
  cpSync(path.join(FIXTURES, 'clean'), root, { recursive: true });
  edit(root);
  return root;
}

test('a hostile guide fails the build with the same located line as lint, and no stack trace', () => {
  const root = rootWith((dir) => cpSync(path.join(FIXTURES, 'hostile-alias-bomb', 'skills', 'alpha.mdx'), path.join(dir, 'skills', 'bomb.mdx')));
  try {
    const expected = `${root}/skills/bomb.mdx:3:8: frontmatter: YAML aliases expand too much (a "billion laughs" pattern); write the values out instead of repeating *aliases`;
    assert.equal(lint(root), `${expected}\n`);
    const result = build(root);
    assert.notEqual(result.status, 0);
    assert.ok(result.output.includes(`1 content problem:\n${expected}\n(run "npm run lint:content" to check content without building)`), result.output);
    assert.doesNotMatch(result.output, /Stack trace|    at /);
    assert.equal(existsSync(path.join(result.outDir, 'index.html')), false);
    assert.equal(existsSync(path.join(result.outDir, 'pagefind')), false, 'no search index after a failed build');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

// Whatever the problem, in frontmatter, body, links or another file, the build fails with exactly
// the lines lint prints for it, and writes nothing: lint and build run the same check.
const AGREEMENT: [fixture: string, padding: number][] = [
  ['missing-field', 50], ['unknown-role', 0], ['duplicate-category-id', 0], ['links', 0], ['mdx-errors', 0], ['mdx-unclosed', 0],
  ['script-in-body', 0], ['duplicate-ids', 0], ['block-in-inline-field', 0], ['invisible-text', 0], ['near-duplicates', 0], ['empty-categories-file', 0],
];
for (const [name, padding] of AGREEMENT) {
  test(`the build fails on fixture ${name} with exactly lint's located lines, and writes nothing`, () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-build-'));
    try {
      cpSync(path.join(FIXTURES, name), root, { recursive: true });
      const valid = readFileSync(path.join(FIXTURES, 'clean', 'skills', 'beta.mdx'), 'utf8');
      for (let i = 0; i < padding; i++) writeFileSync(path.join(root, 'skills', `zz-${i}.mdx`), valid.replace('title: Beta', `title: Beta ${i}`));
      const expected = lint(root).trim().split('\n');
      assert.ok(expected.length > 0 && expected.every((line) => line.startsWith(`${root}/`)), expected.join('\n'));
      const result = build(root);
      assert.notEqual(result.status, 0);
      assert.ok(result.output.includes(`content problem${expected.length === 1 ? '' : 's'}:\n${expected.join('\n')}\n(run "npm run lint:content"`), result.output);
      assert.doesNotMatch(result.output, /Stack trace|    at |InvalidContentEntryDataError|does not match collection schema/);
      assert.equal(existsSync(result.outDir), false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
}

test('a guide from `npm run new` builds, and as a draft it is published nowhere', () => {
  // Astro's content cache keeps an unchanged entry's old file path even when the file now lives in
  // another folder, so guides identical to an earlier run's (in a since-deleted temporary folder)
  // would fail to resolve: a per-run comment makes each guide new to the cache.
  const token = `run-${randomUUID()}`;
  const root = rootWith((dir) => {
    for (const name of readdirSync(path.join(dir, 'skills'))) appendFileSync(path.join(dir, 'skills', name), `\n{/* ${token} */}\n`);
  });
  try {
    const created = spawnSync(process.execPath, [path.join(ROOT, 'src', 'cli', 'new-guide.ts'), `Kubernetes ${token}`, '--category', 'platform', '--slug', 'kubernetes'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: root },
      encoding: 'utf8',
    });
    assert.equal(created.status, 0, created.stderr);
    const result = build(root);
    assert.equal(result.status, 0, result.output.slice(-3000));
    assert.equal(existsSync(path.join(result.outDir, 'skills', 'alpha', 'index.html')), true);
    assert.equal(existsSync(path.join(result.outDir, 'skills', 'kubernetes')), false);
    assert.doesNotMatch(readFileSync(path.join(result.outDir, 'sitemap-0.xml'), 'utf8'), /kubernetes/);
    // `npm run build -- --outDir DIR` writes the search index into DIR too.
    assert.equal(existsSync(path.join(result.outDir, 'pagefind', 'pagefind.js')), true);
    // The published guides alpha and beta; the draft guides are neither built nor indexed.
    assert.match(result.output, /\[skill-guides:pagefind\] indexed 2 pages in 1 shard in \d+ ms/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('lint and build see the same guides: editor litter is ignored, a linked guide counts, anything else in skills/ is a located problem', () => {
  const root = rootWith((dir) => {
    const skills = path.join(dir, 'skills');
    // Emacs's lock file is a dangling symbolic link; backups and OS files sit beside guides.
    symlinkSync('someone@host.4242:1764547200', path.join(skills, '.#alpha.mdx'));
    writeFileSync(path.join(skills, 'alpha.mdx~'), 'an editor backup');
    writeFileSync(path.join(skills, '#beta.mdx#'), 'an autosave');
    writeFileSync(path.join(skills, '.DS_Store'), Buffer.from([0, 0, 0, 1]));
    mkdirSync(path.join(dir, 'elsewhere'));
    writeFileSync(path.join(dir, 'elsewhere', 'linked.mdx'), readFileSync(path.join(skills, 'beta.mdx'), 'utf8').replace('title: Beta', 'title: Linked'));
    symlinkSync(path.join('..', 'elsewhere', 'linked.mdx'), path.join(skills, 'linked.mdx'));
  });
  try {
    const bad = ['upper.MDX', 'folder.md', 'notes.txt', 'broken.md'];
    writeFileSync(path.join(root, 'skills', 'upper.MDX'), 'x');
    mkdirSync(path.join(root, 'skills', 'folder.md'));
    writeFileSync(path.join(root, 'skills', 'notes.txt'), 'x');
    symlinkSync('nowhere.md', path.join(root, 'skills', 'broken.md'));
    const expected = [
      `${root}/skills/broken.md:1:1: file: is a symbolic link to nothing: remove it, or point it at a guide`,
      `${root}/skills/folder.md:1:1: file: is a folder: skills/ holds guide files only (one .md or .mdx file per guide)`,
      `${root}/skills/notes.txt:1:1: file: is not a guide: skills/ holds guides, .md or .mdx files (editor backups and lock files are ignored)`,
      `${root}/skills/upper.MDX:1:1: file: the extension must be lowercase: rename it to upper.mdx`,
    ];
    assert.deepEqual(lint(root).trim().split('\n'), expected);
    const failed = build(root);
    assert.notEqual(failed.status, 0);
    assert.ok(failed.output.includes(`4 content problems:\n${expected.join('\n')}\n`), failed.output);

    for (const name of bad) rmSync(path.join(root, 'skills', name), { recursive: true });
    assert.equal(lint(root), '');
    const result = build(root);
    assert.equal(result.status, 0, result.output.slice(-2000));
    assert.deepEqual(readdirSync(path.join(result.outDir, 'skills'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort(), ['alpha', 'beta', 'linked']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a content root that does not exist stops the build with the one message lint gives, not frontmatter lines', () => {
  const root = path.join(os.tmpdir(), `skill-guides-no-such-root-${process.pid}`);
  const result = build(root);
  assert.notEqual(result.status, 0);
  assert.match(result.output, new RegExp(`content root ${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} does not exist \\(set CONTENT_DIR, or run from the project folder\\)`));
  assert.doesNotMatch(result.output, /frontmatter:|    at /);
  assert.ok(!existsSync(result.outDir));
});
