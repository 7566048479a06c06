import matter from 'gray-matter';
import type { z } from 'zod';
import { guideSchema, type GuideData } from '../schemas/guide.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { taxonomyFileSchema, type TaxonomyEntry } from '../schemas/taxonomy.ts';
import { formatFieldPath, sortProblems, type Problem } from './problems.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { GENERATED_SECTION_IDS } from './sections.ts';
import { slugifyHeading } from './urls.ts';

/** A file's path (as shown in messages) and its text. */
export interface SourceFile {
  file: string;
  text: string;
}

/** A guide whose frontmatter passed the schema. */
export interface CheckedGuide {
  file: string;
  slug: string;
  data: GuideData;
  body: string;
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
  guides: CheckedGuide[];
  categories: TaxonomyEntry[];
  roles: TaxonomyEntry[];
}

/** Slug a guide file maps to: its file name without `.mdx`. */
export function slugFromFileName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.mdx$/i, '');
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

/** Validates one guide file's frontmatter against the schema. */
export function checkGuideFile({ file, text }: SourceFile): { guide?: CheckedGuide; problems: Problem[] } {
  const slug = slugFromFileName(file);
  const problems: Problem[] = [];
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({ file, line: 1, column: 1, field: 'slug', message: `file name "${slug}" must be a lowercase slug: a-z, 0-9 and single hyphens, e.g. "oauth-2.mdx"` });
  }
  if (!/^\uFEFF?---[ \t]*\r?\n/.test(text)) {
    problems.push({ file, line: 1, column: 1, field: 'frontmatter', message: text.trim() === '' ? 'file is empty: a guide starts with YAML frontmatter between --- lines' : 'missing frontmatter: a guide starts with a line "---", its YAML fields, then another "---"' });
    return { problems };
  }
  // gray-matter only splits here (its own YAML engine would turn dates into Date objects and lose
  // positions); the `matter` text starts on the opening `---` line, so its line numbers are the file's.
  let parts: { matter: string; content: string };
  try {
    parts = matter(text, { engines: { yaml: () => ({}) } }) as unknown as { matter: string; content: string };
  } catch (error) {
    problems.push({ file, line: 1, column: 1, field: 'frontmatter', message: `cannot read frontmatter: ${(error as Error).message}` });
    return { problems };
  }
  const source = parseYamlSource(file, parts.matter, 1);
  problems.push(...source.problems);
  if (source.problems.length > 0) return { problems };
  if (typeof source.data !== 'object' || source.data === null || Array.isArray(source.data)) {
    problems.push({ file, line: 2, column: 1, field: 'frontmatter', message: 'must be a YAML mapping of fields (title: …, description: …)' });
    return { problems };
  }
  const result = guideSchema.safeParse(source.data);
  if (!result.success) {
    problems.push(...problemsFromZodError(file, result.error, source, Object.keys(guideSchema.shape)));
    return { problems };
  }
  const bodyFirstLine = text.slice(0, text.length - parts.content.length).split('\n').length;
  problems.push(...checkBodyHeadings(file, parts.content, bodyFirstLine));
  return { guide: { file, slug, data: result.data, body: parts.content, source }, problems };
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

/** Checks a whole content root: every file on its own, then the rules that span files. */
export function checkContent(sources: ContentSources): ContentReport {
  const problems: Problem[] = [];
  const categories = checkTaxonomyFile(sources.categories);
  const roles = checkTaxonomyFile(sources.roles);
  problems.push(...categories.problems, ...roles.problems);

  const guides: CheckedGuide[] = [];
  for (const file of sources.guides) {
    const result = checkGuideFile(file);
    problems.push(...result.problems);
    if (result.guide) guides.push(result.guide);
  }

  // Slugs are compared case-insensitively: Astro's loader maps Foo.mdx and foo.mdx to one id and
  // silently keeps only the last.
  const bySlug = new Map<string, string>();
  for (const { file } of [...sources.guides].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const key = slugFromFileName(file).toLowerCase();
    const first = bySlug.get(key);
    if (first) problems.push({ file, line: 1, column: 1, field: 'slug', message: `maps to the same slug "${key}" as ${first}` });
    else bySlug.set(key, file);
  }

  const guideBySlug = new Map(guides.map((guide) => [guide.slug, guide]));
  const knownSlugs = new Set(sources.guides.map(({ file }) => slugFromFileName(file)));
  const categoryIds = new Set(categories.entries.map((entry) => entry.id));
  const roleIds = new Set(roles.entries.map((entry) => entry.id));
  const checkIds = categories.problems.length === 0;
  const checkRoles = roles.problems.length === 0;

  for (const guide of guides) {
    const { file, data, source, slug } = guide;
    const at = (path: PropertyKey[]) => ({ file, ...source.locate(path), field: formatFieldPath(path) });
    if (checkIds && !categoryIds.has(data.category)) {
      problems.push({ ...at(['category']), message: `unknown category "${data.category}" (known: ${[...categoryIds].join(', ')})` });
    }
    data.relatedSkills.forEach((related, index) => {
      const path = ['relatedSkills', index];
      if (related === slug) problems.push({ ...at(path), message: 'a guide cannot list itself as a related skill' });
      else if (!knownSlugs.has(related)) problems.push({ ...at(path), message: `no guide has the slug "${related}" (expected a file content/skills/${related}.mdx)` });
      else if (!data.draft && guideBySlug.get(related)?.data.draft) problems.push({ ...at(path), message: `"${related}" is a draft; a published guide cannot link to it` });
      if (data.relatedSkills.indexOf(related) !== index) problems.push({ ...at(path), message: `"${related}" is listed twice` });
    });
    data.relatedRoles.forEach((role, index) => {
      const path = ['relatedRoles', index];
      if (checkRoles && !roleIds.has(role)) problems.push({ ...at(path), message: `unknown role "${role}" (known: ${[...roleIds].join(', ')})` });
      if (data.relatedRoles.indexOf(role) !== index) problems.push({ ...at(path), message: `"${role}" is listed twice` });
    });
    const questions = new Map<string, number>();
    data.faq.forEach((item, index) => {
      const key = item.question.toLowerCase().replace(/\s+/g, ' ');
      const first = questions.get(key);
      if (first !== undefined) problems.push({ ...at(['faq', index, 'question']), message: `duplicate FAQ question (same as faq.${first}.question)` });
      else questions.set(key, index);
    });
  }
  return { problems: sortProblems(problems), guides, categories: categories.entries, roles: roles.entries };
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
