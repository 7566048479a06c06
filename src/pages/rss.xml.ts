import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteContent, sortByUpdated } from '../data/site.ts';
import { getGuidePath, toAbsoluteUrl } from '../lib/urls.ts';
import { toRfc822Date } from '../lib/dates.ts';

/**
 * Guides newest-updated first; an update moves a guide to the top of the feed. `lastBuildDate` is
 * the newest `updated` (the last time the channel's content changed), so a rebuild of the same
 * content writes the same feed; `atom:link rel="self"` is the feed's own URL, as RSS validators ask.
 */
export const GET: APIRoute = async ({ site }) => {
  const content = await getSiteContent();
  const guides = sortByUpdated(content.guides);
  const self = toAbsoluteUrl('/rss.xml', site!).replaceAll('&', '&amp;');
  const lastBuildDate = guides[0] ? `<lastBuildDate>${toRfc822Date(guides[0].data.updated)}</lastBuildDate>` : '';
  return rss({
    title: content.settings.name,
    description: content.settings.description,
    site: site!,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: guides.map((guide) => ({
      title: guide.data.title,
      description: guide.data.description,
      link: getGuidePath(guide.slug),
      pubDate: new Date(`${guide.data.updated}T00:00:00Z`),
      categories: [guide.category.name],
    })),
    customData: `<language>en</language>${lastBuildDate}<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
};
