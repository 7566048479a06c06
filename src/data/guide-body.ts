import { readFileSync } from 'node:fs';
import { render } from 'astro:content';
import type { GuideEntry } from './site.ts';
import { BODY_FILE, FRONTMATTER_WORDS, splitAtSectionMarkers, syncedBodyHtml, syncedInlineFields, type BodySegment } from '../lib/plain-body.ts';
import { countFrontmatterWords } from '../lib/guide-words.ts';
import { InlineMarkdown } from '../lib/markdown.ts';
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
  /** Words of the frontmatter prose the page shows (counted during sync for plain guides). */
  frontmatterWords: number;
  /** The guide's inline-Markdown fields, rendered during sync for plain guides. */
  markdown: InlineMarkdown;
}

/** Reads a file the guides loader wrote for `entry`, with an error that says how to recover. */
function readSyncedFile(entry: GuideEntry, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${entry.filePath}: a file rendered for it during content sync (${file}) is missing (${(error as NodeJS.ErrnoException).code}); build again, or save the guide while astro dev runs`);
  }
}

/** The file the guides loader wrote for a plain guide during sync; undefined for guides that use MDX. */
function syncedFileOf(entry: GuideEntry): string | undefined {
  const file = entry.rendered?.metadata?.[BODY_FILE];
  return typeof file === 'string' ? file : undefined;
}

/**
 * A guide's inline-Markdown fields: rendered during content sync for plain guides (see the guides
 * loader), rendered as the page asks for them for guides that use MDX.
 */
export function loadInlineMarkdown(entry: GuideEntry): InlineMarkdown {
  const file = syncedFileOf(entry);
  return new InlineMarkdown(file === undefined ? undefined : new Map(syncedInlineFields(readSyncedFile(entry, file))));
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
  const file = syncedFileOf(entry);
  if (metadata && file !== undefined) {
    const text = readSyncedFile(entry, file);
    const markdown = new InlineMarkdown(new Map(syncedInlineFields(text)));
    const counted = metadata[FRONTMATTER_WORDS];
    return {
      segments: splitAtSectionMarkers(syncedBodyHtml(text)),
      headings: (metadata.headings ?? []) as BodyHeading[],
      ...outline(metadata.frontmatter as Record<string, unknown> | undefined),
      frontmatterWords: typeof counted === 'number' ? counted : countFrontmatterWords(entry.data, markdown),
      markdown,
    };
  }
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  const markdown = new InlineMarkdown();
  return { Content, headings, ...outline(remarkPluginFrontmatter), frontmatterWords: countFrontmatterWords(entry.data, markdown), markdown };
}
