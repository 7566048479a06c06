import { DIFFICULTIES } from '../schemas/guide.ts';
import { faqItemId, GENERATED_SECTIONS, LAYOUT_IDS } from '../lib/sections.ts';
import { getCategoryPath, getCheatSheetPath, getGuideMarkdownPath, getGuidePath, getInterviewHubPath, getRolePath } from '../lib/urls.ts';
import { getPracticePath } from '../lib/question-filter.ts';
import { editDistance } from './suggest.ts';

/** What the site map needs to know about a published guide. */
export interface MappedGuide {
  slug: string;
  category: string;
  /** The roles it lists: a role page exists only while a published guide lists it. */
  roles: readonly string[];
  /** Undefined when the guide could not be read (it has problems of its own): any id is accepted. */
  headingIds?: readonly string[];
  questionCount: number;
  faqCount: number;
  hasProjects: boolean;
  hasRelatedSkills: boolean;
  hasRoles: boolean;
}

/** The pages a build writes, the ids on them and the queries they read. */
export interface SiteMap {
  /** Site path → the element ids a link may point at (`#id`); null when they are not known. */
  pages: Map<string, ReadonlySet<string> | null>;
  /** Site paths of draft guides: built nowhere. */
  drafts: ReadonlySet<string>;
  /** Site paths of categories and roles that have no page while no published guide is in them, and why. */
  empty: ReadonlyMap<string, string>;
  /** Site path → query parameter → whether a value is one the page can show. */
  queries: Map<string, Record<string, (value: string) => boolean>>;
  /** Whether `public/` holds a file at this site path (`/og.png`). */
  hasPublicFile(path: string): boolean;
}

/** The site map of a content root, built from what the content check read. */
export function buildSiteMap(options: {
  guides: readonly MappedGuide[];
  draftSlugs: readonly string[];
  categories: readonly string[];
  roles: readonly string[];
  hasPublicFile(path: string): boolean;
}): SiteMap {
  const { guides } = options;
  const pages = new Map<string, ReadonlySet<string> | null>();
  const withLayout = (ids: Iterable<string>) => new Set(['main', 'site-search', 'site-search-panel', ...ids]);
  const populated = new Set(guides.map((guide) => guide.category));
  const populatedCategories = options.categories.filter((id) => populated.has(id));
  // The ids of each page as its .astro file writes them; tests/build/site-map.test.ts holds them to the build.
  pages.set('/', withLayout(['hero-title', 'hero-q', 'categories', 'recent', ...populatedCategories.map((id) => `cat-${id}`)]));
  pages.set(getInterviewHubPath(), withLayout([
    'hub-skill', 'hub-category', 'hub-difficulty', 'skills-title',
    ...guides.filter((guide) => guide.questionCount > 0).flatMap((guide) => [`skill-${guide.slug}`, `skill-${guide.slug}-title`, ...Array.from({ length: guide.questionCount }, (_, index) => `q-${guide.slug}-${index + 1}`)]),
  ]));
  pages.set('/search/', withLayout(['search-page-q', 'search-page-results', ...populatedCategories.map((id) => `ns-${id}`)]));
  pages.set(getPracticePath(), withLayout([
    'practice-title', 'grade-prompt', 'practice-import',
    ...guides.filter((guide) => guide.questionCount > 0).flatMap((guide) => [`skill-${guide.slug}`, `skill-${guide.slug}-title`]),
  ]));
  // A category or role without a published guide has no page.
  for (const id of populatedCategories) pages.set(getCategoryPath(id), withLayout([]));
  const listedRoles = new Set(guides.flatMap((guide) => guide.roles));
  for (const id of options.roles.filter((role) => listedRoles.has(role))) pages.set(getRolePath(id), withLayout([]));
  const empty = new Map([
    ...options.categories.filter((id) => !populated.has(id)).map((id): [string, string] => [getCategoryPath(id), `no published guide is in the category "${id}"`]),
    ...options.roles.filter((id) => !listedRoles.has(id)).map((id): [string, string] => [getRolePath(id), `no published guide lists the role "${id}"`]),
  ]);
  pages.set('/404.html', withLayout([]));
  // The feeds and open formats (docs/formats.md): files, no ids.
  for (const path of OTHER_FILES) pages.set(path, new Set());
  for (const guide of guides) {
    pages.set(getGuideMarkdownPath(guide.slug), new Set());
    pages.set(getCheatSheetPath(guide.slug), withLayout(['sheet-concepts', ...(guide.questionCount > 0 ? ['sheet-questions'] : []), 'sheet-faq']));
  }
  for (const guide of guides) {
    if (!guide.headingIds) {
      pages.set(getGuidePath(guide.slug), null);
      continue;
    }
    const sections = GENERATED_SECTIONS.filter(({ name }) =>
      name === 'ExampleProjects' ? guide.hasProjects : name === 'RelatedSkills' ? guide.hasRelatedSkills : name === 'RelatedRoles' ? guide.hasRoles : true,
    );
    pages.set(getGuidePath(guide.slug), new Set([
      ...LAYOUT_IDS,
      ...guide.headingIds,
      ...sections.map((section) => section.id),
      ...Array.from({ length: guide.faqCount }, (_, index) => faqItemId(index)),
    ]));
  }
  const skillsWithQuestions = new Set(guides.filter((guide) => guide.questionCount > 0).map((guide) => guide.slug));
  const categoriesWithQuestions = new Set(guides.filter((guide) => guide.questionCount > 0).map((guide) => guide.category));
  // The hub and the practice page read the same filters (src/lib/question-filter.ts).
  const questionFilters = {
    skill: (value: string) => skillsWithQuestions.has(value),
    category: (value: string) => categoriesWithQuestions.has(value),
    difficulty: (value: string) => (DIFFICULTIES as readonly string[]).includes(value),
  };
  const queries = new Map<string, Record<string, (value: string) => boolean>>([
    [getInterviewHubPath(), questionFilters],
    [getPracticePath(), questionFilters],
    ['/search/', { q: () => true }],
  ]);
  return { pages, drafts: new Set(options.draftSlugs.map(getGuidePath)), empty, queries, hasPublicFile: options.hasPublicFile };
}

