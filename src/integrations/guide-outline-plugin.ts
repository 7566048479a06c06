import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { GENERATED_SECTIONS, type Placement, type SectionName } from '../lib/sections.ts';
import { countWords } from '../lib/reading-time.ts';

interface OutlineNode {
  type: string;
  name?: string | null;
  value?: string;
  children?: readonly OutlineNode[];
}

const SECTION_NAMES = new Set<string>(GENERATED_SECTIONS.map((section) => section.name));

/** Walks a guide body: where generated-section components sit (after how many headings), and its word count. */
export function outlineBody(root: OutlineNode): { placements: Placement[]; bodyWords: number } {
  const placements: Placement[] = [];
  let headings = 0;
  let bodyWords = 0;
  const visit = (node: OutlineNode) => {
    if (node.type === 'heading') headings++;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && SECTION_NAMES.has(node.name)) {
      placements.push({ name: node.name as SectionName, afterHeading: headings });
    }
    if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')) {
      bodyWords += countWords(node.value);
    }
    node.children?.forEach(visit);
  };
  visit(root);
  return { placements, bodyWords };
}

/**
 * Sätteri (Astro 7's Markdown processor) plugin: stores the body outline in the entry's
 * frontmatter data, which pages read as `remarkPluginFrontmatter`, so rendering needs no raw body.
 */
export const guideOutlinePlugin: MdastPluginDefinition = {
  name: 'skill-guides:guide-outline',
  before(root, ctx) {
    const frontmatter = ctx.data.astro?.frontmatter;
    if (!frontmatter) return;
    Object.assign(frontmatter, outlineBody(root as unknown as OutlineNode));
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
