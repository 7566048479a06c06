import { satteri } from '@astrojs/markdown-satteri';
import type { MarkdownProcessor } from '@astrojs/internal-helpers/markdown';
import { guideOutlinePlugin, scrollableTablesPlugin } from './guide-outline-plugin.ts';
import { tokenClassTransformer } from './code-token-classes.ts';
import { renderInWorkers, wrapProcessor } from './markdown-workers.ts';

type SharedOptions = Parameters<MarkdownProcessor['createRenderer']>[0];

/**
 * Code blocks stay out of the search index: the reader finds a guide by its prose, lists and tables
 * (inline `code` included), and excerpts never show a run of code tokens. Algolia DocSearch's
 * Docusaurus setup indexes the same way (paragraphs, list items, table cells). It also makes the
 * index smaller: at 5,000 guides Pagefind's peak memory falls by 13% (README, Performance).
 */
export const codeBlocksOutOfSearch = {
  name: 'skill-guides:code-blocks-out-of-search',
  pre(node: { properties: Record<string, unknown> }): void {
    node.properties['data-pagefind-ignore'] = '';
  },
};

/** Astro's Markdown options with the project's transformers added to Shiki's. */
function withTokenClasses(shared: SharedOptions): SharedOptions {
  const shikiConfig = shared.shikiConfig ?? {};
  return { ...shared, shikiConfig: { ...shikiConfig, transformers: [...(shikiConfig.transformers ?? []), tokenClassTransformer as never, codeBlocksOutOfSearch as never] } };
}

/**
 * The guides' Markdown/MDX pipeline: Sätteri (Astro 7's default processor; MDX inherits it) with
 * the project's plugins, and code blocks coloured by class (see code-token-classes.ts). The
 * transformer is added here rather than in `markdown.shikiConfig`, where a function could not be
 * sent to the worker threads; they build their copy from this function. Add plugins here too.
 */
export function createGuideProcessor(): MarkdownProcessor {
  const base = satteri({ mdastPlugins: [guideOutlinePlugin], hastPlugins: [scrollableTablesPlugin] });
  return wrapProcessor(base, {
    createRenderer: (shared) => base.createRenderer(withTokenClasses(shared)),
    createMdxRenderer: (shared, mdx) => base.createMdxRenderer!(withTokenClasses(shared), mdx),
  });
}

/** `createGuideProcessor()` rendering Markdown and compiling MDX in worker threads, for `markdown.processor`. */
export function guideMarkdownProcessor() {
  return renderInWorkers(createGuideProcessor, { url: new URL(import.meta.url), exportName: 'createGuideProcessor' });
}
