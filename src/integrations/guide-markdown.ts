import { satteri } from '@astrojs/markdown-satteri';
import { guideOutlinePlugin, scrollableTablesPlugin } from './guide-outline-plugin.ts';
import { renderInWorkers } from './markdown-workers.ts';

/**
 * The guides' Markdown/MDX pipeline: Sätteri (Astro 7's default processor; MDX inherits it) with
 * the project's plugins. Add plugins here: worker threads build their copy from this function.
 */
export function createGuideProcessor() {
  return satteri({ mdastPlugins: [guideOutlinePlugin], hastPlugins: [scrollableTablesPlugin] });
}

/** `createGuideProcessor()` rendering Markdown and compiling MDX in worker threads, for `markdown.processor`. */
export function guideMarkdownProcessor() {
  return renderInWorkers(createGuideProcessor, { url: new URL(import.meta.url), exportName: 'createGuideProcessor' });
}
