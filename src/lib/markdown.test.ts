import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToMdast } from 'satteri';
import { parse } from 'yaml';
import { countFrontmatterWords, inlineMarkdownFields, isLinklessInline, isPlainProse, isSafeUrl, markdownToPlainText, renderedPlainText, renderInlineMarkdown, toHtml, toHtmlWithPlugin } from './markdown.ts';

const cases: [string, string, string][] = [
  ['code and emphasis', 'Use `alg` *carefully*', 'Use <code>alg</code> <em>carefully</em>'],
  ['links', '[RFC 6749](https://www.rfc-editor.org/rfc/rfc6749)', '<a href="https://www.rfc-editor.org/rfc/rfc6749">RFC 6749</a>'],
  ['site links and fragments', '[IAM](/skills/iam/#faq) and [this](#top)', '<a href="/skills/iam/#faq">IAM</a> and <a href="#top">this</a>'],
  ['raw HTML as text, not markup', '<script>alert(1)</script> <b onclick="x">b</b>', '&lt;script&gt;alert(1)&lt;/script&gt; &lt;b onclick="x"&gt;b&lt;/b&gt;'],
  ['javascript: links without their target', '[x](javascript:alert(1)) [y](JavaScript:alert(2)) [z](data:text/html,1)', '<a href="">x</a> <a href="">y</a> <a href="">z</a>'],
  ['images as their alt text', '![a tracking pixel](https://example.com/p.png)', 'a tracking pixel'],
  ['ampersands', 'A & B', 'A &amp; B'],
  ['schemes spelt with character references', '[x](&#106;avascript:alert(1)) [y](javascript&colon;alert(1))', '<a href="">x</a> <a href="">y</a>'],
  ['a scheme after spaces', '[x]( javascript:alert(1))', '<a href="">x</a>'],
];

for (const [name, input, expected] of cases) {
  test(`renderInlineMarkdown renders ${name}`, () => assert.equal(renderInlineMarkdown(input), expected));
}

test('markdownToPlainText strips markup and decodes entities back to the text a reader sees', () => {
  assert.equal(markdownToPlainText('Pin `alg` to **RS256** & <b>never</b> "none"'), 'Pin alg to RS256 & <b>never</b> "none"');
  assert.equal(markdownToPlainText('See [the RFC](https://example.com)\nnow'), 'See the RFC now');
});

