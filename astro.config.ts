import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { markdownConfig } from './src/markdown/config.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { pagefindDevServer } from './src/integrations/pagefind-dev.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { contentProblemsInDev } from './src/integrations/content-problems.ts';
import { llmsFull } from './src/integrations/llms-full.ts';
import { addGuideLastmod } from './src/integrations/sitemap-lastmod.ts';
import { getCacheDir, getContentRoot } from './src/check/content-root.ts';
import { readSiteUrl } from './src/check/site-settings.ts';

/** Public URL of the deployed site: `SITE_URL`, else `url` in the content root's site.yaml. */
const site = process.env.SITE_URL?.trim() || readSiteUrl(getContentRoot());

export default defineConfig({
  site,
  cacheDir: getCacheDir(),
  trailingSlash: 'always',
  // Four pages in flight: a page renders while the ones before it are written to disk, where one at
  // a time leaves the thread idle while each file is written (docs/performance.md).
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    mdx({ optimize: true }),
    // Internal search result pages are noindex and stay out of the sitemap; cheat sheets are
    // canonical to their guides, so only the guides are listed.
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') && !page.endsWith('/search/') && !page.endsWith('/cheat-sheet/'), serialize: addGuideLastmod }),
    llmsFull(),
    securityHeaders(),
    pagefind(),
    pagefindDevServer(),
    contentProblemsInDev(),
    // Last: swaps the finished build in only after every other integration's work succeeded.
    atomicOutput(),
  ],
  vite: {
    // `astro dev`: transform a server module's static imports as soon as the module is, as Vite does
    // for the browser, so the first page request does not walk Astro's runtime one import at a time.
    server: { preTransformRequests: true },
    // Scripts loaded by URL (search UI, hub filters) must stay files: a data: URL would need a
    // looser Content-Security-Policy and could not be cached across pages.
    build: {
      assetsInlineLimit: 0,
      // Rolldown warns about the "use astro:head-inject" directive Astro puts in every MDX module
      // (withastro/astro#18087): harmless, and nine lines per MDX guide that would bury real warnings.
      rolldownOptions: { onLog: (level, log, handler) => (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"') ? undefined : handler(level, log)) },
    },
  },
  markdown: markdownConfig,
});
