import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
// Imported statically: a dynamic import inside the hook fails once Vite's module runner has closed.
import * as pagefind from 'pagefind';

/** Throws when a Pagefind step reports errors, so a broken index fails the build. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Writes `dist/pagefind/` after the build with Pagefind's Node API. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'skill-guides:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        assertNoErrors('createIndex', errors);
        if (!index) throw new Error('Pagefind createIndex returned no index');
        try {
          const added = await index.addDirectory({ path: site });
          assertNoErrors('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing from the guide layout?');
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          assertNoErrors('writeFiles', written.errors);
          // `npm run bench` reads this line to report Pagefind's share of the build.
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
