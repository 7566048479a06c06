import type { MdastPluginDefinition } from 'satteri';
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
