import { readFileSync } from 'node:fs';
import { render } from 'astro:content';
import type { GuideEntry } from './site.ts';
import { BODY_FILE, splitAtSectionMarkers, type BodySegment } from '../lib/plain-body.ts';
import type { BodyHeading, Placement } from '../lib/sections.ts';

/** A guide's body ready to render: HTML segments (plain guides) or the compiled MDX component. */
export interface GuideBody {
  /** Plain guides: body HTML split where generated sections go. */
  segments?: BodySegment[];
  /** Guides that use MDX: the compiled content component. */
  Content?: Awaited<ReturnType<typeof render>>['Content'];
  headings: BodyHeading[];
  placements: Placement[];
  bodyWords: number;
}

/**
 * Loads a guide's body: the HTML rendered during sync if it has one, else the MDX module. The only
 * reader of plain guides' bodies: their HTML is in a file beside the data store (see the guides
 * loader), so Astro's `render()` would show an empty body for them.
 */
export async function loadGuideBody(entry: GuideEntry): Promise<GuideBody> {
  const outline = (frontmatter: Record<string, unknown> | undefined) => ({
    placements: (frontmatter?.placements ?? []) as Placement[],
    bodyWords: Number(frontmatter?.bodyWords ?? 0),
  });
  const metadata = entry.rendered?.metadata;
  const bodyFile = metadata?.[BODY_FILE];
  if (metadata && typeof bodyFile === 'string') {
    let html: string;
    try {
      html = readFileSync(bodyFile, 'utf8');
    } catch (error) {
      throw new Error(`${entry.filePath}: its rendered body (${bodyFile}) is missing (${(error as NodeJS.ErrnoException).code}); build again, or save the guide while astro dev runs`);
    }
    return { segments: splitAtSectionMarkers(html), headings: (metadata.headings ?? []) as BodyHeading[], ...outline(metadata.frontmatter as Record<string, unknown> | undefined) };
  }
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  return { Content, headings, ...outline(remarkPluginFrontmatter) };
}
