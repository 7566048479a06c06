import { test } from 'node:test';
import assert from 'node:assert/strict';
import { micromark } from 'micromark';
import { InlineMarkdown, inlineMarkdownFields, markdownToHtml, markdownToPlainText, prerenderInlineMarkdown, renderInlineMarkdown } from './markdown.ts';

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

test('inlineMarkdownFields lists every inline-Markdown field of a guide in page order', () => {
  const fields = inlineMarkdownFields({
    concepts: [{ term: 'T', summary: 'concept' }],
    interviewQuestions: [{ question: 'Q', whyAsked: 'why', strongAnswer: 'strong', difficulty: 'easy' }],
    faq: [{ question: 'F', answer: 'answer' }],
    exampleProjects: [{ project: 'P', scope: 'scope', signal: 'signal', level: 'mid' }],
  });
  assert.deepEqual(fields, ['concept', 'why', 'strong', 'answer', 'scope', 'signal']);
});

test('prerenderInlineMarkdown renders each distinct text once, to the HTML the page would render', () => {
  const pairs = prerenderInlineMarkdown(['Use `alg`', '<b>x</b>', 'Use `alg`']);
  assert.equal(pairs.length, 2);
  const inline = new InlineMarkdown(new Map(pairs));
  for (const text of ['Use `alg`', '<b>x</b>']) {
    assert.equal(inline.html(text), renderInlineMarkdown(text));
    assert.equal(inline.plainText(text), markdownToPlainText(text));
  }
});

test('InlineMarkdown takes a field from the pre-rendered HTML when it has it, and renders any other', () => {
  const inline = new InlineMarkdown(new Map([['*from sync*', '<p>as <em>synced</em></p>']]));
  assert.equal(inline.html('*from sync*'), 'as <em>synced</em>');
  assert.equal(inline.plainText('*from sync*'), 'as synced');
  assert.equal(inline.html('*not synced* & <i>raw</i>'), '<em>not synced</em> &amp; &lt;i&gt;raw&lt;/i&gt;');
  assert.equal(new InlineMarkdown().html('[x](javascript:alert(1))'), '<a href="">x</a>');
});

test('markdownToHtml equals micromark() document after document: no definition or lazy line carries over', () => {
  const documents = [
    '[ref]: https://example.com/a',
    '[ref] stays text here: the definition belongs to the field before',
    'Uses [ref] and its own\n\n[ref]: https://example.com/b',
    '> quote\nlazy continuation',
    'a paragraph\nthat is lazy? no: a plain second line',
    '    indented code right after a lazy line',
    '* item\n  * nested\nlazy',
    'Setext\n===',
    '> Setext in a quote\n===',
    '<div>\n*raw* html\n</div>',
    '```\nunclosed fence',
    '[x][ref] and ![i][ref]',
    'Pin `alg` to **RS256** & <b>never</b> "none" [x](javascript:alert(1))',
  ];
  for (const order of [documents, [...documents].reverse()]) {
    for (const text of order) assert.equal(markdownToHtml(text), micromark(text), JSON.stringify(text));
  }
});

test('markdownToHtml equals micromark() on generated text: the plain-line shortcut never changes the output', () => {
  // Prose characters alone; prose with one piece of syntax put in once to three times (the texts
  // closest to the shortcut's edge); and free mixes. Half start with a letter.
  const prose = ['a', 'b', 'Z', 'é', '日', ' ', ' ', '"', "'", '>', '.', ',', ':', ';', '?', '!', '-', '+', '=', '#', '~', '|', '(', ')', '/', '1', '9', '%', '$', '\u00a0', '\u2028'];
  const syntax = ['*', '_', '`', '[', ']', '<', '&', '\\', '\n', '\r', '\t', '\f', '\v', '\0', '  \n', '1. ', '- ', '> ', '    ', '&amp;', '[x](javascript:y)', '<b>', '**', '__', '`c`', '[a]', '![i](u)'];
  let seed = 20261129;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
  let shortcut = 0;
  for (let i = 0; i < 30_000; i++) {
    let text = i % 2 === 0 ? pick(['A', 'q', 'ü', 'Ж']) : '';
    const length = 1 + Math.floor(random() * 14);
    for (let k = 0; k < length; k++) text += i % 3 === 2 && random() < 0.3 ? pick(syntax) : pick(prose);
    if (i % 3 === 1) {
      // One piece of syntax once or twice, between runs of prose: `x*y z*w`, `a [b`, `c\nd`.
      const piece = pick(syntax);
      const run = () => Array.from({ length: Math.floor(random() * 5) }, () => pick(prose)).join('');
      text += piece + run() + (random() < 0.6 ? piece + run() : '');
    }
    const html = markdownToHtml(text);
    assert.equal(html, micromark(text), JSON.stringify(text));
    if (html === `<p>${text.replace(/"/g, '&quot;').replace(/>/g, '&gt;')}</p>`) shortcut++;
  }
  assert.ok(shortcut > 4_000, `only ${shortcut} texts took the plain-line form`);
});
