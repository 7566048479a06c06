import { GENERATED_SECTIONS, type Placement, type SectionName } from '../lib/sections.ts';
import { countWords } from '../lib/reading-time.ts';

interface MdastNode {
  type: string;
  name?: string | null;
  value?: string;
  children?: MdastNode[];
}

interface VFileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const SECTION_NAMES = new Set<string>(GENERATED_SECTIONS.map((section) => section.name));

/**
 * Records, for each guide body, where the author placed generated-section components (after how
 * many headings) and how many words the body has. Exposed to pages as `remarkPluginFrontmatter`,
 * so nothing needs the raw body at render time.
 */
export function remarkGuideOutline() {
  return (tree: MdastNode, file: VFileLike) => {
    const placements: Placement[] = [];
    let headings = 0;
    let words = 0;
    const visit = (node: MdastNode) => {
      if (node.type === 'heading') headings++;
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && SECTION_NAMES.has(node.name)) {
        placements.push({ name: node.name as SectionName, afterHeading: headings });
      }
      if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')) {
        words += countWords(node.value);
      }
      node.children?.forEach(visit);
    };
    visit(tree);
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.placements = placements;
    file.data.astro.frontmatter.bodyWords = words;
  };
}
