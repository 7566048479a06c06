import { markdownToMdast, mdxToMdast } from 'satteri';
import { isSafeUrl } from '../lib/markdown.ts';
import { GENERATED_SECTIONS, isReservedId, isSectionName } from '../lib/sections.ts';
import { slugifyHeadings } from '../lib/urls.ts';

/** A node of Sätteri's Markdown syntax tree, as far as the body rules read it. */
interface Node {
  type: string;
  children?: Node[];
  value?: string;
  url?: string;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}

/** A place in the body, as a line and column of the file. */
interface BodyPlace {
  line: number;
  column: number;
}

/** A problem found in a body, located in the file. */
interface BodyProblem extends BodyPlace {
  field: 'body' | 'link';
  message: string;
}

/** A heading of the body with the id the build gives it. */
interface BodyHeading extends BodyPlace {
  depth: number;
  text: string;
  id: string;
}

/** A link or image target written in the body. */
interface BodyLink extends BodyPlace {
  url: string;
  image: boolean;
}

/** A module an `.mdx` body imports. */
interface BodyImport extends BodyPlace {
  specifier: string;
}

/** What the rules across files need from a body, and the problems found in it alone. */
export interface BodyOutline {
  headings: BodyHeading[];
  links: BodyLink[];
  imports: BodyImport[];
  /** Generated sections the body places, in order. */
  placements: string[];
  problems: BodyProblem[];
}

// Raw HTML a `.md` guide may hold besides section placements: comments and line breaks. Anything
// else is written in Markdown, or the guide becomes `.mdx`, which is reviewed as code.
const MD_HTML_ALLOWED = /^(?:<!--[\s\S]*-->|<br\s*\/?>)$/i;
// Elements whose content runs or loads in the reader's browser.
const ACTIVE_ELEMENTS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form', 'frame', 'frameset', 'applet', 'portal']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlinkhref', 'poster', 'data', 'srcset']);

/**
 * A copy of `text` that shares no memory with it. Every string of a Sätteri tree is a slice of one
 * string that holds the whole parsed text, and a slice keeps its whole source alive: an outline
 * kept for every guide until the check ends would otherwise keep every body's text twice over.
 */
function detached(text: string): string {
  return structuredClone(text);
}

/** Plain text of a node: what a reader sees (and what the heading id is made from). */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Names an ES module statement brings into scope (`import X`, `import { a as b }`, `export const C`). */
function declaredNames(esm: string): string[] {
  const names: string[] = [];
  for (const match of esm.matchAll(/import\s+([\w$]+)?\s*,?\s*(?:\{([^}]*)\}|\*\s+as\s+([\w$]+))?\s*from/g)) {
    if (match[1]) names.push(match[1]);
    if (match[3]) names.push(match[3]);
    for (const part of match[2]?.split(',') ?? []) {
      const name = part.trim().split(/\s+as\s+/).pop();
      if (name) names.push(name);
    }
  }
  for (const match of esm.matchAll(/export\s+(?:const|let|var|function|class)\s+([\w$]+)/g)) names.push(match[1]!);
  return names;
}

/** Module specifiers an ES module statement imports, with the line (from 0) each is on. */
function importedModules(esm: string): { specifier: string; lineOffset: number }[] {
  return [...esm.matchAll(/(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]/g)].map((match) => ({
    specifier: match[1] ?? match[2]!,
    lineOffset: esm.slice(0, match.index).split('\n').length - 1,
  }));
}

/**
 * Reads a guide's body (Markdown for `.md`, MDX for `.mdx`): its headings with their ids, its links
 * and images, where it places generated sections, and what is wrong in it alone: an H1, a heading
 * that takes a reserved id, a placement that is not on a line of its own or is repeated, raw HTML in
 * a `.md` guide, script-like content, an unknown component, an MDX syntax error.
 * `firstLine` is the file line the body starts on.
 */
