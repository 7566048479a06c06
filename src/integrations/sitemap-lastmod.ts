import type { SitemapItem } from '@astrojs/sitemap';
import { readGuideFile } from '../loaders/guide-files.ts';

/**
 * `@astrojs/sitemap`'s `serialize`: a guide page's entry gets `<lastmod>` from the guide's
 * `updated`, read from its file beside the data store (src/loaders/guide-files.ts), because the
 * sitemap is written after the build, outside the content layer.
 */
export function addGuideLastmod(item: SitemapItem): SitemapItem {
  const slug = /^\/skills\/([a-z0-9-]+)\/$/.exec(new URL(item.url).pathname)?.[1];
  const updated = slug ? readGuideFile(slug)?.data.updated : undefined;
  return updated ? { ...item, lastmod: updated } : item;
}
