import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/paths.ts';

const NEW = path.join(ROOT, 'src', 'cli', 'new-guide.ts');
const LINT = path.join(ROOT, 'src', 'cli', 'lint-content.ts');
const CLEAN = path.join(ROOT, 'tests', 'fixtures', 'lint', 'clean');

function run(cli: string, args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `fn` on a throw-away copy of the clean lint fixture. */
function withRoot(fn: (root: string) => void): void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-new-'));
  cpSync(CLEAN, root, { recursive: true });
  try {
    fn(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const localDate = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

test('new writes a dated draft that lint accepts; published with its placeholders, lint rejects each one', () => {
  withRoot((root) => {
    const before = localDate(new Date());
    const created = run(NEW, ['Kubernetes Operators', '--category', 'platform'], root);
    const after = localDate(new Date());
    assert.equal(created.status, 0, created.stderr);
    const file = path.join(root, 'skills', 'kubernetes-operators.md');
    assert.equal(created.stdout.split('\n')[0], `Created ${file} (draft: true).`);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^title: "Kubernetes Operators"$/m);
    assert.match(text, /^category: platform$/m);
    assert.ok([before, after].includes(/^updated: (.+)$/m.exec(text)![1]!), 'updated is today');
    assert.match(text, /^draft: true$/m);

    const lint = run(LINT, [], root);
    assert.equal(lint.status, 0, lint.stdout + lint.stderr);

    writeFileSync(file, text.replace('draft: true\n', ''));
    const published = run(LINT, [file], root);
    assert.equal(published.status, 1);
    const markerLines = readFileSync(file, 'utf8').split('\n').flatMap((line, index) => (line.includes('TODO(scaffold)') ? [index + 1] : []));
    const reported = published.stdout.split('\n').filter(Boolean);
    assert.ok(reported.every((line) => line.startsWith(`${file}:`) && line.endsWith(': scaffold placeholder "TODO(scaffold)" in a published guide: write the real text, or keep "draft: true" until it is done')));
    assert.deepEqual([...new Set(reported.map((line) => Number(line.split(':')[1])))], markerLines);
  });
});

test('new derives a unicode-safe slug from the title', () => {
  withRoot((root) => {
    assert.equal(run(NEW, ['Café Déjà Vu', '--category', 'security'], root).status, 0);
    assert.equal(run(NEW, ['C++', '--category', 'security'], root).status, 0);
    assert.deepEqual(readdirSync(path.join(root, 'skills')).sort(), ['alpha.mdx', 'beta.mdx', 'c-plus-plus.md', 'cafe-deja-vu.md', 'gamma-draft.mdx']);
  });
});

test('new --mdx writes an .mdx guide that lint accepts', () => {
  withRoot((root) => {
    const created = run(NEW, ['Kubernetes', '--category', 'platform', '--mdx'], root);
    assert.equal(created.status, 0, created.stderr);
    assert.equal(existsSync(path.join(root, 'skills', 'kubernetes.mdx')), true);
    assert.equal(run(LINT, [], root).status, 0);
    assert.equal(run(NEW, ['Kubernetes', '--category', 'platform'], root).status, 1, 'kubernetes.md would be the same page');
  });
});

test('new asks for --slug when the title has no ASCII spelling, and accepts one', () => {
  withRoot((root) => {
    const refused = run(NEW, ['日本語', '--category', 'security'], root);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /cannot derive a slug from "日本語": 日, 本, 語 have no ASCII spelling; pass --slug/);
    assert.equal(run(NEW, ['日本語', '--category', 'security', '--slug', 'nihongo'], root).status, 0);
    assert.match(readFileSync(path.join(root, 'skills', 'nihongo.md'), 'utf8'), /^title: "日本語"$/m);
  });
});

test('new refuses to overwrite a guide, whatever the case of its file name', () => {
  withRoot((root) => {
    const alpha = path.join(root, 'skills', 'alpha.mdx');
    const original = readFileSync(alpha, 'utf8');
    const same = run(NEW, ['Alpha', '--category', 'security'], root);
    assert.equal(same.status, 1);
    assert.match(same.stderr, /alpha\.mdx already exists; not overwriting it/);
    assert.equal(readFileSync(alpha, 'utf8'), original);
    const otherCase = run(NEW, ['Something else', '--category', 'security', '--slug', 'beta'], root);
    assert.equal(otherCase.status, 1);
  });
});

test('new rejects an unknown category and lists the valid ids', () => {
  withRoot((root) => {
    const result = run(NEW, ['Kubernetes', '--category', 'cooking'], root);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown category "cooking"; valid ids: security, platform/);
    const missing = run(NEW, ['Kubernetes'], root);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /--category is required; valid ids: security, platform/);
    assert.equal(existsSync(path.join(root, 'skills', 'kubernetes.md')), false);
  });
});

test('new rejects an invalid --slug, a missing title and a title the schema refuses', () => {
  withRoot((root) => {
    assert.match(run(NEW, ['Kubernetes', '--category', 'platform', '--slug', 'Kube_Netes'], root).stderr, /--slug "Kube_Netes" must be lowercase letters, digits and single hyphens/);
    assert.match(run(NEW, ['--category', 'platform'], root).stderr, /give the guide title/);
    const long = run(NEW, ['K'.repeat(81), '--category', 'platform'], root);
    assert.equal(long.status, 2);
    assert.match(long.stderr, /title must be at most 80 characters/);
    assert.deepEqual(readdirSync(path.join(root, 'skills')).sort(), ['alpha.mdx', 'beta.mdx', 'gamma-draft.mdx']);
  });
});

test('new --help prints the usage and exits 0', () => {
  const result = run(NEW, ['--help'], CLEAN);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^Usage: npm run new -- "Title" --category <id> \[--slug <slug>\] \[--mdx\]/);
});
