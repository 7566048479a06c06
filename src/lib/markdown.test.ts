import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToPlainText, renderInlineMarkdown } from './markdown.ts';

const cases: [string, string, string][] = [
  ['code and emphasis', 'Use `alg` *carefully*', 'Use <code>alg</code> <em>carefully</em>'],
  ['links', '[RFC 6749](https://www.rfc-editor.org/rfc/rfc6749)', '<a href="https://www.rfc-editor.org/rfc/rfc6749">RFC 6749</a>'],
  ['raw HTML is escaped, not interpreted', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['javascript: links lose their target', '[x](javascript:alert(1))', '<a href="">x</a>'],
  ['ampersands', 'A & B', 'A &amp; B'],
];

for (const [name, input, expected] of cases) {
  test(`renderInlineMarkdown renders ${name}`, () => assert.equal(renderInlineMarkdown(input), expected));
}

test('markdownToPlainText strips markup and decodes entities back to the text a reader sees', () => {
  assert.equal(markdownToPlainText('Pin `alg` to **RS256** & <b>never</b> "none"'), 'Pin alg to RS256 & <b>never</b> "none"');
  assert.equal(markdownToPlainText('See [the RFC](https://example.com)\nnow'), 'See the RFC now');
});
