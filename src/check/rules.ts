import matter from 'gray-matter';
import type { z } from 'zod';
import { guideSchema, type GuideData } from '../schemas/guide.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { taxonomyFileSchema, type TaxonomyEntry } from '../schemas/taxonomy.ts';
import { formatFieldPath, sortProblems, type Problem } from '../lib/problems.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { GENERATED_SECTION_IDS } from '../lib/sections.ts';
import { findScaffoldMarkers, SCAFFOLD_MARKER } from '../lib/scaffold.ts';
import { slugFromFileName, slugifyHeading } from '../lib/urls.ts';
import { questionIdOf } from '../lib/question-ids.ts';

/** A file's path (as shown in messages) and its text. */
export interface SourceFile {
  file: string;
  text: string;
}

/** A guide whose frontmatter passed the schema. */
interface CheckedGuide {
  file: string;
  slug: string;
  data: GuideData;
  /** The Markdown or MDX after the frontmatter. */
  body: string;
  /** The whole file. */
  text: string;
}

/** A checked guide with its parsed frontmatter, to locate what the cross-file rules find. */
interface ParsedGuide extends CheckedGuide {
  source: YamlSource;
}

/** Everything a content root holds, already read from disk. */
export interface ContentSources {
  guides: SourceFile[];
  categories: SourceFile;
  roles: SourceFile;
}

export interface ContentReport {
  problems: Problem[];
  /** Guide files whose problems the report covers (every guide, or the `only` selection). */
  checkedFiles: string[];
  guides: CheckedGuide[];
  categories: TaxonomyEntry[];
  roles: TaxonomyEntry[];
}

/** Turns zod issues into located problems, one per field (unknown keys one per key). */
export function problemsFromZodError(file: string, error: z.ZodError, source: YamlSource, allowedKeys: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const hint = suggestKey(key, issue.path.length === 0 ? allowedKeys : []);
        problems.push({ file, ...source.locate(path, 'key'), field: formatFieldPath(path), message: `unknown key${hint}` });
      }
      continue;
    }
    // zod 4 leaves `issue.input` out of reported issues, so look the value up in the parsed data.
    const missing = issue.code === 'invalid_type' && valueAt(source.data, issue.path) === undefined;
    problems.push({ file, ...source.locate(issue.path), field: formatFieldPath(issue.path), message: missing ? 'is required' : issue.message });
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

// gray-matter picks a parser from the word after the opening `---` and would eval `---js`
// frontmatter. The opening line is checked first, and these engines make sure nothing is ever run.
const SPLIT_ONLY = () => ({});
const MATTER_OPTIONS = { engines: { yaml: SPLIT_ONLY, js: SPLIT_ONLY, javascript: SPLIT_ONLY, json: SPLIT_ONLY, toml: SPLIT_ONLY } };

/** Validates one guide file: its frontmatter against the schema, its body headings and placeholders. */
export function checkGuideFile({ file, text }: SourceFile): { guide?: ParsedGuide; problems: Problem[] } {
  const slug = slugFromFileName(file);
  const problems: Problem[] = [];
  const done = () => ({ problems: capProblems(problems) });
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({ file, line: 1, column: 1, field: 'slug', message: `file name "${slug}" must be a lowercase slug: a-z, 0-9 and single hyphens, e.g. "oauth-2.mdx"` });
  }
  // Invalid UTF-8 reaches here as U+FFFD; NUL never belongs in text. Either means binary data.
  const binaryAt = text.search(/[\u0000\uFFFD]/);
  if (binaryAt !== -1) {
    problems.push({ file, ...positionOf(text, binaryAt), field: 'file', message: 'is not UTF-8 text (binary data or another encoding here): a guide must be a UTF-8 MDX file' });
    return done();
  }
  if (!/^\uFEFF?---[ \t]*\r?\n/.test(text)) {
    problems.push({ file, line: 1, column: 1, field: 'frontmatter', message: text.trim() === '' ? 'file is empty: a guide starts with YAML frontmatter between --- lines' : 'missing frontmatter: a guide starts with a line "---", its YAML fields, then another "---"' });
    return done();
  }
  if (!/\r?\n---[ \t]*(\r?\n|$)/.test(text.slice(3))) {
    problems.push({ file, line: 1, column: 1, field: 'frontmatter', message: 'frontmatter is not closed: add a line "---" after the last field' });
    return done();
  }
  // gray-matter only splits here (its own YAML engine would turn dates into Date objects and lose
  // positions); the `matter` text starts on the opening `---` line, so its line numbers are the file's.
  let parts: { matter: string; content: string };
  try {
    parts = matter(text, MATTER_OPTIONS) as unknown as { matter: string; content: string };
  } catch (error) {
    problems.push({ file, line: 1, column: 1, field: 'frontmatter', message: `cannot read frontmatter: ${(error as Error).message}` });
    return done();
  }
  const bodyFirstLine = countLines(text, text.length - parts.content.length);
  problems.push(...checkBodyHeadings(file, parts.content, bodyFirstLine));
  if (parts.matter.length > MAX_FRONTMATTER_CHARS) {
    problems.push({ file, line: 1, column: 1, field: 'frontmatter', message: `frontmatter is ${formatSize(parts.matter.length)}, over the ${formatSize(MAX_FRONTMATTER_CHARS)} limit: long text belongs in the body` });
    return done();
  }
  const source = parseYamlSource(file, parts.matter, 1);
  problems.push(...source.problems);
  if (source.data === undefined) return done();
  if (typeof source.data !== 'object' || source.data === null || Array.isArray(source.data)) {
    problems.push({ file, line: 2, column: 1, field: 'frontmatter', message: 'must be a YAML mapping of fields (title: …, description: …)' });
    return done();
  }
  const raw = source.data as Record<string, unknown>;
  if (raw.draft !== true) problems.push(...checkScaffoldMarkers(file, text, source));
  const result = guideSchema.safeParse(source.data);
  if (!result.success) {
    problems.push(...problemsFromZodError(file, result.error, source, Object.keys(guideSchema.shape)));
    return done();
  }
  if (source.problems.length > 0) return done();
  return { guide: { file, slug, data: result.data, body: parts.content, text, source }, problems: capProblems(problems) };
}

