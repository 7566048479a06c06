import GithubSlugger from 'github-slugger';

/** Slug a guide file maps to: its file name without `.md` or `.mdx`. */
export function slugFromFileName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.mdx?$/i, '');
}

/** Site-relative URL of a guide page. */
export function getGuidePath(slug: string): string {
  return `/skills/${slug}/`;
}

/** Site-relative URL of a guide as Markdown. */
export function getGuideMarkdownPath(slug: string): string {
  return `/skills/${slug}.md`;
}

/** Site-relative URL of a guide's printable cheat sheet. */
export function getCheatSheetPath(slug: string): string {
  return `/skills/${slug}/cheat-sheet/`;
}

/** Site-relative URL of a category page. */
export function getCategoryPath(id: string): string {
  return `/categories/${id}/`;
}

/** Site-relative URL of a role page. */
export function getRolePath(id: string): string {
  return `/roles/${id}/`;
}

/** Site-relative URL of the interview-questions hub, optionally pre-filtered to one skill. */
export function getInterviewHubPath(skill?: string): string {
  return skill ? `/interview-questions/?skill=${encodeURIComponent(skill)}` : '/interview-questions/';
}

/** Absolute URL for `path` on `site`; keeps exactly one slash between them and drops any query-less trailing junk. */
export function toAbsoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/**
 * The anchor ids Astro gives a document's headings, in order: github-slugger over each heading's
 * text, one slugger per document (a repeated heading gets `-1`), as Astro's Markdown pipeline does.
 */
export function slugifyHeadings(texts: readonly string[]): string[] {
  const slugger = new GithubSlugger();
  return texts.map((text) => slugger.slug(text));
}
