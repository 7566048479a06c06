import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';

/**
 * The shipped guides are `.md`; the same files saved as `.mdx` take the MDX path (a compiled module
 * per guide) and must give byte-identical pages: the two paths share one Markdown pipeline.
 */
test('the shipped guides give byte-identical pages as .md and as .mdx', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-mdx-'));
  try {
    cpSync(path.join(ROOT, 'content'), root, { recursive: true });
    const skills = path.join(root, 'skills');
    const guides = readdirSync(skills).filter((name) => name.endsWith('.md'));
    assert.ok(guides.length >= 5);
    for (const name of guides) renameSync(path.join(skills, name), path.join(skills, `${name}x`));
    const outDir = path.join(root, 'dist');
    const result = buildSite({ contentDir: root, outDir });
    assert.equal(result.status, 0, result.output.slice(-3000));
    for (const name of guides) {
      const page = path.join('skills', name.replace(/\.md$/, ''), 'index.html');
      assert.equal(readFileSync(path.join(outDir, page), 'utf8'), readFileSync(path.join(SITE_DIST, page), 'utf8'), page);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
