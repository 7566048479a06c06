import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
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
