import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteContent, sortByUpdated, SITE_DESCRIPTION, SITE_NAME } from '../data/site.ts';
import { getGuidePath } from '../lib/urls.ts';

/** Guides newest-updated first; an update moves a guide to the top of the feed. */
export const GET: APIRoute = async ({ site }) => {
  const content = await getSiteContent();
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: site!,
    trailingSlash: true,
    items: sortByUpdated(content.guides).map((guide) => ({
      title: guide.data.title,
      description: guide.data.description,
      link: getGuidePath(guide.slug),
      pubDate: new Date(`${guide.data.updated}T00:00:00Z`),
      categories: [guide.category.name],
    })),
    customData: '<language>en</language>',
  });
};
