import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { isSectionName, sectionMarker, type Placement } from '../lib/sections.ts';
import { countWords } from '../lib/reading-time.ts';

/** Accumulates a body outline from nodes met in document order. */
function createOutline() {
  const placements: Placement[] = [];
  let headings = 0;
  let bodyWords = 0;
  return {
    heading: () => void headings++,
    section(name: string | null | undefined, position: { start: { offset?: number }; end: { offset?: number } } | undefined) {
      if (!isSectionName(name)) return;
      const { start, end } = { start: position?.start.offset, end: position?.end.offset };
      placements.push({ name, afterHeading: headings, ...(start !== undefined && end !== undefined ? { source: [start, end] as [number, number] } : {}) });
    },
    /** `text`, `inlineCode` and `code` nodes: the words a reader reads. */
    words(value: unknown) {
      if (typeof value === 'string') bodyWords += countWords(value);
    },
    result: () => ({ placements, bodyWords }),
  };
}

type Outline = ReturnType<typeof createOutline>;

const OUTLINE = Symbol('skill-guides:guide-outline');
const outlineOf = (ctx: { data: object }) => (ctx.data as Record<symbol, Outline>)[OUTLINE]!;

/** `<CoreConcepts />` written on a line of its own in a `.md` guide: the section it places, if any. */
function sectionOfHtml(value: string): string | undefined {
  return /^<([A-Za-z]+)\s*\/>$/.exec(value.trim())?.[1];
}

/**
 * Sätteri plugin (Astro's Markdown processor, also used for MDX): records where the author placed
 * each generated section and how many words the body has, in the entry's frontmatter (read by
 * pages as `rendered.metadata.frontmatter` or `remarkPluginFrontmatter`). In a `.md` guide a
 * placement is raw HTML; it becomes a marker comment that the page replaces with the section.
 */
export const guideOutlinePlugin: MdastPluginDefinition = {
  name: 'skill-guides:guide-outline',
  // Source offsets of the placements, for the guide's Markdown twin.
  options: { position: true },
  before(_root, ctx) {
    (ctx.data as Record<symbol, Outline>)[OUTLINE] = createOutline();
  },
  heading: (_node, ctx) => outlineOf(ctx).heading(),
  mdxJsxFlowElement: (node, ctx) => outlineOf(ctx).section(node.name, node.position),
  html(node, ctx) {
    const name = sectionOfHtml(node.value);
    if (!isSectionName(name)) return;
    outlineOf(ctx).section(name, node.position);
    ctx.replaceNode(node, { type: 'html', value: sectionMarker(name) });
  },
  text: (node, ctx) => outlineOf(ctx).words(node.value),
  inlineCode: (node, ctx) => outlineOf(ctx).words(node.value),
  code: (node, ctx) => outlineOf(ctx).words(node.value),
  after(_root, ctx) {
    const frontmatter = ctx.data.astro?.frontmatter;
    if (frontmatter) Object.assign(frontmatter, outlineOf(ctx).result());
  },
};

interface HastLike {
  type: string;
  tagName?: string;
  value?: string;
  children?: readonly HastLike[];
}

function collectHeaderCells(node: HastLike, cells: string[] = []): string[] {
  if (node.type === 'element' && node.tagName === 'th') {
    cells.push(textOf(node));
    return cells;
  }
  if (node.type === 'element' && node.tagName === 'tbody') return cells;
  node.children?.forEach((child) => collectHeaderCells(child, cells));
  return cells;
}

function textOf(node: HastLike): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

/**
 * Wraps every body table in a keyboard-focusable, labelled scroll region, so a wide table scrolls
 * on its own on a phone instead of widening the page.
 */
export const scrollableTablesPlugin: HastPluginDefinition = {
  name: 'skill-guides:scrollable-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      const columns = collectHeaderCells(node as unknown as HastLike).filter(Boolean);
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'group', ariaLabel: columns.length > 0 ? `Table: ${columns.join(', ')}` : 'Table' },
        children: [],
      });
    },
  },
};

/**
 * Code blocks: focusable, so a keyboard can scroll a long line; and out of the search index, so a
 * reader finds a guide by its prose, lists and tables (inline `code` included) and excerpts never
 * show a run of code tokens.
 */
export const codeBlocksPlugin: HastPluginDefinition = {
  name: 'skill-guides:code-blocks',
  element: {
    filter: ['pre'],
    visit(node, ctx) {
      ctx.setProperty(node, 'tabIndex', 0);
      ctx.setProperty(node, 'dataPagefindIgnore', '');
    },
  },
};
