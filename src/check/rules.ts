import { createHash } from 'node:crypto';
import { markdownToMdast } from 'satteri';
import type { z } from 'zod';
import { guideSchema, type GuideData } from '../schemas/guide.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { taxonomyFileSchema, type TaxonomyEntry } from '../schemas/taxonomy.ts';
import { formatFieldPath, sortProblems, type Problem } from '../lib/problems.ts';
import { isLinklessInline, isSafeUrl } from '../lib/markdown.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { findScaffoldMarkers, SCAFFOLD_MARKER } from '../lib/scaffold.ts';
import { slugFromFileName } from '../lib/urls.ts';
import { suggestKey } from './suggest.ts';
import { readBody, type BodyOutline } from './body.ts';
import { buildSiteMap, checkLink, type MappedGuide, type SiteMap } from './links.ts';
import { getGuidePath } from '../lib/urls.ts';
import { questionIdOf } from '../lib/question-ids.ts';

/** A file's path (as shown in messages) and its text. */
export interface SourceFile {
  file: string;
  /** A file read from disk is read again on each read of this: the check holds no file's text. */
  readonly text: string;
}

/** A guide whose frontmatter passed the schema. */
interface CheckedGuide {
  file: string;
  slug: string;
  data: GuideData;
  /** A hash of the file's text as checked (see `normalizeText`): changes whenever the text does, not with its line endings or byte-order mark. */
  digest: string;
  /**
   * Where the body (the Markdown or MDX after the frontmatter) starts in the checked text:
   * `readGuideBody()` reads it again when it is needed. The report holds no guide's text, which
   * would be half a gigabyte at 10,000 guides.
   */
  bodyStart: number;
}

/** A checked guide with what the rules across files read: its parsed frontmatter and body. */
interface ParsedGuide extends CheckedGuide {
  source: YamlSource;
  outline: BodyOutline;
  /** Links written in frontmatter text, with their field. */
  fieldLinks: { path: PropertyKey[]; url: string }[];
}

/** Text as the checks read it: no byte-order mark, every line break a line feed. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Everything a content root holds: its files, each readable as text (from disk, on demand). */
export interface ContentSources {
  guides: SourceFile[];
  /** Guide files that could not be read as text (a problem already says why): their slugs still exist. */
  unreadableGuides?: string[];
  /** Undefined when the file cannot be read (a problem already says why). */
  categories: SourceFile | undefined;
  roles: SourceFile | undefined;
}

export interface ContentReport {
  problems: Problem[];
  /** Guide files whose problems the report covers (every guide, or the `only` selection). */
  checkedFiles: string[];
  guides: CheckedGuide[];
  categories: TaxonomyEntry[];
  roles: TaxonomyEntry[];
  /**
   * The pages and ids the build writes for this content, which links are checked against (after a
   * check of only some guides: when one of them needed it). A value, not a function: a closure
   * would keep every guide's parsed YAML alive as long as the report.
   */
  siteMap: SiteMap | undefined;
  /** With `externalLinks`: every http(s) link of the checked guides, where it is written (`npm run check:links` fetches them). */
  externalLinks: ExternalLink[];
}

export interface ExternalLink {
  file: string;
  line: number;
  column: number;
  url: string;
}

const isWebUrl = (url: string) => /^https?:\/\//i.test(url.trim());

/** Turns zod issues into located problems, one per field (unknown keys one per key). */
export function problemsFromZodError(file: string, error: z.ZodError, source: YamlSource, allowedKeys: readonly string[] = [], root = 'frontmatter'): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const hint = suggestKey(key, issue.path.length === 0 ? allowedKeys : []);
        problems.push({ file, ...source.locate(path, 'key'), field: formatFieldPath(path, root), message: `unknown key${hint}` });
      }
      continue;
    }
    // zod 4 leaves `issue.input` out of reported issues, so look the value up in the parsed data.
    const missing = issue.code === 'invalid_type' && valueAt(source.data, issue.path) === undefined;
    problems.push({ file, ...source.locate(issue.path), field: formatFieldPath(issue.path, root), message: missing ? 'is required' : issue.message });
  }
  return problems;
}

