import { satteri } from '@astrojs/markdown-satteri';
import { codeBlocksPlugin, guideOutlinePlugin, scrollableTablesPlugin } from './guide-outline.ts';
import { headingLinksPlugin } from './heading-links.ts';

/**
 * Astro's `markdown` settings: its default processor (Sätteri) with the guide plugins, and Prism,
 * Astro's other highlighter, whose tokens are classes (`token keyword`) coloured by global.css: pages
 * carry no style attribute and the Content-Security-Policy keeps `style-src 'self'`. `.md` and `.mdx`
 * guides go through the same pipeline; everything a rendered body depends on besides its text lives
 * in this folder (the guides loader keys its cache of rendered bodies by it).
 */
export const markdownConfig = {
  processor: satteri({ mdastPlugins: [guideOutlinePlugin], hastPlugins: [scrollableTablesPlugin, codeBlocksPlugin, headingLinksPlugin] }),
  syntaxHighlight: 'prism' as const,
};
