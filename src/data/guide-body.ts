import { render } from 'astro:content';
import type { GuideEntry } from './site.ts';
import { readGuideBody } from '../loaders/guide-bodies.ts';
import { splitAtSectionMarkers, type BodyHeading, type BodySegment, type Placement } from '../lib/sections.ts';

/** A guide's body ready to render: HTML segments (`.md` guides) or the compiled MDX component. */
export interface GuideBody {
  /** `.md` guides: their rendered HTML, split where generated sections go. */
  segments?: BodySegment[];
  /** `.mdx` guides: the compiled content component. */
  Content?: Awaited<ReturnType<typeof render>>['Content'];
  headings: BodyHeading[];
  placements: Placement[];
  bodyWords: number;
}

/** Placements and word count, written into the frontmatter by the outline plugin (src/markdown/). */
function outlineOf(frontmatter: Record<string, unknown> | undefined): Pick<GuideBody, 'placements' | 'bodyWords'> {
  return { placements: (frontmatter?.placements ?? []) as Placement[], bodyWords: Number(frontmatter?.bodyWords ?? 0) };
}

/**
 * Loads a guide's body: a `.md` guide's from the HTML the guides loader rendered (src/loaders/),
 * a `.mdx` guide's through Astro's `render()`.
 */
export async function loadGuideBody(entry: GuideEntry): Promise<GuideBody> {
  if (entry.filePath?.endsWith('.md')) {
    const body = readGuideBody(String(entry.digest));
    if (!body) throw new Error(`${entry.filePath}: its rendered body is missing from the content cache; build again (or save the guide while astro dev runs)`);
    // Rendered Markdown ends with a newline where compiled MDX does not: without it, .md and .mdx give the same page.
    const html = body.html.replace(/\n$/, '');
    return { segments: splitAtSectionMarkers(html), headings: (body.metadata?.headings ?? []) as BodyHeading[], ...outlineOf(body.metadata?.frontmatter) };
  }
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  return { Content, headings, ...outlineOf(remarkPluginFrontmatter) };
}
