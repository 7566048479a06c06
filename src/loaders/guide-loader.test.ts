import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { bodyOf } from './guide-loader.ts';

// A plain guide's body must be the very text @astrojs/mdx would compile (getEntryInfo: Astro's
// frontmatter split, trimmed); this pins our copy of the rule to Astro's.
test('a guide body is split from its frontmatter exactly as Astro splits it', () => {
  const cases = [
    '---\ntitle: A\n---\n\nBody text\n',
    '\uFEFF---\ntitle: A\n---\nBody',
    '\n\n---\ntitle: A\n---\n\n## Heading\n\n---\n\nAfter a thematic break',
    'No frontmatter at all',
    '---\ntitle: A\n---',
    '---\ntitle: "--- not the end"\n---\nx ---\n',
    '+++\ntitle = "A"\n+++\nTOML body',
    ...readdirSync('content/skills').map((file) => readFileSync(`content/skills/${file}`, 'utf8')),
  ];
  for (const text of cases) {
    assert.equal(bodyOf(text), parseFrontmatter(text, { frontmatter: 'remove' }).content.trim(), JSON.stringify(text.slice(0, 40)));
  }
});
