import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { codeBlocksPlugin, guideOutlinePlugin, scrollableTablesPlugin } from './guide-outline.ts';

const render = async (body: string) => {
  const processor = await createSatteriMarkdownProcessor({ mdastPlugins: [guideOutlinePlugin], hastPlugins: [scrollableTablesPlugin, codeBlocksPlugin], syntaxHighlight: false });
  return processor.render(body, { frontmatter: {} });
};

test('a section placed on its own line in a .md guide becomes a marker, recorded after the headings before it with its place in the source', async () => {
  const body = ['Intro words here.', '## What is X?', '<CoreConcepts />', '## Usage', '<Faq/>', '<!-- an ordinary comment -->', '<NotASection />'].join('\n\n');
  const { code, metadata } = await render(body);
  const at = (text: string): [number, number] => [body.indexOf(text), body.indexOf(text) + text.length];
  assert.deepEqual(metadata.frontmatter, { placements: [{ name: 'CoreConcepts', afterHeading: 1, source: at('<CoreConcepts />') }, { name: 'Faq', afterHeading: 2, source: at('<Faq/>') }], bodyWords: 3 + 3 + 1 });
  assert.match(code, /<!--section:CoreConcepts-->[\s\S]*<!--section:Faq-->/);
  assert.doesNotMatch(code, /<CoreConcepts|<Faq/);
});

test('words are counted in text, inline code and code blocks', async () => {
  const { metadata } = await render('One *two* `three`\n\n```yaml\nfour: five\n```\n');
  assert.equal(metadata.frontmatter.bodyWords, 5);
});

test('tables scroll in a labelled, focusable region; code blocks are focusable and left out of search', async () => {
  const { code } = await render('| Layer | Notes |\n| --- | --- |\n| a | b |\n\n```\nx\n```\n');
  assert.match(code, /<div class="table-scroll" tabindex="0" role="group" aria-label="Table: Layer, Notes"><table>/);
  assert.match(code, /<pre tabindex="0" data-pagefind-ignore="">/);
});
