import * as pagefind from 'pagefind';
import path from 'node:path';

/** Throws when a Pagefind step reports errors, so a broken index fails the build. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Indexes the built site in `site` with Pagefind's Node API and writes `site/pagefind/`. Pagefind
 * reads the pages itself (`addDirectory`, on every core) and keeps the index in its own process, so
 * this runs after `astro build` has exited: the build's memory peak is Astro's or Pagefind's, not
 * the two added together (see the README's Performance section).
 */
export async function writeSearchIndex(site: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    assertNoErrors('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: site });
    assertNoErrors('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind indexed no pages in ${site}: is data-pagefind-body missing from the guide layout?`);
    assertNoErrors('writeFiles', (await index.writeFiles({ outputPath: path.join(site, 'pagefind') })).errors);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
