import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Nodes as MdastNodes, PhrasingContent, Root as MdastRoot } from 'mdast';
import { toMdast } from 'hast-util-to-mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { defineMdastPlugin, htmlToHast, markdownToHtml, markdownToMdast, type Position } from 'satteri';
import { isLinklessInline, isPlainProse, isSafeUrl } from './markdown.ts';

// Serialising a tree costs about 1 ms per thousand words, which a build of thousands of guides
// feels; a frontmatter field is therefore written as the author wrote it whenever Sätteri (Astro's
// Markdown parser) reads it as nothing but safe inline Markdown, and only the rest (raw HTML,
// images, unsafe links, block syntax, line breaks) goes through mdast-util-to-markdown.
const TO_MARKDOWN: ToMarkdownOptions = { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '*', strong: '*', fences: true, rule: '-' };

/** Inline nodes whose Markdown means the same wherever the field is placed. */
const SAFE_INLINE = new Set(['text', 'emphasis', 'strong', 'inlineCode', 'delete', 'link']);

function isSafeInline(node: MdastNodes): boolean {
  if (!SAFE_INLINE.has(node.type)) return false;
  if (node.type === 'link' && (!isSafeUrl(node.url) || node.title)) return false;
  return !('children' in node) || node.children.every((child) => isSafeInline(child as MdastNodes));
}

/** A field's parse, when it is one paragraph of safe inline Markdown on one line (`|` excluded in table cells). */
function safeParagraph(text: string, inCell: boolean): PhrasingContent[] | undefined {
  if (/[\r\n]/.test(text) || text !== text.trim() || (inCell && text.includes('|'))) return undefined;
  const root = markdownToMdast(text) as MdastRoot;
  const [first, ...rest] = root.children;
  if (!first || rest.length > 0 || first.type !== 'paragraph') return undefined;
  return first.children.every(isSafeInline) ? first.children : undefined;
}

/**
 * What the page shows of a field, as mdast: raw HTML as text, an image as its alt text, a link
 * with an unsafe target as its text (src/lib/markdown.ts does the same for the page).
 */
function sanitize(node: MdastNodes): MdastNodes[] {
  switch (node.type) {
    case 'html':
      return [{ type: 'text', value: node.value }];
    case 'image':
      return [{ type: 'text', value: node.alt ?? '' }];
    case 'link':
      if (!isSafeUrl(node.url)) return node.children.flatMap(sanitize);
      break;
  }
  if ('children' in node) return [{ ...node, children: node.children.flatMap(sanitize) } as MdastNodes];
  return [node];
}

/**
 * Serialises a tree with the site's Markdown style. `oneLine` joins lines (a table cell, a list
 * label); `inCell` also escapes every `|`, as a GFM table cell needs, inside code spans too.
 */
function serialize(node: MdastNodes, options: { oneLine?: boolean; inCell?: boolean } = {}): string {
  const markdown = toMarkdown(node, TO_MARKDOWN).trim();
  const joined = options.oneLine || options.inCell ? markdown.replace(/\s*\n\s*/g, ' ') : markdown;
  return options.inCell ? joined.replaceAll('|', '\\|') : joined;
}

/**
 * Markdown for a long-text frontmatter field (inline Markdown): the author's text when it is safe
 * inline Markdown, else the field as the page shows it, escaped. `oneLine` keeps the result on one
 * line, for a table cell or after a label.
 */
export function inlineFieldToMarkdown(text: string, options: { inCell?: boolean; oneLine?: boolean } = {}): string {
  if (isPlainProse(text) || (isLinklessInline(text) && !(options.inCell && text.includes('|'))) || safeParagraph(text, options.inCell ?? false)) return text;
  const root = markdownToMdast(text) as MdastRoot;
  return serialize(sanitize(root)[0]!, options);
}

/** Markdown for a plain-text field (title, question, term): the text itself, escaped where Markdown would read it. */
export function plainTextToMarkdown(text: string, options: { inCell?: boolean } = {}): string {
  if (isPlainProse(text)) return text;
  const parsed = safeParagraph(text, options.inCell ?? false);
  if (parsed?.length === 1 && parsed[0]!.type === 'text' && parsed[0]!.value === text) return text;
  return serialize({ type: 'paragraph', children: [{ type: 'text', value: text }] }, { oneLine: true, inCell: options.inCell });
}

