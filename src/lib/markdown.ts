import { defineMdastPlugin, markdownToHtml } from 'satteri';
import type { GuideData } from '../schemas/guide.ts';
import { countWords } from './reading-time.ts';

/** Link targets a field may use: site paths, fragments, and the web and mail schemes. */
export function isSafeUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1];
  return scheme === undefined || ['http', 'https', 'mailto'].includes(scheme.toLowerCase());
}

/**
 * Text with none of these characters, and no block marker at its start, has no Markdown syntax: no
 * emphasis, code, link, image, entity, escape, raw HTML, table cell or line break (a bare URL may
 * become a link, showing the same text). Such a field needs no parse at all.
 */
const SYNTAX_CHARACTERS = /[\\`*_[\]<>&|~\r\n]|^(?:[#>+-]|\d+[.)])/;

/** Whether `text` means nothing but its characters, wherever a paragraph's inline text may stand. */
export function isPlainProse(text: string): boolean {
  return text === text.trim() && !SYNTAX_CHARACTERS.test(text);
}

// What may start a link, an image or a block in one line of inline Markdown: brackets, angle
// brackets, escapes, line breaks and what a GFM autolink literal starts with (`www.`, `://`, the `@`
// of an email address) anywhere; a list item, heading, code fence or thematic break at its start.
const MAY_LINK = /[\\[\]<>\r\n@]|:\/\/|www\./i;
const MAY_OPEN_BLOCK = /^(?:[*+-](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|`{3}|~{3}|(?:[*_-][ \t]*){3,}$)/;

/**
 * Whether inline-Markdown `text` is surely one paragraph of text, emphasis, strong, code and
 * strikethrough: no link, image, raw HTML, line break or block. Most fields with Markdown syntax are
 * of this kind (a `code` span or *emphasis*); the content check and the Markdown twins need no parse
 * of them.
 */
export function isLinklessInline(text: string): boolean {
  return text === text.trim() && !MAY_LINK.test(text) && !MAY_OPEN_BLOCK.test(text);
}

/** Frontmatter text is never HTML: raw HTML shows as text, and a link with an unsafe scheme loses its target. */
const textOnly = defineMdastPlugin({
  name: 'skill-guides:frontmatter-text-only',
  html: (node, ctx) => ctx.replaceNode(node, { type: 'text', value: node.value }),
  link(node, ctx) {
    if (!isSafeUrl(node.url)) ctx.setProperty(node, 'url', '');
  },
  image: (node, ctx) => ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' }),
});

/**
 * Text the `textOnly` plugin would leave as it is skips it: no raw HTML or autolink (`<`), no image
 * (`![`), no character reference (`&`, which can spell a scheme), no link definition (`]:`), and no
 * link whose destination starts with a scheme other than http, https or mailto. Sätteri renders
 * such text natively, without building a syntax tree for the plugin: several times faster, and
 * most fields are like that (a unit test checks both paths agree on every field of the shipped
 * guides).
 */
const NEEDS_PLUGIN = /[<&]|!\[|\]\s*:|\]\(\s*(?!(?:https?|mailto):)[a-z][a-z0-9+.-]*:/i;

/** A field's Markdown as HTML, by Sätteri (the engine of Astro's Markdown pipeline). */
export function toHtml(text: string): string {
  return (NEEDS_PLUGIN.test(text) ? markdownToHtml(text, { mdastPlugins: [textOnly] }) : markdownToHtml(text)).html;
}

/** `toHtml` always through the plugin: what the fast path must agree with (tests only). */
export function toHtmlWithPlugin(text: string): string {
  return markdownToHtml(text, { mdastPlugins: [textOnly] }).html;
}

/** Block syntax is kept inline: the single paragraph wrapper is removed. */
function unwrapParagraph(html: string): string {
  const trimmed = html.trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(trimmed);
  return single && !single[1]!.includes('<p>') ? single[1]! : trimmed;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function htmlToPlainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]!)
    // Collapse line breaks from the source only: U+2028 and friends are content, kept as written.
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/**
 * Renders a frontmatter long-text field (inline Markdown: code, emphasis, links) to HTML that is
 * safe to inject: raw HTML is escaped and unsafe link schemes (`javascript:`) are dropped.
 */
export function renderInlineMarkdown(text: string): string {
  return unwrapParagraph(toHtml(text));
}

/** Plain text of an inline-Markdown field, as shown to readers (for JSON-LD, meta and search). */
export function markdownToPlainText(text: string): string {
  // Text with no Markdown syntax shows as written, its spaces collapsed: it needs no rendering.
  return isPlainProse(text) ? text.replace(/[ \t]+/g, ' ') : renderedPlainText(text);
}

/** `markdownToPlainText` always through the renderer: what its shortcut must agree with (tests only). */
export function renderedPlainText(text: string): string {
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

/**
 * Words of the frontmatter prose a reader reads on the guide page: plain-text fields as written,
 * inline-Markdown fields as their visible text.
 */
export function countFrontmatterWords(data: GuideData): number {
  const plain = [
    data.title,
    data.description,
    ...data.concepts.map((concept) => concept.term),
    ...data.interviewQuestions.map((question) => question.question),
    ...data.faq.map((item) => item.question),
    ...data.exampleProjects.map((project) => project.project),
  ];
  return [...plain, ...inlineMarkdownFields(data).map(markdownToPlainText)].reduce((sum, text) => sum + countWords(text), 0);
}
