/** Generated guide sections, in their default order after the body. */
export const GENERATED_SECTIONS = [
  { name: 'CoreConcepts', id: 'core-concepts', title: 'Core concepts' },
  { name: 'InterviewQuestions', id: 'interview-questions', title: 'Interview questions' },
  { name: 'ExampleProjects', id: 'example-projects', title: 'Example projects' },
  { name: 'Faq', id: 'faq', title: 'FAQ' },
  { name: 'RelatedSkills', id: 'related-skills', title: 'Related skills' },
  { name: 'RelatedRoles', id: 'related-roles', title: 'Related roles' },
] as const;

export type SectionName = (typeof GENERATED_SECTIONS)[number]['name'];
type SectionId = (typeof GENERATED_SECTIONS)[number]['id'];

const SECTION_NAMES = new Set<string>(GENERATED_SECTIONS.map((section) => section.name));

/** Whether `name` is a generated section's component name (`CoreConcepts`). */
export function isSectionName(name: string | null | undefined): name is SectionName {
  return typeof name === 'string' && SECTION_NAMES.has(name);
}

/** The HTML comment that stands for a placed section in a `.md` guide's rendered HTML. */
export function sectionMarker(name: SectionName): string {
  return `<!--section:${name}-->`;
}

/** One run of body HTML, and the generated section that follows it (if any). */
export interface BodySegment {
  html: string;
  section?: SectionName;
}

/** Splits a `.md` guide's rendered HTML at its section markers. */
export function splitAtSectionMarkers(html: string): BodySegment[] {
  const segments: BodySegment[] = [];
  let start = 0;
  for (const match of html.matchAll(/<!--section:([A-Za-z]+)-->/g)) {
    if (!isSectionName(match[1])) continue;
    segments.push({ html: html.slice(start, match.index), section: match[1] });
    start = match.index + match[0].length;
  }
  segments.push({ html: html.slice(start) });
  return segments;
}

/** Anchor ids the generated sections own; body headings may not take them. */
const GENERATED_SECTION_IDS: readonly SectionId[] = GENERATED_SECTIONS.map((section) => section.id);

/** Ids the guide page's layout gives its own elements (a build test keeps this list true). */
export const LAYOUT_IDS = ['main', 'site-search', 'site-search-panel', 'toc-title'] as const;

/** The id of the FAQ item at `index` (from 0) on a guide page. */
export function faqItemId(index: number): string {
  return `faq-${index + 1}`;
}

/** Whether a body heading may not take `id`: a generated section's, the layout's, or an FAQ item's. */
export function isReservedId(id: string): boolean {
  return (GENERATED_SECTION_IDS as readonly string[]).includes(id) || (LAYOUT_IDS as readonly string[]).includes(id) || /^faq-\d+$/.test(id);
}

/** A heading of the body as Astro reports it. */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

/** Where the author placed a generated section: after this many body headings. */
export interface Placement {
  name: SectionName;
  afterHeading: number;
  /** Where the component is in the Markdown source (UTF-16 offsets, end excluded): a `.md` guide's Markdown twin puts the section there. */
  source?: [start: number, end: number];
}

/** One entry of the "On this page" list. */
export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}

/**
 * Builds the table of contents: body h2/h3 headings with the generated sections inserted where the
 * author placed them, and the unplaced ones (that have something to show) appended in default order.
 */
export function buildToc(headings: readonly BodyHeading[], placements: readonly Placement[], present: ReadonlySet<SectionName>): TocEntry[] {
  const entries: TocEntry[] = [];
  const placed = new Set(placements.map((placement) => placement.name));
  const sectionEntry = (name: SectionName): TocEntry => {
    const section = GENERATED_SECTIONS.find((candidate) => candidate.name === name)!;
    return { depth: 2, id: section.id, text: section.title };
  };
  const pushPlacedAt = (position: number) => {
    for (const placement of placements) {
      if (placement.afterHeading === position && present.has(placement.name)) entries.push(sectionEntry(placement.name));
    }
  };
  pushPlacedAt(0);
  headings.forEach((heading, index) => {
    if (heading.depth === 2 || heading.depth === 3) entries.push({ depth: heading.depth, id: heading.slug, text: heading.text });
    pushPlacedAt(index + 1);
  });
  for (const section of GENERATED_SECTIONS) {
    if (!placed.has(section.name) && present.has(section.name)) entries.push(sectionEntry(section.name));
  }
  return entries;
}
