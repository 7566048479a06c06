import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { remarkGuideOutline } from './src/integrations/remark-guide-outline.ts';
import { getContentRoot } from './src/node/content-root.ts';

/** Public URL of the deployed site; canonical, sitemap, RSS and JSON-LD URLs are built from it. */
const site = process.env.SITE_URL?.trim() || 'https://skill-guides.example.com';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    contentGuard(getContentRoot()),
    mdx({ optimize: true, remarkPlugins: [remarkGuideOutline] }),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') }),
    pagefindIndex(),
  ],
  markdown: {
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
});