/** Whether a hast element carries `className`. */
function hasClass(node: Element, className: string): boolean {
  const classes = node.properties?.className;
  return Array.isArray(classes) && classes.includes(className);
}

/** The text of a node and its descendants. */
function textContent(node: HastContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textContent).join('') : '';
}

/**
 * Drops what only a browser needs: the self-links beside headings, and the highlighter's token
 * spans in code blocks (Markdown keeps a block's text only, and the spans are a good part of the
 * elements hast-util-to-mdast would walk).
 */
function stripPageOnly(nodes: HastContent[]): HastContent[] {
  return nodes
    .filter((node) => !(node.type === 'element' && hasClass(node, 'heading-link')))
    .map((node) => {
      if (node.type !== 'element') return node;
      if (node.tagName === 'code' && node.children.some((child) => child.type === 'element')) return { ...node, children: [{ type: 'text', value: textContent(node) }] };
      return { ...node, children: stripPageOnly(node.children) as Element['children'] };
    });
}

/** The comment that stands for a generated section (`core-concepts`) in `htmlToMarkdown`'s output. */
export function generatedSectionMarker(id: string): string {
  return `<!--generated:${id}-->`;
}

/**
 * Rendered HTML (a guide body) as Markdown (CommonMark with GFM tables): parsed by Sätteri (native,
 * a few times faster than parse5), then hast-util-to-mdast and mdast-util-to-markdown. A generated section (`<section class="generated"
 * aria-labelledby="faq">`, src/components/guide/) becomes `generatedSectionMarker('faq')`, for the
 * caller to replace with the section's own Markdown.
 */
export function htmlToMarkdown(html: string): string {
  const hast = htmlToHast(html, { fragment: true }) as HastRoot;
  hast.children = stripPageOnly(hast.children) as HastRoot['children'];
  const mdast = toMdast(hast, {
    handlers: {
      section(state, node) {
        // A token list: hast reads aria-labelledby as ids.
        const [id] = (node.properties?.ariaLabelledBy ?? []) as string[];
        if (hasClass(node, 'generated') && id) return { type: 'html', value: generatedSectionMarker(id) };
        return state.all(node);
      },
    },
  });
  return serialize(mdast);
}

/** A URL that depends on the page it is written on: a path, `../x/`, `#id`; not `https:` or `//host`. */
const isRelative = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');

/**
 * Markdown as written, with every link, image and link definition that depends on its page made
 * absolute against `pageUrl`: the text is read outside the page (`/skills/<slug>.md`,
 * `llms-full.txt`), where `../iam/` or `#faq` would lead elsewhere or nowhere. Everything else is
 * left byte for byte as the author wrote it.
 */
export function absolutizeLinks(markdown: string, pageUrl: string): string {
  if (!/\]\(|\]:/.test(markdown)) return markdown;
  const edits: [start: number, end: number, url: string][] = [];
  const edit = (node: { url: string; position?: Position }, opens: string) => {
    if (!isRelative(node.url) || !node.position) return;
    const { start, end } = node.position;
    const written = markdown.slice(start.offset, end.offset);
    // The destination follows `](` in a link or image, `]:` in a definition; written as the author did.
    const opener = opens === ']:' ? written.indexOf(opens) + 2 : written.lastIndexOf(opens) + 2;
    const at = opener > 1 ? written.indexOf(node.url, opener) : -1;
    if (at >= 0 && written.slice(opener, at).trim().replace(/^</, '') === '') edits.push([start.offset! + at, start.offset! + at + node.url.length, new URL(node.url, pageUrl).href]);
  };
  // Sätteri's visitors see the links, images and definitions alone, in a parse that builds no tree
  // for the rest of the twin (the HTML it also makes is not used).
  markdownToHtml(markdown, {
    mdastPlugins: [defineMdastPlugin({
      name: 'skill-guides:twin-links',
      options: { position: true },
      link: (node) => edit(node, ']('),
      image: (node) => edit(node, ']('),
      definition: (node) => edit(node, ']:'),
    })],
  });
  let result = markdown;
  for (const [start, end, url] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + url + result.slice(end);
  return result;
}

