import { markdownToMdast, mdxToMdast, type Features } from 'satteri';
import { GENERATED_SECTIONS, type SectionName } from './sections.ts';

/**
 * Most guides use MDX only to place generated sections (`<CoreConcepts />` on a line of its own).
 * Such a body says nothing Markdown cannot, so it can render as Markdown during content sync, with
 * a marker where each section goes, instead of becoming a JSX module that Vite bundles and the JSX
 * runtime renders page by page. This module decides which bodies qualify and rewrites them; a body
 * that does not qualify keeps the MDX path, where MDX reports its errors exactly as before.
 */

interface MdastLike {
  type: string;
  name?: string | null;
  attributes?: readonly unknown[];
  children?: readonly MdastLike[];
  position?: { start: { offset?: number }; end: { offset?: number } };
  [key: string]: unknown;
}

const SECTION_NAMES = new Set<string>(GENERATED_SECTIONS.map((section) => section.name));
const MARKER_PREFIX = '<!--skill-guides:section:';
const MARKER_PATTERN = /<!--skill-guides:section:([A-Za-z]+)-->/g;

/** The HTML comment that stands for a generated section in a plain body's Markdown and HTML. */
export function sectionMarker(name: SectionName): string {
  return `${MARKER_PREFIX}${name}-->`;
}

/** The section a Markdown `html` node stands for, if it is exactly one marker. */
export function sectionOfMarker(value: string): SectionName | undefined {
  const match = /^<!--skill-guides:section:([A-Za-z]+)-->$/.exec(value.trim());
  return match && SECTION_NAMES.has(match[1]!) ? (match[1] as SectionName) : undefined;
}

/**
 * Key in an entry's `rendered.metadata` naming the file the guides loader wrote for a plain guide:
 * its inline-Markdown fields and its body HTML (see `formatSyncedGuide`).
 */
export const BODY_FILE = 'bodyFile';

/** Key in an entry's `rendered.metadata` holding a plain guide's frontmatter word count (see `countFrontmatterWords`). */
export const FRONTMATTER_WORDS = 'frontmatterWords';

/** What the guides loader renders for a plain guide during sync, kept in one file per guide. */
export interface SyncedGuide {
  /** The body's HTML, with a marker where each generated section goes. */
  html: string;
  /** The inline-Markdown frontmatter fields as `[text, micromark HTML]` (see `prerenderInlineMarkdown`). */
  inline: [text: string, html: string][];
}

/**
 * A synced guide as file text: the inline fields as JSON on the first line (JSON never holds a raw
 * line break), then the body HTML as it is. One file per guide, not two: creating a file costs about
 * as much as writing 30 KB into it on these machines. A reader that needs only the fields (the
 * interview hub) parses only the first line.
 */
export function formatSyncedGuide({ html, inline }: SyncedGuide): string {
  return `${JSON.stringify(inline)}\n${html}`;
}

/** The inline fields of a synced guide's file text. */
export function syncedInlineFields(text: string): SyncedGuide['inline'] {
  const end = text.indexOf('\n');
  return JSON.parse(end === -1 ? text : text.slice(0, end)) as SyncedGuide['inline'];
}

/** The body HTML of a synced guide's file text. */
export function syncedBodyHtml(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? '' : text.slice(end + 1);
}

/** One run of body HTML, and the generated section that follows it (if any). */
export interface BodySegment {
  html: string;
  section?: SectionName;
}

/** Splits a plain body's rendered HTML at its section markers. */
export function splitAtSectionMarkers(html: string): BodySegment[] {
  const segments: BodySegment[] = [];
  let start = 0;
  for (const match of html.matchAll(MARKER_PATTERN)) {
    segments.push({ html: html.slice(start, match.index), section: match[1] as SectionName });
    start = match.index + match[0].length;
  }
  segments.push({ html: html.slice(start) });
  return segments;
}

/** Whether a body can skip MDX: the Markdown to render, or why not. */
export type PlainBodyPlan = { plain: true; markdown: string } | { plain: false; reason: string };

// The MDX integration hands the compiler a body without its frontmatter; so do we.
const FEATURES: Features = { frontmatter: false };

/**
 * Decides whether an MDX body is plain Markdown plus section placements and, if so, returns the
 * Markdown with a marker in place of each section element. It parses the body twice, as MDX and as
 * the rewritten Markdown, and accepts it only when the two trees are the same node for node: MDX and
 * Markdown disagree on indented code, raw HTML, autolinks and comments, and any such difference (or
 * an MDX syntax error, an expression, an import, any other JSX) keeps the body on the MDX path.
 */
export function planPlainBody(body: string): PlainBodyPlan {
  let mdx: MdastLike;
  try {
    mdx = mdxToMdast(body, { features: FEATURES }) as MdastLike;
  } catch (error) {
    return { plain: false, reason: `not valid MDX (${(error as Error).message.split('\n')[0]})` };
  }
  const pieces: string[] = [];
  let from = 0;
  for (const node of mdx.children ?? []) {
    if (node.type !== 'mdxJsxFlowElement') continue;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!isBareSection(node) || start === undefined || end === undefined) return { plain: false, reason: `uses <${node.name ?? ''}> beyond a bare section placement` };
    pieces.push(body.slice(from, start), sectionMarker(node.name as SectionName));
    from = end;
  }
  pieces.push(body.slice(from));
  const markdown = pieces.join('');
  const difference = findDifference(mdx, markdownToMdast(markdown, { features: FEATURES, position: false }) as MdastLike);
  return difference ? { plain: false, reason: difference } : { plain: true, markdown };
}

function isBareSection(node: MdastLike): boolean {
  return SECTION_NAMES.has(node.name ?? '') && (node.attributes?.length ?? 0) === 0 && (node.children?.length ?? 0) === 0;
}

const IGNORED_KEYS = new Set(['type', 'children', 'position', 'data']);

/** Node fields are primitives, or small arrays of them (a table's `align`). */
function isSameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
}

/** The first place where the MDX tree and the Markdown tree differ, or undefined if they match. */
function findDifference(mdx: MdastLike, markdown: MdastLike): string | undefined {
  if (mdx.type === 'mdxJsxFlowElement') {
    return markdown.type === 'html' && sectionOfMarker(String(markdown.value)) === mdx.name ? undefined : `<${mdx.name ?? ''}> does not stand alone as a block`;
  }
  if (mdx.type !== markdown.type) return `reads as ${mdx.type} in MDX but ${markdown.type} in Markdown`;
  if (mdx.type.startsWith('mdx')) return `uses MDX syntax (${mdx.type})`;
  for (const key in mdx) {
    if (!IGNORED_KEYS.has(key) && !isSameValue(mdx[key], markdown[key])) return `a ${mdx.type} differs between MDX and Markdown (${key})`;
  }
  for (const key in markdown) {
    if (!IGNORED_KEYS.has(key) && !(key in mdx)) return `a ${mdx.type} differs between MDX and Markdown (${key})`;
  }
  const mdxChildren = mdx.children ?? [];
  const markdownChildren = markdown.children ?? [];
  if (mdxChildren.length !== markdownChildren.length) return `a ${mdx.type} has different content in MDX and Markdown`;
  for (let i = 0; i < mdxChildren.length; i++) {
    const difference = findDifference(mdxChildren[i]!, markdownChildren[i]!);
    if (difference) return difference;
  }
  return undefined;
}
