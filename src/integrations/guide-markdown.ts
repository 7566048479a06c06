import { satteri } from '@astrojs/markdown-satteri';
import type { MarkdownProcessor } from '@astrojs/internal-helpers/markdown';
import { guideOutlinePlugin, scrollableTablesPlugin } from './guide-outline-plugin.ts';
import { tokenClassTransformer } from './code-token-classes.ts';
import { renderInWorkers, wrapProcessor } from './markdown-workers.ts';

type SharedOptions = Parameters<MarkdownProcessor['createRenderer']>[0];

/** Astro's Markdown options with the token-class transformer added to Shiki's. */
function withTokenClasses(shared: SharedOptions): SharedOptions {
  const shikiConfig = shared.shikiConfig ?? {};
  return { ...shared, shikiConfig: { ...shikiConfig, transformers: [...(shikiConfig.transformers ?? []), tokenClassTransformer as never] } };
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
