import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
// Imported statically: a dynamic import inside the hook fails once Vite's module runner has closed.
import * as pagefind from 'pagefind';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Throws when a Pagefind step reports errors, so a broken index fails the build. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Where rendered pages go: one page's URL path and its HTML, which may still be arriving. */
export interface PageSink {
  add(url: string, html: Promise<string>): void;
}

/**
 * One Pagefind index fed page by page while Astro renders. Astro renders on one JavaScript thread
 * and Pagefind indexes in its own process, so indexing overlaps rendering on another core instead
 * of re-reading `dist/` afterwards; only writing the index files is left for the end.
 */
class StreamingIndex implements PageSink {
  private index: Promise<PagefindIndex> | undefined;
  private pending: Promise<void>[] = [];
  private errors: string[] = [];
  private pages = 0;

  private open(): Promise<PagefindIndex> {
    this.index ??= pagefind.createIndex({}).then(({ index, errors }) => {
      assertNoErrors('createIndex', errors);
      if (!index) throw new Error('Pagefind createIndex returned no index');
      return index;
    });
    return this.index;
  }

  add(url: string, html: Promise<string>): void {
    this.pages++;
    this.pending.push(
      Promise.all([this.open(), html]).then(async ([index, content]) => {
        this.errors.push(...(await index.addHTMLFile({ url, content })).errors);
      }),
    );
  }

  /** Waits for every page, then writes `site/pagefind/`; reads `site` from disk if no page came. */
  async write(site: string): Promise<number> {
    const index = await this.open();
    await Promise.all(this.pending);
    assertNoErrors('addHTMLFile', this.errors);
    let pages = this.pages;
    if (pages === 0) {
      // Another integration replaced the prerenderer: index the written files instead.
      const added = await index.addDirectory({ path: site });
      assertNoErrors('addDirectory', added.errors);
      pages = added.page_count;
    }
    assertNoErrors('writeFiles', (await index.writeFiles({ outputPath: path.join(site, 'pagefind') })).errors);
    return pages;
  }
}

/**
 * Wraps Astro's prerenderer so every HTML page also goes to `sink` as soon as it is rendered, under
 * the URL Pagefind would give its file in `dist/` (`/skills/x/`, `/404.html`). The 404 page answers
 * with status 404 but is written all the same, so it is passed on too.
 */
export function streamPages(sink: PageSink, base: AstroPrerenderer): AstroPrerenderer {
  return {
    name: `${base.name}+pagefind`,
    setup: base.setup && (() => base.setup!()),
    getStaticPaths: () => base.getStaticPaths(),
    collectStaticImages: base.collectStaticImages && (() => base.collectStaticImages!()),
    teardown: base.teardown && (() => base.teardown!()),
    async render(request, options) {
      const result = await base.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (response.body && (response.headers.get('content-type') ?? 'text/html').includes('html')) {
        sink.add(new URL(request.url).pathname, response.clone().text());
      }
      return result;
    },
  };
}

/** Builds `dist/pagefind/` with Pagefind's Node API, indexing pages while Astro renders them. */
export function pagefindIndex(): AstroIntegration {
  let index: StreamingIndex | undefined;
  return {
    name: 'skill-guides:pagefind',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        const streaming = new StreamingIndex();
        index = streaming;
        setPrerenderer((base) => streamPages(streaming, base));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const pages = await (index ?? new StreamingIndex()).write(fileURLToPath(dir));
          if (pages === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing from the guide layout?');
          // `npm run bench` reads this line: what Pagefind adds once rendering has finished.
          logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms after rendering`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
