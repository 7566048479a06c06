import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Corpus } from './corpus.ts';

/**
 * Converts a bench corpus (content/skills/<slug>.md|mdx with our frontmatter) into Starlight docs
 * that carry the same content: the body as written, and every section our guide page generates
 * from frontmatter written out as Markdown where our page shows it. Pure: same corpus, same files.
 */

/** A file of the Starlight project, relative to its root. */
export interface DocFile {
  path: string;
  text: string;
}

interface Concept {
  term: string;
  summary: string;
}
interface InterviewQuestion {
  question: string;
  whyAsked: string;
  strongAnswer: string;
  difficulty: string;
}
interface FaqItem {
  question: string;
  answer: string;
}
interface ExampleProject {
  project: string;
  scope: string;
  signal: string;
  level: string;
}

/** The fields of our guide frontmatter that the page shows (see src/schemas/guide.ts). */
export interface GuideSource {
  slug: string;
  mdx: boolean;
  title: string;
  description: string;
  category: string;
  draft: boolean;
  concepts: Concept[];
  interviewQuestions: InterviewQuestion[];
  faq: FaqItem[];
  exampleProjects: ExampleProject[];
  relatedSkills: string[];
  body: string;
}

/** Our generated sections that the Starlight pages carry, in the default order after the body (src/lib/sections.ts). */
const SECTIONS = ['CoreConcepts', 'InterviewQuestions', 'ExampleProjects', 'Faq', 'RelatedSkills'] as const;
type Section = (typeof SECTIONS)[number];
/** Placeable on our pages, but not carried over: Starlight has no role pages to link to. */
const DROPPED_SECTIONS = new Set(['RelatedRoles']);

const DIFFICULTY_LABELS: Record<string, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };
const LEVEL_LABELS: Record<string, string> = { junior: 'Junior', mid: 'Mid', senior: 'Senior' };

const SITE_TITLE = 'Skill guides';
const SITE_TAGLINE =
  'One guide per technical skill: what it is, how it is built, where it fails, the questions interviewers ask and what a strong answer sounds like.';

