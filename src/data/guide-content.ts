import { render } from 'astro:content';
import type { Guide } from './site.ts';
import { readGuideFile, readGuideText, type GuideFile } from '../loaders/guide-files.ts';
import { splitAtSectionMarkers, type BodyHeading, type BodySegment, type Placement } from '../lib/sections.ts';
import { countFrontmatterWords } from '../lib/markdown.ts';
import { getReadingMinutes } from '../lib/reading-time.ts';
import type { GuideData } from '../schemas/guide.ts';

/** A guide's body ready to render: HTML segments (`.md` guides) or the compiled MDX component. */
export interface GuideBody {
  /** `.md` guides: their rendered HTML, split where generated sections go. */
  segments?: BodySegment[];
  /** `.mdx` guides: the compiled content component. */
  Content?: Awaited<ReturnType<typeof render>>['Content'];
  headings: BodyHeading[];
  placements: Placement[];
  readingMinutes: number;
}

/** Placements and word count, written into the frontmatter by the outline plugin (src/markdown/). */
function outlineOf(frontmatter: Record<string, unknown> | undefined): { placements: Placement[]; bodyWords: number } {
  return { placements: (frontmatter?.placements ?? []) as Placement[], bodyWords: Number(frontmatter?.bodyWords ?? 0) };
}

/** The file the guides loader wrote for `guide` beside the data store. */
function fileOf(guide: Guide): GuideFile {
  const file = readGuideFile(guide.slug);
  if (!file) throw new Error(`${guide.entry.filePath}: its file is missing from the content cache; build again (or save the guide while astro dev runs)`);
  return file;
}

/** A guide's full frontmatter. */
export function loadGuideData(guide: Guide): GuideData {
  return fileOf(guide).data;
}

/**
 * What a guide's Markdown twin starts from: its full frontmatter, where the author placed the
 * generated sections, and a `.md` guide's Markdown as written (the placements' offsets point into
 * it) or a `.mdx` guide's compiled content component.
 */
export async function loadGuideSource(guide: Guide): Promise<{ data: GuideData; placements: Placement[]; markdown?: string; Content?: GuideBody['Content'] }> {
  const file = fileOf(guide);
  if (file.body) return { data: file.data, placements: outlineOf(file.body.metadata?.frontmatter).placements, markdown: readGuideText(guide.slug, 'md') };
  const { Content, remarkPluginFrontmatter } = await render(guide.entry);
  return { data: file.data, placements: outlineOf(remarkPluginFrontmatter).placements, Content };
}

/**
 * A guide's full frontmatter and body: a `.md` guide's HTML as the guides loader rendered it, a
 * `.mdx` guide's component through Astro's `render()`.
 */
export async function loadGuideContent(guide: Guide): Promise<{ data: GuideData; body: GuideBody }> {
  const file = fileOf(guide);
  const reading = (bodyWords: number) => getReadingMinutes(bodyWords + countFrontmatterWords(file.data));
  if (file.body) {
    // Rendered Markdown ends with a newline where compiled MDX does not: without it, .md and .mdx give the same page.
    const segments = splitAtSectionMarkers(readGuideText(guide.slug, 'html').replace(/\n$/, ''));
    const { placements, bodyWords } = outlineOf(file.body.metadata?.frontmatter);
    return { data: file.data, body: { segments, headings: (file.body.metadata?.headings ?? []) as BodyHeading[], placements, readingMinutes: reading(bodyWords) } };
  }
  const { Content, headings, remarkPluginFrontmatter } = await render(guide.entry);
  const { placements, bodyWords } = outlineOf(remarkPluginFrontmatter);
  return { data: file.data, body: { Content, headings, placements, readingMinutes: reading(bodyWords) } };
}
