import { test } from 'node:test';
import assert from 'node:assert/strict';
import { satteri } from '@astrojs/markdown-satteri';
import { guideOutlinePlugin } from './guide-outline-plugin.ts';

test('the Sätteri plugin records the same outline through a real MDX compile, in document order', async () => {
  const body = [
    'Intro words here.',
    '## What is X?',
    '<CoreConcepts />',
    '## Architecture',
    '```yaml\nalg: RS256\n```',
    '<SomethingElse />',
    '`aud` <Faq />',
    '> Quoted **strong** words',
    '- list <RelatedRoles />',
  ].join('\n\n');
  const renderer = await satteri({ mdastPlugins: [guideOutlinePlugin] }).createMdxRenderer!({ syntaxHighlight: false } as never, { optimize: false });
  const { code } = await renderer.process(body, '/x.mdx', {});
  const frontmatter = JSON.parse(/^export const frontmatter = (.*);$/m.exec(code)![1]!);
  assert.deepEqual(frontmatter, {
    placements: [{ name: 'CoreConcepts', afterHeading: 1 }, { name: 'Faq', afterHeading: 2 }, { name: 'RelatedRoles', afterHeading: 2 }],
    bodyWords: 3 + 3 + 1 + 2 + 1 + 3 + 1,
  });
});

test('in a plain body rendered as Markdown, section markers record the same placements as MDX elements', async () => {
  const body = ['Intro words here.', '## What is X?', '<!--skill-guides:section:CoreConcepts-->', '## Usage', '<!--skill-guides:section:Faq-->', '<!-- an ordinary comment -->'].join('\n\n');
  const renderer = await satteri({ mdastPlugins: [guideOutlinePlugin] }).createRenderer({ syntaxHighlight: false } as never);
  const { metadata } = await renderer.render(body, { frontmatter: {} });
  assert.deepEqual(metadata.frontmatter, { placements: [{ name: 'CoreConcepts', afterHeading: 1 }, { name: 'Faq', afterHeading: 2 }], bodyWords: 3 + 3 + 1 });
});
