import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// Whatever the problem — a schema error (which Astro alone reports at file:0:0), a cross-file one,
// a broken categories.yaml — the build fails with the content check's located lines, as lint prints
// them, and writes nothing.
for (const [name, padding] of [['missing-field', 50], ['unknown-role', 0], ['duplicate-category-id', 0]] as const) {
  test(`content problems (fixture ${name}) fail the build with lint's located lines, before Astro's own errors`, () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-build-'));
    try {
      cpSync(path.join(FIXTURES, name), root, { recursive: true });
      const valid = readFileSync(path.join(FIXTURES, 'clean', 'skills', 'beta.mdx'), 'utf8');
      for (let i = 0; i < padding; i++) writeFileSync(path.join(root, 'skills', `zz-${i}.mdx`), valid.replace('title: Beta', `title: Beta ${i}`));
      const expected = lint(root).trim().split('\n');
      assert.ok(expected.length > 0 && expected.every((line) => line.startsWith(`${root}/skills/alpha.mdx:`) || line.startsWith(`${root}/categories.yaml:`)), expected.join('\n'));
      const result = build(root);
      assert.notEqual(result.status, 0);
      assert.ok(result.output.includes(`content problem${expected.length === 1 ? '' : 's'}:\n${expected.join('\n')}\n(run "npm run lint:content"`), result.output);
      assert.doesNotMatch(result.output, /Stack trace|    at |InvalidContentEntryDataError|does not match collection schema/);
      assert.equal(existsSync(path.join(result.outDir, 'index.html')), false);
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
