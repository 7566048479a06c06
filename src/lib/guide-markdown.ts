import { stringify } from 'yaml';
import type { GuideData } from '../schemas/guide.ts';
import { DIFFICULTY_LABELS, LEVEL_LABELS } from './labels.ts';
import { absolutizeLinks, generatedSectionMarker, htmlToMarkdown, inlineFieldToMarkdown, plainTextToMarkdown } from './markdown-out.ts';
import { GENERATED_SECTIONS, type Placement, type SectionName } from './sections.ts';

/** What a guide's Markdown twin is made of; every URL absolute. */
export interface GuideMarkdownInput {
  data: GuideData;
  /** The guide page's URL (the twin's canonical). */
  url: string;
  categoryName: string;
  /**
   * The body: a `.md` guide's Markdown as written, with the placements' source ranges in it; or a
   * `.mdx` guide's rendered HTML, its placed sections rendered where the author put them.
   */
  body: { markdown: string; placements: readonly Placement[] } | { html: string; placements: readonly Placement[] };
  /** Generated sections with something to show (src/data/guide-view.ts). */
  present: ReadonlySet<SectionName>;
  relatedGuides: readonly { title: string; description: string; url: string }[];
  roles: readonly { name: string; url: string }[];
}

type SectionContext = Pick<GuideMarkdownInput, 'data' | 'relatedGuides' | 'roles'>;

/** Each generated section as Markdown, following what the page shows (src/components/guide/). */
const SECTION_MARKDOWN: Record<SectionName, (context: SectionContext) => string[]> = {
  CoreConcepts: ({ data }) => [data.concepts.map((concept) => `- **${plainTextToMarkdown(concept.term)}**: ${inlineFieldToMarkdown(concept.summary, { oneLine: true })}`).join('\n')],
  InterviewQuestions: ({ data }) =>
    data.interviewQuestions.length === 0
      ? ['No interview questions for this skill yet.']
      : data.interviewQuestions.flatMap((question) => [
          `### ${plainTextToMarkdown(question.question)}`,
          [
            `- **Difficulty:** ${DIFFICULTY_LABELS[question.difficulty]}`,
            `- **Why asked:** ${inlineFieldToMarkdown(question.whyAsked, { oneLine: true })}`,
            `- **Strong answer:** ${inlineFieldToMarkdown(question.strongAnswer, { oneLine: true })}`,
          ].join('\n'),
        ]),
  ExampleProjects: ({ data }) => [
    [
      '| Project | Scope | Signal | Level |',
      '| --- | --- | --- | --- |',
      ...data.exampleProjects.map((project) =>
        `| ${[plainTextToMarkdown(project.project, { inCell: true }), inlineFieldToMarkdown(project.scope, { inCell: true }), inlineFieldToMarkdown(project.signal, { inCell: true }), LEVEL_LABELS[project.level]].join(' | ')} |`,
      ),
    ].join('\n'),
  ],
  Faq: ({ data }) => data.faq.flatMap((item) => [`### ${plainTextToMarkdown(item.question)}`, inlineFieldToMarkdown(item.answer)]),
  RelatedSkills: ({ relatedGuides }) => [relatedGuides.map((guide) => `- [${plainTextToMarkdown(guide.title)}](${guide.url}): ${plainTextToMarkdown(guide.description)}`).join('\n')],
  RelatedRoles: ({ roles }) => [roles.map((role) => `- [${plainTextToMarkdown(role.name)}](${role.url})`).join('\n')],
};

/** A generated section as Markdown blocks (heading first), or none when the page leaves it out. */
function sectionMarkdown(name: SectionName, input: GuideMarkdownInput): string {
  if (!input.present.has(name)) return '';
  const section = GENERATED_SECTIONS.find((candidate) => candidate.name === name)!;
  return [`## ${section.title}`, ...SECTION_MARKDOWN[name](input)].join('\n\n');
}

/** The body with every placed section expanded where the author put it. */
function bodyMarkdown(input: GuideMarkdownInput): string {
  const { body } = input;
  if ('html' in body) {
    const ids = new Map(GENERATED_SECTIONS.map((section) => [generatedSectionMarker(section.id), section.name]));
    return htmlToMarkdown(body.html).replace(/<!--generated:[a-z-]+-->/g, (marker) => {
      const name = ids.get(marker);
      return name ? sectionMarkdown(name, input) : '';
    });
  }
  // Right to left, so each splice leaves the offsets of the ones before it valid.
  let markdown = body.markdown;
  const splices = [...body.placements].filter((each) => each.source).sort((a, b) => b.source![0] - a.source![0]);
  for (const placement of splices) {
    const [start, end] = placement.source!;
    // Blank lines around the section: the placement may sit right under a paragraph line.
    markdown = `${markdown.slice(0, start).trimEnd()}\n\n${sectionMarkdown(placement.name, input)}\n\n${markdown.slice(end).trimStart()}`;
  }
  return markdown.trim();
}

/**
 * A guide as one Markdown document (CommonMark with GFM tables): a YAML header (title,
 * description, category, updated, canonical URL), the title and lede, the body, and the generated
 * sections in the places the page shows them, written as Markdown.
 */
export function buildGuideMarkdown(input: GuideMarkdownInput): string {
  const { data } = input;
  const header = stringify({ title: data.title, description: data.description, category: input.categoryName, updated: data.updated, canonical: input.url }, { lineWidth: 0 });
  const placed = new Set(input.body.placements.map((placement) => placement.name));
  const unplaced = GENERATED_SECTIONS.filter((section) => !placed.has(section.name)).map((section) => sectionMarkdown(section.name, input));
  const blocks = [`# ${plainTextToMarkdown(data.title)}`, plainTextToMarkdown(data.description), bodyMarkdown(input), ...unplaced];
  // Read away from the page (llms-full.txt has no address at all), so no link may depend on it.
  return `---\n${header}---\n\n${absolutizeLinks(blocks.filter(Boolean).join('\n\n'), input.url)}\n`;
}