/** The value at `path` inside parsed YAML data, or undefined when any step is missing. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** A guide's frontmatter may hold at most this many characters; real guides use about 30,000. */
const MAX_FRONTMATTER_CHARS = 512 * 1024;
/** Past this many problems in one file, the rest are summed up in one line. */
export const MAX_PROBLEMS_PER_FILE = 100;

const OPENING_LINE = /^---[ \t]*\n/;
const CLOSING_LINE = /\n---[ \t]*(?:\n|$)/;

/**
 * Splits a guide's text (as `normalizeText` leaves it) into its frontmatter and its body, or
 * undefined when the text does not open with a `---` line or no `---` line closes it. The
 * frontmatter ends at the first line that starts with `---`, where Astro's own frontmatter reader
 * (which reads `.mdx` guides for the build) ends it too. `matter` starts on the opening line, so
 * its line numbers are the file's; `bodyStart` is where the body starts.
 */
function splitFrontmatter(text: string): { matter: string; body: string; bodyStart: number } | undefined {
  if (!OPENING_LINE.test(text) || !CLOSING_LINE.test(text.slice(3))) return undefined;
  const end = text.indexOf('\n---', 3);
  const bodyStart = text[end + 4] === '\n' ? end + 5 : end + 4;
  return { matter: text.slice(3, end), body: text.slice(bodyStart), bodyStart };
}

/** Validates one guide file: its frontmatter against the schema, its body headings and placeholders. */
export function checkGuideFile(input: SourceFile): { guide?: ParsedGuide; problems: Problem[] } {
  const { file } = input;
  const text = normalizeText(input.text);
  const slug = slugFromFileName(file);
  const problems: Problem[] = [];
  const done = () => ({ problems: capProblems(problems) });
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({ file, line: 1, column: 1, field: 'slug', message: `file name "${slug}" must be a lowercase slug: a-z, 0-9 and single hyphens, e.g. "oauth-2.mdx"` });
  }
  // NUL never belongs in text: binary data.
  const binaryAt = text.indexOf('\u0000');
  if (binaryAt !== -1) {
    problems.push({ file, ...positionOf(text, binaryAt), field: 'file', message: 'holds binary data (a NUL character here): a guide is a UTF-8 Markdown or MDX text file' });
    return done();
  }
  if (!OPENING_LINE.test(text)) {
    problems.push({ file, line: 1, column: 1, field: 'frontmatter', message: text.trim() === '' ? 'file is empty: a guide starts with YAML frontmatter between --- lines' : 'missing frontmatter: a guide starts with a line "---", its YAML fields, then another "---"' });
    return done();
  }
  const parts = splitFrontmatter(text);
  if (!parts) {
    problems.push({ file, line: 1, column: 1, field: 'frontmatter', message: 'frontmatter is not closed: add a line "---" after the last field' });
    return done();
  }
  const bodyFirstLine = countLines(text, parts.bodyStart);
  const outline = readBody(parts.body, { mdx: file.endsWith('.mdx'), firstLine: bodyFirstLine });
  problems.push(...outline.problems.map(({ line, column, field, message }) => ({ file, line, column, field, message })));
  if (parts.matter.length > MAX_FRONTMATTER_CHARS) {
    problems.push({ file, line: 1, column: 1, field: 'frontmatter', message: `frontmatter is ${formatSize(parts.matter.length)}, over the ${formatSize(MAX_FRONTMATTER_CHARS)} limit: long text belongs in the body` });
    return done();
  }
  // The check keeps each guide's data to the end; its text is read again only if a problem needs a position.
  const source = parseYamlSource(file, parts.matter, 1, 'frontmatter', () => splitFrontmatter(normalizeText(input.text))!.matter);
  problems.push(...source.problems);
  if (source.data === undefined) return done();
  if (typeof source.data !== 'object' || source.data === null || Array.isArray(source.data)) {
    problems.push({ file, line: 2, column: 1, field: 'frontmatter', message: 'must be a YAML mapping of fields (title: …, description: …)' });
    return done();
  }
  const raw = source.data as Record<string, unknown>;
  if (raw.draft !== true) problems.push(...checkScaffoldMarkers(file, text, 3 + parts.matter.length, source));
  const result = guideSchema.safeParse(source.data);
  if (!result.success) {
    problems.push(...problemsFromZodError(file, result.error, source, Object.keys(guideSchema.shape)));
    return done();
  }
  const fieldLinks: ParsedGuide['fieldLinks'] = [];
  for (const [path, value] of inlineMarkdownPaths(result.data)) {
    const read = readInlineField(value);
    if (read.problem) problems.push({ file, ...source.locate(path), field: formatFieldPath(path), message: read.problem });
    for (const url of read.links) {
      if (isSafeUrl(url)) fieldLinks.push({ path, url });
      else problems.push({ file, ...source.locateText(path, url), field: 'link', message: `${url} would run script in the reader's browser; only web, mail and site links are allowed` });
    }
  }
  if (source.problems.length > 0) return done();
  const digest = createHash('sha256').update(text).digest('hex');
  return { guide: { file, slug, data: result.data, digest, bodyStart: parts.bodyStart, source, outline, fieldLinks }, problems: capProblems(problems) };
}