/** Splits `---` frontmatter from the body (BOM and CRLF tolerated). */
function splitFrontmatter(text: string, file: string): { data: Record<string, unknown>; body: string } {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(normalized);
  if (!match) throw new Error(`${file}: no frontmatter`);
  const data = parseYaml(match[1]!) as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${file}: frontmatter is not a mapping`);
  return { data: data as Record<string, unknown>, body: normalized.slice(match[0].length) };
}

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** Reads one guide of the corpus (`skills/<slug>.md` or `.mdx`). */
export function readGuide(file: DocFile): GuideSource {
  const match = /^skills\/([^/]+)\.(md|mdx)$/.exec(file.path);
  if (!match) throw new Error(`${file.path}: not a guide (skills/<slug>.md or .mdx)`);
  const { data, body } = splitFrontmatter(file.text, file.path);
  const title = text(data.title);
  if (!title) throw new Error(`${file.path}: no title`);
  return {
    slug: match[1]!,
    mdx: match[2] === 'mdx',
    title,
    description: text(data.description),
    category: text(data.category),
    draft: data.draft === true,
    concepts: list<Concept>(data.concepts),
    interviewQuestions: list<InterviewQuestion>(data.interviewQuestions),
    faq: list<FaqItem>(data.faq),
    exampleProjects: list<ExampleProject>(data.exampleProjects),
    relatedSkills: list<string>(data.relatedSkills).map(String),
    body,
  };
}

// ---- Markdown writing -------------------------------------------------------------------------

/** `<https://example.com/>`: a CommonMark autolink (scheme of 2–32 characters, no spaces or angle brackets). */
const AUTOLINK = /<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi;

/** Code spans of inline Markdown: a run of backticks, then text, then a run of the same length. */
const CODE_SPAN = /(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;

/** Applies `outside` to the text between code spans and `inside` to the code spans. */
function mapAroundCode(value: string, outside: (part: string) => string, inside: (code: string) => string = (code) => code): string {
  let result = '';
  let last = 0;
  for (const match of value.matchAll(CODE_SPAN)) {
    result += outside(value.slice(last, match.index)) + inside(match[0]);
    last = match.index + match[0].length;
  }
  return result + outside(value.slice(last));
}

interface InlineOptions {
  /** The target is MDX: `{` and `}` would start expressions. */
  mdx: boolean;
  /** The text goes into a table cell: `|` would end the cell (GFM wants `\|` inside code spans too). */
  cell?: boolean;
}

/**
 * A frontmatter field our page renders as inline Markdown (code, emphasis, links), written into a
 * Markdown/MDX document: one line, raw HTML shown as text (as our page does), and `{`/`}` escaped in
 * MDX. Code spans are kept as written, except for `|` in a table cell.
 */
export function inlineMarkdown(value: string, { mdx, cell = false }: InlineOptions): string {
  const oneLine = value.replace(/\s*\n\s*/g, ' ').trim();
  const escaped = mapAroundCode(oneLine, (part) =>
    part
      // An autolink is a link, not HTML: kept in Markdown; MDX has no autolinks, so it becomes [url](url).
      .replace(AUTOLINK, (link, url: string) => (mdx ? `[${url.replace(/[[\]]/g, '\\$&')}](${url})` : link))
      .replace(mdx ? /[<{}]/g : /<(?![a-z][a-z0-9+.-]{1,31}:[^\s<>]*>)/gi, '\\$&'),
  );
  return cell ? escaped.replaceAll('|', '\\|') : escaped;
}

/** A plain-text field (a title, a question, a term): every character Markdown could read as syntax is escaped. */
export function plainText(value: string): string {
  return value
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>{}|#&~!]/g, '\\$&');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** One generated section as Markdown, or undefined when our page shows nothing for it. */
function sectionMarkdown(section: Section, guide: GuideSource, related: readonly GuideSource[]): string | undefined {
  const inline = (value: string, cell = false) => inlineMarkdown(value, { mdx: guide.mdx, cell });
  const cellText = (value: string) => plainText(value);
  switch (section) {
    case 'CoreConcepts':
      return ['## Core concepts', ...(guide.concepts.length > 0 ? [guide.concepts.map((concept) => `- **${plainText(concept.term)}** — ${inline(concept.summary)}`).join('\n')] : [])].join('\n\n');
    case 'InterviewQuestions':
      return [
        '## Interview questions',
        guide.interviewQuestions.length === 0
          ? 'No interview questions for this skill yet.'
          : table(
              ['Question', 'Why asked', 'Strong answer', 'Difficulty'],
              guide.interviewQuestions.map((item) => [cellText(item.question), inline(item.whyAsked, true), inline(item.strongAnswer, true), DIFFICULTY_LABELS[item.difficulty] ?? cellText(item.difficulty)]),
            ),
      ].join('\n\n');
    case 'ExampleProjects':
      if (guide.exampleProjects.length === 0) return undefined;
      return [
        '## Example projects',
        table(
          ['Project', 'Scope', 'Signal', 'Level'],
          guide.exampleProjects.map((item) => [cellText(item.project), inline(item.scope, true), inline(item.signal, true), LEVEL_LABELS[item.level] ?? cellText(item.level)]),
        ),
      ].join('\n\n');
    case 'Faq':
      return ['## FAQ', ...guide.faq.flatMap((item) => [`### ${plainText(item.question)}`, inline(item.answer)])].join('\n\n');
    case 'RelatedSkills':
      if (related.length === 0) return undefined;
      return ['## Related skills', related.map((other) => `- [${plainText(other.title)}](/skills/${other.slug}/) — ${plainText(other.description)}`).join('\n')].join('\n\n');
  }
}

const PLACEMENT = /^ {0,3}<([A-Za-z]+)\s*\/>\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The body with each placed section (`<CoreConcepts />` on a line of its own, outside code) replaced
 * by its Markdown, and the sections not placed appended in our default order.
 */
function convertBody(guide: GuideSource, related: readonly GuideSource[]): string {
  const placed = new Set<string>();
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of guide.body.split('\n')) {
    const fenceMatch = FENCE.exec(line);
    if (fence === undefined && fenceMatch) fence = fenceMatch[1]!;
    else if (fence !== undefined && fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length && line.trim() === fenceMatch[1]) fence = undefined;
    const name = fence === undefined ? PLACEMENT.exec(line)?.[1] : undefined;
    if (name && (SECTIONS as readonly string[]).includes(name)) {
      placed.add(name);
      const markdown = sectionMarkdown(name as Section, guide, related);
      if (markdown !== undefined) lines.push(markdown);
    } else if (!(name && DROPPED_SECTIONS.has(name))) {
      lines.push(line);
    }
  }
  const body = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const appended = SECTIONS.filter((section) => !placed.has(section))
    .map((section) => sectionMarkdown(section, guide, related))
    .filter((markdown): markdown is string => markdown !== undefined);
  return [body, ...appended].join('\n\n') + '\n';
}

/** Starlight frontmatter: title and description, as YAML double-quoted strings. */
function frontmatter(fields: Record<string, string>): string {
  return ['---', ...Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`), '---'].join('\n');
}

/** One guide as a Starlight doc; `bySlug` resolves related skills (missing or draft ones are left out, as on our page). */
export function convertGuide(guide: GuideSource, bySlug: ReadonlyMap<string, GuideSource>): DocFile {
  const related = guide.relatedSkills.map((slug) => bySlug.get(slug)).filter((other): other is GuideSource => other !== undefined && !other.draft);
  return {
    path: `src/content/docs/skills/${guide.slug}.${guide.mdx ? 'mdx' : 'md'}`,
    text: `${frontmatter({ title: guide.title, description: guide.description })}\n\n${convertBody(guide, related)}`,
  };
}

interface Category {
  id: string;
  name: string;
  description: string;
}

/**
 * The splash home page: a hero, then every guide by category (what our home page lists). The hero
 * links to the first guide.
 */
function indexPage(guides: readonly GuideSource[], categories: readonly Category[]): DocFile {
  const first = guides[0];
  const hero = [
    'hero:',
    `  tagline: ${JSON.stringify(SITE_TAGLINE)}`,
    ...(first ? ['  actions:', `    - text: ${JSON.stringify(`Start with ${first.title}`)}`, `      link: /skills/${first.slug}/`, '      icon: right-arrow'] : []),
  ];
  const sections = categories
    .map((category) => {
      const members = guides.filter((guide) => guide.category === category.id);
      const items = members.length === 0 ? 'No guides in this category yet.' : members.map((guide) => `- [${plainText(guide.title)}](/skills/${guide.slug}/)`).join('\n');
      return `## ${plainText(category.name)}\n\n${plainText(category.description)}\n\n${items}`;
    })
    .join('\n\n');
  return {
    path: 'src/content/docs/index.md',
    text: `---\ntitle: ${JSON.stringify(SITE_TITLE)}\ndescription: ${JSON.stringify(SITE_TAGLINE)}\ntemplate: splash\n${hero.join('\n')}\n---\n\n${sections}\n`,
  };
}

/** Every Starlight doc for a corpus: the splash index and one page per (non-draft) guide, in corpus order. */
export function convertCorpus(corpus: Corpus): DocFile[] {
  const guides = corpus.files.filter((file) => file.path.startsWith('skills/')).map(readGuide);
  const bySlug = new Map(guides.map((guide) => [guide.slug, guide]));
  const categoriesFile = corpus.files.find((file) => file.path === 'categories.yaml');
  const categories = categoriesFile ? list<Category>(parseYaml(categoriesFile.text)) : [];
  const published = guides.filter((guide) => !guide.draft);
  return [indexPage(published, categories), ...published.map((guide) => convertGuide(guide, bySlug))];
}

/** Replaces the project's `src/content/docs/` with `docs`. */
export function writeDocs(project: string, docs: readonly DocFile[]): void {
  rmSync(path.join(project, 'src', 'content', 'docs'), { recursive: true, force: true });
  for (const doc of docs) {
    const target = path.join(project, doc.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, doc.text);
  }
}
