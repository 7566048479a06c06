import type { SiteSettings } from '../schemas/site-settings.ts';

type Repository = NonNullable<SiteSettings['repository']>;

/** The repository's URL without a trailing slash or `.git`. */
function baseOf(repository: Repository): string {
  return repository.url.replace(/\/+$/, '').replace(/\.git$/, '');
}

/** "Edit this guide": the forge's editor for the guide's file (`<repo>/edit/<branch>/<content>/skills/<file>`). */
export function getEditUrl(repository: Repository, fileName: string): string {
  const path = [...repository.contentPath.split('/'), 'skills', fileName].map(encodeURIComponent).join('/');
  return `${baseOf(repository)}/edit/${repository.branch.split('/').map(encodeURIComponent).join('/')}/${path}`;
}

/** "Report a problem": a new issue prefilled with the guide's title and URL. */
export function getReportUrl(repository: Repository, guide: { title: string; url: string }): string {
  const query = new URLSearchParams({
    title: `Problem in "${guide.title}"`,
    body: `Page: ${guide.url}\n\nWhat is wrong or missing:\n`,
  });
  return `${baseOf(repository)}/issues/new?${query}`;
}
