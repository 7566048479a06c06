import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { ROOT, TEST_OUTPUT } from '../helpers/paths.ts';
import { listFiles } from '../helpers/dist.ts';

/** Files that differ between two builds (by path list, then byte for byte). */
function differences(a: string, b: string): string[] {
  const files = listFiles(a);
  assert.deepEqual(listFiles(b), files);
  return files.filter((file) => !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))));
}

// Plain guides skip MDX (see src/lib/plain-body.ts). Building with SKILL_GUIDES_PLAIN_BODIES=0 sends
// every guide through MDX instead: the two builds must not differ by a single byte, search index included.
for (const [name, contentDir] of [
  ['the shipped site', undefined],
  ['the basic fixture (hostile text, a draft, a guide that really uses MDX)', path.join(ROOT, 'tests', 'fixtures', 'sites', 'basic')],
] as const) {
  test(`${name}: guides rendered as Markdown give byte-identical pages to the same guides compiled as MDX`, () => {
    const outDir = (suffix: string) => path.join(TEST_OUTPUT, `plain-bodies-${contentDir ? 'fixture' : 'site'}-${suffix}`);
    const plain = outDir('plain');
    rmSync(plain, { recursive: true, force: true });
    const built = buildSite({ contentDir, outDir: plain });
    assert.equal(built.status, 0, built.output.slice(-3000));
    assert.match(built.output, /\b[1-9]\d* guides rendered as Markdown, /);
    const mdx = outDir('mdx');
    rmSync(mdx, { recursive: true, force: true });
    const result = buildSite({ contentDir, outDir: mdx, env: { SKILL_GUIDES_PLAIN_BODIES: '0' } });
    assert.equal(result.status, 0, result.output.slice(-3000));
    assert.match(result.output, /\b0 guides rendered as Markdown, \d+ through MDX/);
    assert.deepEqual(differences(plain, mdx), []);
    rmSync(mdx, { recursive: true, force: true });
    rmSync(plain, { recursive: true, force: true });
  });
}

test('pages take inline-Markdown fields from the HTML rendered during content sync, and a second build reuses it', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-inline-'));
  const token = `inlinecache${process.pid}`;
  const cacheDir = path.join(ROOT, 'node_modules', '.astro', `content-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);
  const outDir = path.join(TEST_OUTPUT, 'plain-bodies-inline');
  try {
    cpSync(path.join(ROOT, 'tests', 'fixtures', 'sites', 'basic'), root, { recursive: true });
    const alpha = path.join(root, 'skills', 'alpha.mdx');
    writeFileSync(alpha, readFileSync(alpha, 'utf8').replace('summary: The second concept.', `summary: The second concept, *${token}*.`));
    const first = buildSite({ contentDir: root, outDir });
    assert.equal(first.status, 0, first.output.slice(-3000));
    assert.match(readFileSync(path.join(outDir, 'skills', 'alpha', 'index.html'), 'utf8'), new RegExp(`<dd>The second concept, <em>${token}</em>.</dd>`));

    // Change the cached HTML of that field: the next build (same file, so nothing re-renders) must show it.
    const bodies = path.join(cacheDir, 'guide-bodies');
    const [cached, ...others] = readdirSync(bodies).filter((file) => file.endsWith('.guide') && readFileSync(path.join(bodies, file), 'utf8').includes(token));
    assert.ok(cached, `no synced guide file mentions ${token} in ${bodies}`);
    assert.deepEqual(others, []);
    const file = path.join(bodies, cached);
    writeFileSync(file, readFileSync(file, 'utf8').replace(`<em>${token}</em>`, `<strong>${token}</strong>`));
    const second = buildSite({ contentDir: root, outDir });
    assert.equal(second.status, 0, second.output.slice(-3000));
    assert.match(readFileSync(path.join(outDir, 'skills', 'alpha', 'index.html'), 'utf8'), new RegExp(`<dd>The second concept, <strong>${token}</strong>.</dd>`));
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
});
