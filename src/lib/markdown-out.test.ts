import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from 'cheerio';
import { markdownToHtml } from 'satteri';
import { absolutizeLinks, htmlToMarkdown, inlineFieldToMarkdown, plainTextToMarkdown } from './markdown-out.ts';
import { markdownToPlainText } from './markdown.ts';

/** What a Markdown reader shows of `markdown`: its HTML, by Sätteri (CommonMark + GFM). */
const render = (markdown: string) => markdownToHtml(markdown).html;

test('plain text comes out as itself when Markdown would read it so, escaped where it would not', () => {
  const cases: [string, string][] = [
    ['What is OAuth 2.0?', 'What is OAuth 2.0?'],
    ['Alpha <b>bold</b> & "quoted"', 'Alpha \\<b>bold\\</b> & "quoted"'],
    ['1986. A good year', '1986\\. A good year'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['*not emphasis*', '\\*not emphasis\\*'],
  ];
  for (const [text, markdown] of cases) {
    assert.equal(plainTextToMarkdown(text), markdown, text);
    assert.equal(load(render(markdown)).text().trim(), text, `${text} reads back as itself`);
  }
});

test('a table cell escapes every pipe, in code spans too, and stays on one line', () => {
  const cell = inlineFieldToMarkdown('a|b `c|d`\nnext', { inCell: true });
  assert.equal(cell, 'a\\|b `c\\|d` next');
  const $ = load(render(`| x |\n| - |\n| ${cell} |\n`));
  assert.equal($('td').length, 1);
  assert.equal($('td').text(), 'a|b c|d next');
  assert.equal(plainTextToMarkdown('=cmd|x', { inCell: true }), '\\=cmd\\|x');
});

test('inline Markdown an author wrote is kept; raw HTML, images and unsafe links come out as the page shows them', () => {
  const kept = 'Use `code`, *emphasis* and a [link](https://example.com/docs).';
  assert.equal(inlineFieldToMarkdown(kept), kept);
  const hostile = 'Yes: <script>alert(2)</script> ![pixel](https://t.test/p.png) [click](javascript:alert(1)) done';
  const $ = load(render(inlineFieldToMarkdown(hostile)));
  assert.equal($('script, img, a').length, 0);
  assert.equal($.text().trim(), markdownToPlainText(hostile));
});

test('a field with a paragraph break keeps it as blocks, or joins it on one line after a label', () => {
  assert.equal(inlineFieldToMarkdown('First.\n\nSecond.'), 'First.\n\nSecond.');
  assert.equal(inlineFieldToMarkdown('First.\n\n- item', { oneLine: true }), 'First. - item');
});

test('rendered HTML becomes Markdown: headings without their self-links, tables, fenced code, and a marker for each generated section', () => {
  const html = [
    '<div class="heading heading-h2"><h2 id="x">Hi</h2><a class="heading-link" href="#x"><span class="visually-hidden">Link to this section: Hi</span><span aria-hidden="true">#</span></a></div>',
    '<p>a <code>b</code></p>',
    '<section aria-labelledby="faq" class="generated"><h2>FAQ</h2><details><summary>Q?</summary><p>A.</p></details></section>',
    '<div class="table-scroll"><table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1|2</td><td>x</td></tr></tbody></table></div>',
    '<pre class="language-js"><code class="language-js"><span class="token keyword">const</span> a = 1;\nlog(<span class="token string"><span class="token punctuation">"</span>x &lt; y<span class="token punctuation">"</span></span>);</code></pre>',
  ].join('');
  assert.equal(htmlToMarkdown(html), ['## Hi', 'a `b`', '<!--generated:faq-->', '| A    | B |\n| ---- | - |\n| 1\\|2 | x |', '```js\nconst a = 1;\nlog("x < y");\n```'].join('\n\n'));
});

test('absolutizeLinks makes every page-relative link, image and definition absolute, and leaves the rest as written', () => {
  const page = 'https://site.test/skills/jwt/';
  const markdown = [
    'See [IAM](../iam/ "the guide"), [the FAQ](#faq), [a site path](/skills/oauth-2/#pkce), ![a diagram](/images/flow.svg),',
    '[the web](https://example.com/x), [mail](mailto:a@b.c), [ref][d] and <https://auto.link/>.',
    '',
    '```md',
    '[not a link](../in-code/)',
    '```',
    '',
    'Ünïcødé 😀 [after wide characters](./#faq)',
    '',
    '[d]: ../vault/',
  ].join('\n');
  assert.equal(absolutizeLinks(markdown, page), [
    'See [IAM](https://site.test/skills/iam/ "the guide"), [the FAQ](https://site.test/skills/jwt/#faq), [a site path](https://site.test/skills/oauth-2/#pkce), ![a diagram](https://site.test/images/flow.svg),',
    '[the web](https://example.com/x), [mail](mailto:a@b.c), [ref][d] and <https://auto.link/>.',
    '',
    '```md',
    '[not a link](../in-code/)',
    '```',
    '',
    'Ünïcødé 😀 [after wide characters](https://site.test/skills/jwt/#faq)',
    '',
    '[d]: https://site.test/skills/vault/',
  ].join('\n'));
  assert.equal(absolutizeLinks('No links at all.', page), 'No links at all.');
});
