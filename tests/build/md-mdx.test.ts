import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { markdownToHtml } from 'satteri';
import { buildSite } from '../helpers/build.ts';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';

/**
 * The shipped guides are `.md`; the same files saved as `.mdx` take the MDX path (a compiled module
 * per guide) and must give byte-identical pages: the two paths share one Markdown pipeline.
 */
/**
 * A Markdown twin as a reader sees it: its headings and the text under each, rendered by Sätteri.
 * Typographic quotes and dashes count as the straight ones: a `.md` twin keeps the author's
 * punctuation, where the HTML an `.mdx` twin is converted from has Astro's smart punctuation.
 */
function twinOutline(file: string): string[] {
  const $ = load(markdownToHtml(readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '')).html);
  const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replaceAll('…', '...').replaceAll('—', '---').replaceAll('–', '--').replace(/\s+/g, ' ').trim();
  return $('h1, h2, h3').toArray().map((heading) => plain(`${heading.tagName} ${$(heading).text()}: ${$(heading).nextUntil('h1, h2, h3').text()}`));
}

test('the shipped guides give byte-identical pages as .md and as .mdx, and Markdown twins that read the same', () => {
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
      // An .mdx twin is rendered and converted from HTML, an .md twin keeps the author's Markdown: different bytes, same text.
      const twin = path.join('skills', name);
      assert.deepEqual(twinOutline(path.join(outDir, twin)), twinOutline(path.join(SITE_DIST, twin)), twin);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