/** Every inline-Markdown field of a guide with its field path, in page order. */
function inlineMarkdownPaths(data: GuideData): [PropertyKey[], string][] {
  return [
    ...data.concepts.map((concept, index): [PropertyKey[], string] => [['concepts', index, 'summary'], concept.summary]),
    ...data.interviewQuestions.flatMap((question, index): [PropertyKey[], string][] => [[['interviewQuestions', index, 'whyAsked'], question.whyAsked], [['interviewQuestions', index, 'strongAnswer'], question.strongAnswer]]),
    ...data.faq.map((item, index): [PropertyKey[], string] => [['faq', index, 'answer'], item.answer]),
    ...data.exampleProjects.flatMap((project, index): [PropertyKey[], string][] => [[['exampleProjects', index, 'scope'], project.scope], [['exampleProjects', index, 'signal'], project.signal]]),
  ];
}

const BLOCKS: Record<string, string> = {
  heading: 'a heading (#)', list: 'a list', blockquote: 'a quote (>)', code: 'a code block', thematicBreak: 'a horizontal rule',
  table: 'a table', html: 'an HTML block', paragraph: 'a second paragraph (a blank line)', definition: 'a link definition',
};

interface MdNode {
  type: string;
  url?: string;
  children?: MdNode[];
}

/** What is wrong with an inline-Markdown field, and the links it holds. */
function readInlineField(text: string): { problem?: string; links: string[] } {
  if (isLinklessInline(text)) return { links: [] };
  const root = markdownToMdast(text, { features: { frontmatter: false }, position: false }) as MdNode;
  const blocks = (root.children ?? []).filter((node, index) => node.type !== 'paragraph' || index > 0);
  const links: string[] = [];
  let image = false;
  const walk = (node: MdNode) => {
    if (node.type === 'link') links.push(node.url ?? '');
    if (node.type === 'image') image = true;
    node.children?.forEach(walk);
  };
  walk(root);
  if (blocks.length > 0) {
    const block = BLOCKS[blocks[0]!.type] ?? `a ${blocks[0]!.type}`;
    return { links, problem: `is inline Markdown, where ${block} is not allowed: write text with \`code\`, *emphasis* and [links](/skills/…) only` };
  }
  return { links, problem: image ? 'images are not allowed in frontmatter text' : undefined };
}

/** Every scaffold placeholder left in a guide that is about to be published, with its field. */
function checkScaffoldMarkers(file: string, text: string, matterEnd: number, source: YamlSource): Problem[] {
  // The frontmatter text handed to the YAML parser starts right after the opening `---`.
  const matterStart = 3;
  return findScaffoldMarkers(text, MAX_PROBLEMS_PER_FILE + 1).map(({ offset, line, column }) => {
    const path = offset < matterEnd ? source.pathAt(offset - matterStart) : [];
    const field = offset < matterEnd ? (path.length > 0 ? formatFieldPath(path) : 'frontmatter') : 'body';
    return { file, line, column, field, message: `scaffold placeholder "${SCAFFOLD_MARKER}" in a published guide: write the real text, or keep "draft: true" until it is done` };
  });
}

