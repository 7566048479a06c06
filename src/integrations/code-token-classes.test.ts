import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classesForTokenStyle, mergeTokens } from './code-token-classes.ts';
import { createGuideProcessor } from './guide-markdown.ts';

test('a css-variables token style maps to short classes; plain text gets none', () => {
  assert.deepEqual(classesForTokenStyle('color:var(--astro-code-token-keyword)'), ['tk-keyword']);
  assert.deepEqual(classesForTokenStyle('color: var(--astro-code-token-string-expression); font-style: italic'), ['tk-string-expression', 'tk-italic']);
  assert.deepEqual(classesForTokenStyle('color:var(--astro-code-foreground)'), []);
  assert.deepEqual(classesForTokenStyle(undefined), []);
});

test('neighbouring tokens that look alike merge; punctuation and whitespace count as plain text', () => {
  const keyword = 'var(--astro-code-token-keyword)';
  const fg = 'var(--astro-code-foreground)';
  const line = [
    { content: '  ', offset: 0, color: fg },
    { content: 'export', offset: 2, color: keyword },
    { content: ' async', offset: 8, color: keyword },
    { content: ' ', offset: 14, color: fg },
    { content: 'f', offset: 15, color: 'var(--astro-code-token-function)' },
    { content: '(', offset: 16, color: 'var(--astro-code-token-punctuation)' },
    { content: ')', offset: 17, color: fg },
  ];
  assert.deepEqual(
    mergeTokens(line).map(({ content, color }) => [content, color]),
    [['  export async ', keyword], ['f', 'var(--astro-code-token-function)'], ['()', fg]],
  );
});

test('highlighted code has classes and no inline style at all, and reads exactly as written', async () => {
  const renderer = await createGuideProcessor().createRenderer({ syntaxHighlight: { type: 'shiki' }, shikiConfig: { theme: 'css-variables' } } as never);
  const code = 'export async function f(a: string): Promise<void> {\n  // check the audience\n  return verify(`x${a}`);\n}';
  const { code: html } = await renderer.render(`\`\`\`ts\n${code}\n\`\`\`\n`, { frontmatter: {} });
  assert.doesNotMatch(html, /style=/);
  assert.match(html, /<span class="tk-keyword">export async function<\/span><span class="tk-function"> f<\/span>/);
  assert.match(html, /<span class="tk-comment">\s*\/\/ check the audience<\/span>/);
  const text = html.trimEnd().replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  assert.equal(text, code);
});
