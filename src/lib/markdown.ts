import { compile, parse, postprocess, preprocess } from 'micromark';
import type { GuideData } from '../schemas/guide.ts';

// `micromark(text)` builds a parser, combining all of CommonMark's constructs, for every call: for
// short fields that is a third of the time. One parser serves every field here; a document's state
// on it (`defined`: link reference definitions, `lazy`: lazy continuation lines) is reset before
// each, so no field sees another's definitions. The output equals `micromark(text)` (tested).
const parser = parse();

// Half of all fields are one line of prose with no Markdown in it: starting with a letter, ending
// on no space, holding none of the characters that open inline syntax, an escape, a character
// reference, a control character or a line break. micromark turns such a line into `<p>line</p>`
// with `"` and `>` escaped, and nothing else; that is built here without the parser (equal output,
// tested against micromark over generated text). Block syntax needs a line start other than a
// letter, or a second line.
const PLAIN_LINE = /^\p{L}(?:[^\\`*_[\]<&\x00-\x1f]*[^\\`*_[\]<&\s\x00-\x1f])?$/u;

/** micromark's HTML for one document: `micromark(text)`, with the parser reused. */
export function markdownToHtml(text: string): string {
  if (PLAIN_LINE.test(text)) return `<p>${text.replace(/"/g, '&quot;').replace(/>/g, '&gt;')}</p>`;
  parser.defined = [];
  parser.lazy = {};
  return compile()(postprocess(parser.document().write(preprocess()(text, undefined, true))));
}

// The same field is rendered for the page, the hub, JSON-LD and reading time: parse each text once.
const CACHE_LIMIT = 20_000;
const rendered = new Map<string, string>();

/** micromark's HTML for `text`, memoised (bounded, so a huge site cannot grow it without limit). */
function toHtml(text: string): string {
  let html = rendered.get(text);
  if (html === undefined) {
    html = markdownToHtml(text);
    if (rendered.size >= CACHE_LIMIT) rendered.clear();
    rendered.set(text, html);
  }
  return html;
}

/** Block syntax is kept inline: the single paragraph wrapper is removed. */
function unwrapParagraph(html: string): string {
  const trimmed = html.trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(trimmed);
  return single && !single[1]!.includes('<p>') ? single[1]! : trimmed;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function htmlToPlainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!)
    // Collapse line breaks from the source only: U+2028 and friends are content, kept as written.
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/**
 * Renders a frontmatter long-text field (inline Markdown: code, emphasis, links) to HTML.
 * micromark escapes raw HTML and drops unsafe link protocols (`javascript:`), so the output is
 * safe to inject. Block syntax is kept inline: the single paragraph wrapper is removed.
 */
export function renderInlineMarkdown(text: string): string {
  return unwrapParagraph(toHtml(text));
}

/** Plain text of an inline-Markdown field, as shown to readers (for JSON-LD, meta and search). */
export function markdownToPlainText(text: string): string {
  return htmlToPlainText(toHtml(text));
}

/** Every frontmatter field of a guide that the site renders as inline Markdown, in page order. */
export function inlineMarkdownFields(data: Pick<GuideData, 'concepts' | 'interviewQuestions' | 'faq' | 'exampleProjects'>): string[] {
  return [
    ...data.concepts.map((concept) => concept.summary),
    ...data.interviewQuestions.flatMap((question) => [question.whyAsked, question.strongAnswer]),
    ...data.faq.map((item) => item.answer),
    ...data.exampleProjects.flatMap((project) => [project.scope, project.signal]),
  ];
}

/** micromark's HTML for each distinct text, rendered ahead of the pages (by the guides loader). */
export function prerenderInlineMarkdown(texts: readonly string[]): [text: string, html: string][] {
  return [...new Set(texts)].map((text) => [text, markdownToHtml(text)]);
}

/**
 * A guide's inline-Markdown fields as HTML and as plain text, taking each from `prerendered`
 * (text to micromark HTML, written during content sync) when it is there and rendering it here
 * otherwise: the same output either way, so a page never depends on the cache being complete.
 */
export class InlineMarkdown {
  readonly #prerendered: ReadonlyMap<string, string>;

  constructor(prerendered: ReadonlyMap<string, string> = new Map()) {
    this.#prerendered = prerendered;
  }

  #toHtml(text: string): string {
    return this.#prerendered.get(text) ?? toHtml(text);
  }

  /** See `renderInlineMarkdown`. */
  html(text: string): string {
    return unwrapParagraph(this.#toHtml(text));
  }

  /** See `markdownToPlainText`. */
  plainText(text: string): string {
    return htmlToPlainText(this.#toHtml(text));
  }
}