/** The files every build writes besides pages and guides' Markdown twins. */
const OTHER_FILES = ['/rss.xml', '/sitemap-index.xml', '/robots.txt', '/llms.txt', '/llms-full.txt', '/api/guides.json', '/api/questions.json', '/api/questions.tsv', '/api/schema/guides.json', '/api/schema/questions.json'];

const SITE = 'https://site.invalid';

/** The closest of `candidates` to `value`, if it is close enough to be a likely typo. */
function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(value, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 4)) ? best : undefined;
}

const hint = (suggestion: string | undefined) => (suggestion ? ` (did you mean ${suggestion}?)` : '');

/**
 * Why the link `url`, written on the page `from`, would not reach what it names, or undefined when
 * it does. External links (`https:`, `mailto:`) are not fetched. In frontmatter text, which several
 * pages show, a link must be a site path: relative links and bare `#fragments` are refused.
 */
export function checkLink(url: string, from: string, map: SiteMap, options: { inFrontmatter?: boolean; image?: boolean } = {}): string | undefined {
  const trimmed = url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return undefined;
  if (trimmed === '') return 'an empty link goes nowhere';
  if (options.inFrontmatter && !trimmed.startsWith('/')) {
    return `${trimmed}: frontmatter text is shown on several pages, so its links must be site paths starting with / (e.g. ${from}${trimmed.startsWith('#') ? trimmed : ''})`;
  }
  const target = new URL(trimmed, `${SITE}${from}`);
  const path = decodeURI(target.pathname);
  if (options.image || !map.pages.has(path)) {
    if (map.hasPublicFile(path)) return undefined;
    if (map.drafts.has(path)) return `${trimmed} is a draft guide, built nowhere; a published guide cannot link to it`;
    if (map.empty.has(path)) return `${trimmed} has no page: ${map.empty.get(path)}, and an empty list is not built`;
    const guess = map.pages.has(`${path}/`) ? `${path}/` : closest(path, map.pages.keys());
    return `${trimmed} is not a ${options.image ? 'file' : 'page'} of this site${options.image ? ' (images come from public/)' : hint(guess)}`;
  }
  const ids = map.pages.get(path);
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment && ids && !ids.has(fragment)) {
    return `${trimmed}: ${path} has no heading or element with the id #${fragment}${hint(closest(fragment, ids) && `#${closest(fragment, ids)}`)}`;
  }
  const readers = map.queries.get(path) ?? {};
  for (const [name, value] of target.searchParams) {
    const accepts = readers[name];
    if (!accepts) {
      const names = Object.keys(readers);
      return `${trimmed}: ${path} reads no ?${name}= query${names.length > 0 ? ` (it reads ${names.map((each) => `?${each}=`).join(', ')})` : ''}`;
    }
    if (!accepts(value)) return `${trimmed}: ?${name}=${value} matches nothing ${path} can show`;
  }
  return undefined;
}
