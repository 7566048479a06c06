import type { AstroIntegration } from 'astro';

/**
 * `astro build`: collects the main thread's garbage once, between content sync and bundling. The
 * sync leaves a few hundred MB of it (parsed frontmatter, syntax trees, rendered HTML already on
 * disk), and bundling is where the build's memory peaks: Rolldown's memory comes on top of the
 * heap. One full collection takes ~40 ms at 1,000 guides and lowers that peak by ~50 MB (median of
 * nine builds; the budget is 1.5 GB). It needs Node's `--expose-gc`, which `npm run build`
 * (src/cli/build.ts) passes; without it this does nothing.
 */
export function buildMemory(): AstroIntegration {
  return {
    name: 'skill-guides:build-memory',
    hooks: {
      'astro:build:start': () => {
        (globalThis as { gc?: () => void }).gc?.();
      },
    },
  };
}
