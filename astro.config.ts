import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindDevServer } from './src/integrations/pagefind-dev.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { guideMarkdownProcessor } from './src/integrations/guide-markdown.ts';
import { createHash } from 'node:crypto';
import { getContentRoot } from './src/node/content-root.ts';
import { isAstroHeadInjectWarning } from './src/integrations/build-logs.ts';
import { buildMemory } from './src/integrations/build-memory.ts';

/** Public URL of the deployed site; canonical, sitemap, RSS and JSON-LD URLs are built from it. */
const site = process.env.SITE_URL?.trim() || 'https://skill-guides.example.com';

const contentRoot = getContentRoot();
// Astro's content cache keys entries by their text, not their path: after building one content
// root, a second root with identical files reuses stale paths and the build fails. One cache per
// content root keeps CONTENT_DIR builds (fixtures, benchmarks) independent of each other.
const cacheDir = `./node_modules/.astro/content-${createHash('sha256').update(contentRoot).digest('hex').slice(0, 12)}`;

export default defineConfig({
  site,
  cacheDir,
  trailingSlash: 'always',
  // Four pages in flight: a page renders while the previous ones are written to disk, where one at a
  // time left the thread idle for a third of the rendering (1,000 guides: rendering 3.4 -> 2.7-2.9 s).
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    contentGuard(contentRoot),
    mdx({ optimize: true }),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') }),
    pagefindDevServer(),
    securityHeaders(),
    buildMemory(),
  ],
  vite: {
    // `npm run dev`: transform a server module's static imports as soon as it is transformed, as
    // Vite does for the browser. Without it the first page request walks the ~330 modules of Astro's
    // runtime one import at a time, the main thread idle 40% of it: first guide 3.0-3.9 -> 2.3-2.7 s.
    server: { preTransformRequests: true },
    // Scripts loaded by URL (search UI, hub filters) must stay files: a data: URL would need a
    // looser Content-Security-Policy and could not be cached across pages.
    build: {
      assetsInlineLimit: 0,
      // Astro marks every MDX module with a "use astro:head-inject" directive, which Rolldown warns
      // about in nine lines per MDX guide (withastro/astro#18087). That one warning is harmless
      // noise; every other log goes through.
      rolldownOptions: { onLog: (level, log, handler) => (isAstroHeadInjectWarning(log) ? undefined : handler(level, log)) },
    },
  },
  markdown: {
    // Sätteri (Astro 7's default) with the guide plugins, defined in guide-markdown.ts; MDX inherits
    // it and compiles in worker threads there (identical output, other cores busy).
    processor: guideMarkdownProcessor(),
    // One theme tokenises each code block once (Shiki runs the grammar per theme); its colours are
    // CSS variables that the token-class transformer turns into classes the stylesheet colours.
    shikiConfig: { theme: 'css-variables' },
  },
});