export function readBody(body: string, options: { mdx: boolean; firstLine: number }): BodyOutline {
  const outline: BodyOutline = { headings: [], links: [], imports: [], placements: [], problems: [] };
  const declared = new Set<string>();
  const components: { name: string; at: BodyPlace }[] = [];
  const place = (node: Node): BodyPlace => ({ line: (node.position?.start.line ?? 1) + options.firstLine - 1, column: node.position?.start.column ?? 1 });
  const problem = (node: Node, message: string, field: BodyProblem['field'] = 'body') => outline.problems.push({ ...place(node), field, message });

  let root: Node;
  try {
    root = (options.mdx ? mdxToMdast(body, { features: { frontmatter: false } }) : markdownToMdast(body, { features: { frontmatter: false } })) as Node;
  } catch (error) {
    const message = String((error as Error).message ?? error);
    const located = /^(\d+):(\d+): ([\s\S]*)$/.exec(message);
    const line = located ? Number(located[1]) : 1;
    // Positions inside the message count from the body's start too: make them the file's.
    const text = (located ? located[3]! : message).replace(/\((\d+):(\d+)\)/g, (_, at: string, column: string) => `(${Number(at) + options.firstLine - 1}:${column})`);
    outline.problems.push({ line: line + options.firstLine - 1, column: located ? Number(located[2]) : 1, field: 'body', message: `MDX does not compile: ${text}` });
    return outline;
  }

  const headingNodes: Node[] = [];
  const walk = (node: Node, parent: Node | undefined) => {
    switch (node.type) {
      case 'heading':
        headingNodes.push(node);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (!isSafeUrl(node.url ?? '')) problem(node, `${node.url} would run script in the reader's browser; only web, mail and site links are allowed`, 'link');
        else outline.links.push({ ...place(node), url: detached(node.url ?? ''), image: node.type === 'image' });
        break;
      case 'mdxjsEsm': {
        const at = place(node);
        for (const name of declaredNames(node.value ?? '')) declared.add(name);
        for (const { specifier, lineOffset } of importedModules(node.value ?? '')) outline.imports.push({ specifier: detached(specifier), line: at.line + lineOffset, column: 1 });
        break;
      }
      case 'html': {
        const value = (node.value ?? '').trim();
        const section = /^<([A-Za-z]+)\s*\/>$/.exec(value)?.[1];
        if (isSectionName(section)) placeSection(node, section, parent?.type === 'root');
        else if (/^<script\b/i.test(value)) problem(node, '<script> in a guide would run or load content in readers\' browsers: remove it');
        else if (/^<!--\s*section:/i.test(value)) problem(node, 'this comment is how the build marks a placed section: place sections with their component (<CoreConcepts />)');
        else if (!MD_HTML_ALLOWED.test(value)) problem(node, `raw HTML (${value.split('\n')[0]!.slice(0, 40)}) is not allowed in a .md guide: write it in Markdown, or make the guide .mdx (an .mdx guide is code, and is reviewed as code)`);
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node, parent);
        break;
    }
    for (const child of node.children ?? []) walk(child, node);
  };

  const placeSection = (node: Node, name: string, ownLine: boolean) => {
    if (!ownLine) return problem(node, `<${name} /> must stand on a line of its own, with a blank line before and after it`);
    if (outline.placements.includes(name)) return problem(node, `<${name} /> is placed twice: a generated section appears once`);
    outline.placements.push(detached(name));
  };

  const checkJsx = (node: Node, parent: Node | undefined) => {
    const name = node.name ?? '';
    if (isSectionName(name)) {
      if ((node.attributes?.length ?? 0) > 0 || (node.children?.length ?? 0) > 0) problem(node, `<${name} /> takes no attributes or content`);
      return placeSection(node, name, node.type === 'mdxJsxFlowElement' && parent?.type === 'root');
    }
    if (/^[a-z]/.test(name)) {
      if (ACTIVE_ELEMENTS.has(name)) problem(node, `<${name}> in a guide would run or load content in readers' browsers: remove it`);
    } else if (name !== '') {
      components.push({ name, at: place(node) });
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
      if (/^on/i.test(attribute.name)) problem(node, `the ${attribute.name} attribute would run script in readers' browsers: remove it`);
      else if (URL_ATTRIBUTES.has(attribute.name.toLowerCase().replace(/[^a-z]/g, '')) && typeof attribute.value === 'string' && !isSafeUrl(attribute.value)) {
        problem(node, `${attribute.name}="${attribute.value}" would run script in the reader's browser; only web, mail and site links are allowed`, 'link');
      }
    }
  };

  walk(root, undefined);

  for (const { name, at } of components) {
    if (!declared.has(name.split('.')[0]!)) {
      outline.problems.push({ ...at, field: 'body', message: `<${name}> is not a generated section (${GENERATED_SECTIONS.map((section) => `<${section.name} />`).join(', ')}) nor a component this guide imports` });
    }
  }

  const ids = slugifyHeadings(headingNodes.map(textOf));
  headingNodes.forEach((node, index) => {
    const heading = { ...place(node), depth: node.depth ?? 2, text: detached(textOf(node)), id: ids[index]! };
    outline.headings.push(heading);
    if (heading.depth === 1) problem(node, 'a guide body must not contain an H1: the title is the page\'s only H1; start sections at ##');
    if (isReservedId(heading.id)) {
      const section = GENERATED_SECTIONS.find((candidate) => candidate.id === heading.id);
      problem(node, section
        ? `heading "${heading.text}" takes the anchor #${heading.id} of a generated section; place the section with its component instead or rename the heading`
        : `heading "${heading.text}" takes the id #${heading.id}, which the page gives ${/^faq-\d+$/.test(heading.id) ? 'an FAQ item' : 'its layout'}; rename the heading`);
    }
  });
  return outline;
}