test('isSafeUrl accepts site paths, fragments and web or mail links, and nothing that runs', () => {
  for (const url of ['/skills/iam/', '#faq', '../iam/', 'https://example.com', 'http://example.com', 'mailto:a@example.com']) assert.equal(isSafeUrl(url), true, url);
  for (const url of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd']) assert.equal(isSafeUrl(url), false, url);
});

const data = {
  title: 'T',
  description: 'A guide',
  concepts: [{ term: 'Term', summary: 'concept `code`' }],
  interviewQuestions: [{ question: 'Q?', whyAsked: 'why', strongAnswer: 'strong *answer*', difficulty: 'easy' as const }],
  faq: [{ question: 'F?', answer: '[answer](https://example.com)' }],
  exampleProjects: [{ project: 'P', scope: 'scope', signal: 'signal', level: 'mid' as const }],
};

test('inlineMarkdownFields lists every inline-Markdown field of a guide in page order', () => {
  assert.deepEqual(inlineMarkdownFields(data), ['concept `code`', 'why', 'strong *answer*', '[answer](https://example.com)', 'scope', 'signal']);
});

test('countFrontmatterWords counts the words a reader sees, not Markdown syntax or link targets', () => {
  // T, A guide, Term, Q?, F?, P | concept code, why, strong answer, answer, scope, signal
  assert.equal(countFrontmatterWords(data as never), 1 + 2 + 1 + 1 + 1 + 1 + 2 + 1 + 2 + 1 + 1 + 1);
});

test('the fast path (no plugin) renders every field of the shipped guides and hostile variants as the plugin path does', () => {
  const dir = path.join(import.meta.dirname, '..', '..', 'content', 'skills');
  const fields = readdirSync(dir).flatMap((name) => inlineMarkdownFields(parse(readFileSync(path.join(dir, name), 'utf8').split(/^---$/m)[1]!)));
  assert.ok(fields.length > 300, `${fields.length} fields`);
  const hostile = ['[x](vbscript:msgbox)', '[x]( JAVASCRIPT:alert(1))', '[x][y]\n\n[y]: javascript:alert(1)', 'see <javascript:alert(1)>', 'a ![b](c.png) d', '[ok](https://x.test/) and [ok](/skills/iam/)', 'plain * text _ here', 'a: b [c](d:e)'];
  for (const text of [...fields, ...hostile]) assert.equal(toHtml(text), toHtmlWithPlugin(text), text);
});

test('markdownToPlainText skips rendering text with no Markdown syntax, and agrees with rendering on every shipped field and hostile variants', () => {
  const dir = path.join(import.meta.dirname, '..', '..', 'content', 'skills');
  const fields = readdirSync(dir).flatMap((name) => inlineMarkdownFields(parse(readFileSync(path.join(dir, name), 'utf8').split(/^---$/m)[1]!)));
  const odd = ['He said "hi" -- it\'s ok... (c) 1/2 www.example.com', 'tab\there  and  spaces', 'a\u00a0b\u2028c', 'foo@example.com', ':smile: => ->', 'a * b _ c'];
  assert.ok(fields.filter(isPlainProse).length > 100);
  for (const text of [...fields, ...odd]) assert.equal(markdownToPlainText(text), renderedPlainText(text), text);
  for (const text of ['*a* b', '`c`', '[d](/e/)', ' f', '# g', '1. h', 'i & j', 'k\nl', '<b>m</b>']) assert.equal(isPlainProse(text), false, text);
});

test('a field isLinklessInline lets skip its parse is one paragraph of text, emphasis, strong, code and strikethrough, for every shipped field and tricky variants', () => {
  interface Node { type: string; children?: Node[] }
  const kinds = (node: Node): string[] => [node.type, ...(node.children ?? []).flatMap(kinds)];
  const dir = path.join(import.meta.dirname, '..', '..', 'content', 'skills');
  const fields = readdirSync(dir).flatMap((name) => inlineMarkdownFields(parse(readFileSync(path.join(dir, name), 'utf8').split(/^---$/m)[1]!)));
  const tricky = ['`a` and *b*', '*a* b', '_a_ b', '**a** b', '~~a~~ b', '~a~ b', 'a | b | c', 'a & b &amp; c &#91;x&#93;', '3 * 4 = 12', '1.5 times', '#1 cause', '- not a list?', '`code` at the start', 'a_b_c', '``x``', '=== not a heading', '*a', 'a  b'];
  const skipped = [...fields, ...tricky].filter(isLinklessInline);
  assert.ok(skipped.length > 100, `${skipped.length} fields skipped`);
  const allowed = new Set(['root', 'paragraph', 'text', 'emphasis', 'strong', 'inlineCode', 'delete']);
  for (const text of skipped) {
    const root = markdownToMdast(text) as Node;
    assert.deepEqual(root.children?.map((node) => node.type), ['paragraph'], text);
    assert.deepEqual(kinds(root).filter((type) => !allowed.has(type)), [], text);
  }
  // Each of these holds a link, an image, HTML, a break or a block, or may: they are parsed.
  const parsedAlways = ['see www.example.com', 'mail foo@example.com', 'https://example.com', '[a](b)', '<https://x.test>', '![a](b.png)', '* item `x`', '+ item', '- item', '1. step `x`', '2) step', '# heading `x`', '```js', '~~~', '***', '* * *', '___', '---', ' `x` indented', 'a `b`\nc', 'a\\*b*', '<b>`x`</b>', 'line\\'];
  for (const text of parsedAlways) assert.equal(isLinklessInline(text), false, text);
});
