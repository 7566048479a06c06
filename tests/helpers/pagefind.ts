import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic, type StaticServer } from './static-server.ts';
import { VOCABULARY_FILTER } from '../../src/integrations/pagefind.ts';

interface SearchHit {
  url: string;
  title: string;
  category?: string;
  excerpt: string;
  subResults: { url: string; title: string }[];
}

/** Pagefind's browser API, loaded in Node against a built site served on loopback. */
export interface IndexClient {
  search(term: string | null, filters?: Record<string, string[]>): Promise<SearchHit[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
  close(): Promise<void>;
}

/** Opens the Pagefind index of `distDir` the way a browser would, but from Node. */
export async function openIndex(distDir: string): Promise<IndexClient> {
  const server: StaticServer = await serveStatic(distDir);
  const module = await import(pathToFileURL(path.join(distDir, 'pagefind', 'pagefind.js')).href);
  await module.options({ basePath: `${server.url}/pagefind/`, baseUrl: '/' });
  await module.init();
  // Shards after the first, merged and searched as the search UI does (src/scripts/search-ui.js).
  const shards = JSON.parse(readFileSync(path.join(distDir, 'pagefind', 'shards.json'), 'utf8')) as string[];
  for (const shard of shards) await module.mergeIndex(`${server.url}${shard}`, { basePath: `${server.url}${shard}`, baseUrl: '/' });
  const exclusion = shards.length > 0 ? { not: { [VOCABULARY_FILTER]: 'all' } } : {};
  return {
    async search(term, filters = {}) {
      const response = await module.search(term, { filters: { ...filters, ...exclusion } });
      const data = await Promise.all(response.results.map((result: { data(): Promise<any> }) => result.data()));
      return data.map((item) => ({
        url: item.url,
        title: item.meta.title,
        category: item.meta.category,
        excerpt: item.excerpt,
        subResults: (item.sub_results ?? []).map((sub: { url: string; title: string }) => ({ url: sub.url, title: sub.title })),
      }));
    },
    async filters() {
      const { [VOCABULARY_FILTER]: _vocabulary, ...filters } = await module.filters();
      return filters;
    },
    async close() {
      await module.destroy?.();
      await server.close();
    },
  };
}
