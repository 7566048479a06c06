import type { AstroIntegration } from 'astro';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Writes the search index at the end of `astro build` (as Starlight does), so any host that runs
 * `astro build` serves a searchable site. Any Pagefind error fails the build.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'skill-guides:pagefind',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const { pages } = writeSearchIndex(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

/** Pagefind's command-line entry point: its package's `bin`, the script `npx pagefind` runs. */
function pagefindCli(): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve('pagefind')));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  const { bin } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { bin: string | Record<string, string> };
  return path.join(dir, typeof bin === 'string' ? bin : bin.pagefind!);
}

/**
 * The pages Pagefind reads, relative to the site: guide pages, the only ones that carry
 * `data-pagefind-body` (a site test checks that no other page does). Pagefind would otherwise parse
 * every page to find that out, the interview hub included (5 MB at 1,000 guides): 0.6 s of 6.2 s.
 */
export const INDEXED_PAGES = 'skills/*/index.html';

/**
 * Indexes the built site in `site` and writes `site/pagefind/`, with Pagefind's command-line tool
 * in a process of its own (see docs/performance.md for why not its Node API).
 */
export function writeSearchIndex(site: string): { pages: number } {
  if (!existsSync(site)) throw new Error(`Pagefind has no site to index: ${site} does not exist`);
  const run = spawnSync(process.execPath, [pagefindCli(), '--site', site, '--glob', INDEXED_PAGES], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
  const pages = /^\s*Indexed (\d+) pages?$/m.exec(run.stdout ?? '');
  if (run.error) throw new Error(`Pagefind could not run: ${run.error.message}`);
  if (run.status !== 0 || !pages) throw new Error(`Pagefind failed (exit ${run.status ?? run.signal}):\n${output}`);
  if (Number(pages[1]) === 0) throw new Error(`Pagefind indexed no pages in ${site}: is data-pagefind-body missing from the guide layout?\n${output}`);
  return { pages: Number(pages[1]) };
}
