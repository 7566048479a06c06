import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { markdownConfig } from './src/markdown/config.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { pagefindDevServer } from './src/integrations/pagefind-dev.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { getCacheDir } from './src/check/content-root.ts';

/** Public URL of the deployed site; canonical, sitemap, RSS and JSON-LD URLs are built from it. */
const site = process.env.SITE_URL?.trim() || 'https://skill-guides.example.com';

export default defineConfig({
  site,
  cacheDir: getCacheDir(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx({ optimize: true }),
    // Cheat sheets are canonical to their guides, so only the guides are listed.
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') && !page.endsWith('/cheat-sheet/') }),
    securityHeaders(),
    pagefind(),
    pagefindDevServer(),
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
