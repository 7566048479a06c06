import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { GENERATED_SECTIONS, type Placement, type SectionName } from '../lib/sections.ts';
import { countWords } from '../lib/reading-time.ts';
import { sectionOfMarker } from '../lib/plain-body.ts';

const SECTION_NAMES = new Set<string>(GENERATED_SECTIONS.map((section) => section.name));

/** Accumulates a body outline from nodes met in document order. */
function createOutline() {
  const placements: Placement[] = [];
  let headings = 0;
  let bodyWords = 0;
  return {
    heading: () => void headings++,
    /** A section element (`<CoreConcepts />` in MDX) or its marker (a plain body's Markdown). */
    section(name: string | null | undefined) {
      if (name && SECTION_NAMES.has(name)) placements.push({ name: name as SectionName, afterHeading: headings });
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

/**
 * Sätteri (Astro 7's Markdown processor) plugin: stores the body outline in the entry's
 * frontmatter data, which pages read as `remarkPluginFrontmatter`, so rendering needs no raw body.
 * Typed visitors, not a walk from the root: Sätteri then hands JavaScript only the node types the
 * outline needs, in document order, instead of building the whole tree as objects (half the cost
 * of compiling a guide without highlighting).
 */
export const guideOutlinePlugin: MdastPluginDefinition = {
  name: 'skill-guides:guide-outline',
  before(_root, ctx) {
    (ctx.data as Record<symbol, Outline>)[OUTLINE] = createOutline();
  },
  heading: (_node, ctx) => outlineOf(ctx).heading(),
  mdxJsxFlowElement: (node, ctx) => outlineOf(ctx).section(node.name),
  mdxJsxTextElement: (node, ctx) => outlineOf(ctx).section(node.name),
  html: (node, ctx) => outlineOf(ctx).section(sectionOfMarker(node.value)),
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