/** Sorts a file's problems, keeps the first MAX_PROBLEMS_PER_FILE and sums up the rest in one line. */
function capProblems(problems: Problem[]): Problem[] {
  const sorted = sortProblems(problems);
  if (sorted.length <= MAX_PROBLEMS_PER_FILE) return sorted;
  const firstHidden = sorted[MAX_PROBLEMS_PER_FILE]!;
  return [
    ...sorted.slice(0, MAX_PROBLEMS_PER_FILE),
    { ...firstHidden, field: 'file', message: `and ${sorted.length - MAX_PROBLEMS_PER_FILE} more problems from here on (only the first ${MAX_PROBLEMS_PER_FILE} are listed)` },
  ];
}

function countLines(text: string, end: number): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) lines++;
  return lines;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const line = countLines(text, offset);
  return { line, column: offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1 };
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.round(chars / 1024)} KB`;
}

/** Validates `categories.yaml` or `roles.yaml`: schema and unique ids. */
export function checkTaxonomyFile({ file, text }: SourceFile): { entries: TaxonomyEntry[]; problems: Problem[] } {
  // Problems of the whole file are named after it: `categories` or `roles`.
  const root = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
  const source = parseYamlSource(file, normalizeText(text), 1, root);
  if (source.problems.length > 0) return { entries: [], problems: source.problems };
  const result = taxonomyFileSchema.safeParse(source.data ?? []);
  if (!result.success) return { entries: [], problems: problemsFromZodError(file, result.error, source, [], root) };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  result.data.forEach((entry, index) => {
    if (seen.has(entry.id)) problems.push({ file, ...source.locate([index, 'id']), field: `${index}.id`, message: `duplicate id "${entry.id}"` });
    seen.add(entry.id);
  });
  return { entries: result.data, problems };
}

/** Options of `checkContent`. */
export interface CheckOptions {
  /**
   * Check only these guide files (as named in `sources`). Cross-file rules still look at the whole
   * content root: other guides are read as far as those rules need them, and their own problems are
   * not reported. Problems of `categories.yaml` and `roles.yaml` are always reported.
   */
  only?: ReadonlySet<string>;
  /** Whether `public/` holds a file at this site path; default: nothing is there. */
  hasPublicFile?: (path: string) => boolean;
  /** Whether an `.mdx` guide's import resolves; default: every import does. */
  resolvesImport?: (guideFile: string, specifier: string) => boolean;
  /** Collect the external links (`ContentReport.externalLinks`); the build has no use for them. */
  externalLinks?: boolean;
}

/**
 * Sätteri hands each parse over in a buffer that Node frees only when the event loop turns (a
 * finalizer of its native binding). A check of thousands of guides in one synchronous run would hold
 * every buffer to the end, about 60 KB per guide; the check yields to the event loop every
 * `YIELD_EVERY` guides instead.
 */
const YIELD_EVERY = 25;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Checks a whole content root: every file on its own, then the rules that span files. */
export async function checkContent(sources: ContentSources, options: CheckOptions = {}): Promise<ContentReport> {
  const problems: Problem[] = [];
  const unread = { entries: [], problems: [] };
  const categories = sources.categories ? checkTaxonomyFile(sources.categories) : unread;
  const roles = sources.roles ? checkTaxonomyFile(sources.roles) : unread;
  problems.push(...categories.problems, ...roles.problems);
  const isSelected = (file: string) => !options.only || options.only.has(file);

  const guides: ParsedGuide[] = [];
  const checkedFiles: string[] = [];
  const checked = new Map<string, ParsedGuide | undefined>();
  for (const source of sources.guides) {
    if (!isSelected(source.file)) continue;
    if (checkedFiles.length % YIELD_EVERY === YIELD_EVERY - 1) await nextTurn();
    checkedFiles.push(source.file);
    const result = checkGuideFile(source);
    problems.push(...result.problems);
    checked.set(source.file, result.guide);
    if (result.guide) guides.push(result.guide);
  }
  const sourceBySlug = new Map(sources.guides.map((source) => [slugFromFileName(source.file), source]));
  /** The checked guide with this slug; unselected guides are checked on first use, silently. */
  const lookupGuide = (slug: string): ParsedGuide | undefined => {
    const source = sourceBySlug.get(slug);
    if (!source) return undefined;
    if (!checked.has(source.file)) checked.set(source.file, checkGuideFile(source).guide);
    return checked.get(source.file);
  };

  // Slugs are compared case-insensitively: Astro's loader maps Foo.mdx and foo.mdx to one id and
  // silently keeps only the last. Every file of a clash is told, so either can be renamed.
  const filesBySlug = new Map<string, string[]>();
  const unreadable = sources.unreadableGuides ?? [];
  for (const file of [...sources.guides.map((source) => source.file), ...unreadable]) {
    const key = slugFromFileName(file).toLowerCase();
    filesBySlug.set(key, [...(filesBySlug.get(key) ?? []), file]);
  }
  for (const [key, files] of filesBySlug) {
    if (files.length < 2) continue;
    for (const file of files.filter(isSelected)) {
      const others = files.filter((other) => other !== file).sort();
      problems.push({ file, line: 1, column: 1, field: 'slug', message: `maps to the same slug "${key}" as ${others.join(', ')}` });
    }
  }

  const knownSlugs = new Set([...sourceBySlug.keys(), ...unreadable.map(slugFromFileName)]);
  const categoryIds = new Set(categories.entries.map((entry) => entry.id));
  const roleIds = new Set(roles.entries.map((entry) => entry.id));
  const checkIds = sources.categories !== undefined && categories.problems.length === 0;
  const checkRoles = sources.roles !== undefined && roles.problems.length === 0;

  // Every published guide, read as far as the site map needs (headings, sections), built on first use.
  let map: ReturnType<typeof buildSiteMap> | undefined;
  const siteMap = () =>
    (map ??= buildSiteMap({
      guides: [...knownSlugs].flatMap((slug): MappedGuide[] => {
        const each = lookupGuide(slug);
        // A guide with problems of its own, or one that could not be read, is still a page: links
        // to it are checked no further.
        if (!each) return [{ slug, category: '', roles: [], questionCount: 0, faqCount: 0, hasProjects: false, hasRelatedSkills: false, hasRoles: false }];
        if (each.data.draft) return [];
        return [{
          slug,
          category: each.data.category,
          roles: each.data.relatedRoles,
          headingIds: each.outline.headings.map((heading) => heading.id),
          questionCount: each.data.interviewQuestions.length,
          faqCount: each.data.faq.length,
          hasProjects: each.data.exampleProjects.length > 0,
          hasRelatedSkills: each.data.relatedSkills.length > 0,
          hasRoles: each.data.relatedRoles.length > 0,
        }];
      }),
      draftSlugs: [...sourceBySlug.keys()].filter((slug) => lookupGuide(slug)?.data.draft),
      categories: [...categoryIds],
      roles: [...roleIds],
      hasPublicFile: options.hasPublicFile ?? (() => false),
    }));
  // The first published guide with each title (sorted by file, so the report is stable).
  const titles = new Map<string, string>();
  for (const each of [...sources.guides].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const title = lookupGuide(slugFromFileName(each.file))?.data;
    if (title && !title.draft && !titles.has(title.title.normalize('NFC'))) titles.set(title.title.normalize('NFC'), each.file);
  }

  const externalLinks: ExternalLink[] = [];
  for (const guide of guides) {
    const { file, data, source, slug } = guide;
    if (options.externalLinks) {
      for (const link of guide.outline.links) if (isWebUrl(link.url)) externalLinks.push({ file, line: link.line, column: link.column, url: link.url.trim() });
      for (const link of guide.fieldLinks) if (isWebUrl(link.url)) externalLinks.push({ file, ...source.locateText(link.path, link.url), url: link.url.trim() });
    }
    const guideProblems: Problem[] = [];
    const at = (path: PropertyKey[]) => ({ file, ...source.locate(path), field: formatFieldPath(path) });
    if (checkIds && !categoryIds.has(data.category)) {
      guideProblems.push({ ...at(['category']), message: `unknown category "${data.category}" (known: ${[...categoryIds].join(', ')})` });
    }
    const seenSkills = new Set<string>();
    data.relatedSkills.forEach((related, index) => {
      const path = ['relatedSkills', index];
      if (related === slug) guideProblems.push({ ...at(path), message: 'a guide cannot list itself as a related skill' });
      else if (!knownSlugs.has(related)) guideProblems.push({ ...at(path), message: `no guide has the slug "${related}" (expected a file content/skills/${related}.md or .mdx)` });
      else if (!data.draft && lookupGuide(related)?.data.draft) guideProblems.push({ ...at(path), message: `"${related}" is a draft; a published guide cannot link to it` });
      if (seenSkills.has(related)) guideProblems.push({ ...at(path), message: `"${related}" is listed twice` });
      seenSkills.add(related);
    });
    const seenRoles = new Set<string>();
    data.relatedRoles.forEach((role, index) => {
      const path = ['relatedRoles', index];
      if (checkRoles && !roleIds.has(role)) guideProblems.push({ ...at(path), message: `unknown role "${role}" (known: ${[...roleIds].join(', ')})` });
      if (seenRoles.has(role)) guideProblems.push({ ...at(path), message: `"${role}" is listed twice` });
      seenRoles.add(role);
    });
    const questions = new Map<string, number>();
    data.faq.forEach((item, index) => {
      // The same question typed twice, whatever its case, spacing or Unicode normalisation.
      const key = item.question.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
      const first = questions.get(key);
      if (first !== undefined) guideProblems.push({ ...at(['faq', index, 'question']), message: `duplicate FAQ question (same as faq.${first}.question)` });
      else questions.set(key, index);
    });
    const ids = new Map<string, number>();
    data.interviewQuestions.forEach((question, index) => {
      const id = questionIdOf(question);
      const first = ids.get(id);
      if (first === undefined) return void ids.set(id, index);
      guideProblems.push({
        ...at(['interviewQuestions', index, question.id ? 'id' : 'question']),
        message: `question id "${id}" is already taken by interviewQuestions.${first}${question.id ? '' : ' (derived from the question text)'}: give each question its own id. Readers' practice progress is kept under it, so changing an id later starts that question over for every reader`,
      });
    });
    for (const { specifier, line, column } of guide.outline.imports) {
      if (!(options.resolvesImport ?? (() => true))(file, specifier)) guideProblems.push({ file, line, column, field: 'body', message: `import "${specifier}" does not resolve to a file or an installed package` });
    }
    if (!data.draft) {
      const from = getGuidePath(slug);
      for (const link of guide.outline.links) {
        const problem = checkLink(link.url, from, siteMap(), { image: link.image });
        if (problem) guideProblems.push({ file, line: link.line, column: link.column, field: 'link', message: problem });
      }
      for (const link of guide.fieldLinks) {
        const problem = checkLink(link.url, from, siteMap(), { inFrontmatter: true });
        if (problem) guideProblems.push({ file, ...source.locateText(link.path, link.url), field: 'link', message: problem });
      }
      const twin = titles.get(data.title.normalize('NFC'));
      if (twin && twin !== file) guideProblems.push({ ...at(['title']), message: `${twin} has the same title: two pages would share one <title> and one name in every list` });
    }
    problems.push(...capProblems(guideProblems));
  }
  // The parsed YAML documents are large; what the report's readers need is the data.
  return { problems: sortProblems(problems), checkedFiles, guides: guides.map(({ source: _source, outline: _outline, fieldLinks: _links, ...guide }) => guide), categories: categories.entries, roles: roles.entries, siteMap: options.only ? map : siteMap(), externalLinks };
}