/** Every scaffold placeholder left in a guide that is about to be published, with its field. */
function checkScaffoldMarkers(file: string, text: string, source: YamlSource): Problem[] {
  // The frontmatter text handed to the YAML parser starts right after the opening `---`.
  const matterStart = text.indexOf('---') + 3;
  const bodyStart = text.indexOf('\n---', matterStart);
  return findScaffoldMarkers(text, MAX_PROBLEMS_PER_FILE + 1).map(({ offset, line, column }) => {
    const path = offset < bodyStart ? source.pathAt(offset - matterStart) : [];
    const field = offset < bodyStart ? (path.length > 0 ? formatFieldPath(path) : 'frontmatter') : 'body';
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
  const source = parseYamlSource(file, text, 1);
  if (source.problems.length > 0) return { entries: [], problems: source.problems };
  const result = taxonomyFileSchema.safeParse(source.data ?? []);
  if (!result.success) return { entries: [], problems: problemsFromZodError(file, result.error, source) };
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
}

/** Checks a whole content root: every file on its own, then the rules that span files. */
export function checkContent(sources: ContentSources, options: CheckOptions = {}): ContentReport {
  const problems: Problem[] = [];
  const categories = checkTaxonomyFile(sources.categories);
  const roles = checkTaxonomyFile(sources.roles);
  problems.push(...categories.problems, ...roles.problems);
  const isSelected = (file: string) => !options.only || options.only.has(file);

  const guides: ParsedGuide[] = [];
  const checkedFiles: string[] = [];
  const checked = new Map<string, ParsedGuide | undefined>();
  for (const source of sources.guides) {
    if (!isSelected(source.file)) continue;
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
  for (const { file } of sources.guides) {
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

  const knownSlugs = new Set(sourceBySlug.keys());
  const categoryIds = new Set(categories.entries.map((entry) => entry.id));
  const roleIds = new Set(roles.entries.map((entry) => entry.id));
  const checkIds = categories.problems.length === 0;
  const checkRoles = roles.problems.length === 0;

  for (const guide of guides) {
    const { file, data, source, slug } = guide;
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
      const key = item.question.toLowerCase().replace(/\s+/g, ' ');
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
    problems.push(...capProblems(guideProblems));
  }
  // The parsed YAML documents are large; what the report's readers need is the data.
  return { problems: sortProblems(problems), checkedFiles, guides: guides.map(({ source: _source, ...guide }) => guide), categories: categories.entries, roles: roles.entries };
}

/** Body headings must not take the ids of generated sections, or anchors would collide. */
function checkBodyHeadings(file: string, body: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  let inFence = false;
  body.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = !inFence && /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) return;
    if (heading[1]!.length === 1) {
      problems.push({ file, line: firstLine + index, column: 1, field: 'body', message: 'a guide body must not contain an H1: the title is the page\'s only H1; start sections at ##' });
    }
    const id = slugifyHeading(heading[2]!);
    if ((GENERATED_SECTION_IDS as readonly string[]).includes(id)) {
      problems.push({ file, line: firstLine + index, column: 1, field: 'body', message: `heading "${heading[2]}" takes the anchor #${id} of a generated section; place the section with its component instead or rename the heading` });
    }
  });
  return problems;
}

/** "relatedskills" → ` (did you mean "relatedSkills"?)`, else an empty string. */
function suggestKey(key: string, allowed: readonly string[]): string {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
