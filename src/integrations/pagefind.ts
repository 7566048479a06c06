import type { AstroIntegration } from 'astro';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

/**
 * Guide pages per search shard. Pagefind's memory grows with the pages it indexes, and Astro's
 * process is still resident while it runs, so large sites are indexed in shards of this size, one
 * after another, and the search UI merges them (`mergeIndex`). docs/performance.md has the
 * measurements behind the figure.
 */
export const DEFAULT_SHARD_SIZE = 500;

/** A positive integer from the environment variable `name`, or `fallback` when it is not set. */
function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const given = env[name]?.trim();
  if (!given) return fallback;
  const value = Number(given);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${given}"`);
  return value;
}

/** The shard size to use: `SEARCH_SHARD_SIZE` when set (a positive integer), else the default. */
export function getShardSize(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger(env, 'SEARCH_SHARD_SIZE', DEFAULT_SHARD_SIZE);
}

/**
 * How many shards are indexed at once: `SEARCH_INDEX_JOBS`, else one. One Pagefind process keeps
 * a core and a half busy and holds its shard's index in memory, beside Astro's resident process, so
 * on two cores a second one saves little time and adds a whole index to the build's peak
 * (docs/performance.md). A machine with spare cores and memory can ask for more.
 */
export function getIndexJobs(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger(env, 'SEARCH_INDEX_JOBS', 1);
}

/** The pages the index holds, relative to the site: guide pages, the only ones with `data-pagefind-body`. */
export function listIndexedPages(site: string): string[] {
  const skills = path.join(site, 'skills');
  if (!existsSync(skills)) return [];
  return readdirSync(skills, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(skills, entry.name, 'index.html')))
    .map((entry) => `skills/${entry.name}/index.html`)
    .sort();
}

/** Splits the indexed pages into shards of at most `size` pages, in path order. */
export function planShards(pages: readonly string[], size: number): string[][] {
  const shards: string[][] = [];
  for (let start = 0; start < pages.length; start += size) shards.push(pages.slice(start, start + size));
  return shards;
}

/** Where shard `number` (1-based) is written, relative to the site: the first is the usual `pagefind/`. */
function shardDir(number: number): string {
  return number === 1 ? 'pagefind' : `pagefind/shard-${number}`;
}

/** The file that lists the shards the search UI merges into the first one. */
const SHARD_MANIFEST = 'pagefind/shards.json';

/**
 * A page written beside the guide pages while a sharded index is built, and indexed into every
 * shard: it holds every word of every guide page. Within one index, Pagefind matches a word that no
 * page extends by its longest indexed prefix ("token" by "to"); with shards, each shard would do so
 * for words only other shards hold, and their results would mix with the real ones. Every shard
 * knowing every word keeps a sharded search finding what the one-shard index finds. The page carries
 * a filter that the search UI excludes, so it is never a result. Its name cannot be a guide's slug.
 */
const VOCABULARY_SLUG = '_vocabulary';
export const VOCABULARY_FILTER = 'vocabulary';

/** The words of the guide pages, each once, as the text of the vocabulary page. */
function writeVocabularyPage(site: string, pages: readonly string[]): void {
  const words = new Set<string>();
  for (const page of pages) {
    const html = readFileSync(path.join(site, page), 'utf8');
    // Pagefind reads nothing before the element that carries data-pagefind-body (the head, the site's header).
    const body = html.slice(Math.max(0, html.lastIndexOf('<', html.indexOf('data-pagefind-body'))));
    // Text between tags and character references. A page repeats most of its text, so the (slower)
    // Unicode word match runs once per distinct chunk. The chunks are not kept across pages: each is
    // a slice that would keep its page's text alive.
    const chunks = new Set(body.split(/(?:<[^>]*>|&(?:[a-z]+|#\d+);|\s)+/i));
    for (const chunk of chunks) {
      for (const word of chunk.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) words.add(word);
    }
  }
  mkdirSync(path.join(site, 'skills', VOCABULARY_SLUG), { recursive: true });
  writeFileSync(
    path.join(site, 'skills', VOCABULARY_SLUG, 'index.html'),
    `<!doctype html><html lang="en"><head><title>vocabulary</title></head><body><main data-pagefind-body><span data-pagefind-filter="${VOCABULARY_FILTER}:all"></span><p>${[...words].sort().join(' ')}</p></main></body></html>`,
  );
}

/** Pagefind's command-line entry point: its package's `bin`, the script `npx pagefind` runs. */
function pagefindCli(): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve('pagefind')));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  const { bin } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { bin: string | Record<string, string> };
  return path.join(dir, typeof bin === 'string' ? bin : bin.pagefind!);
}

/** A glob that matches exactly `pages` (slugs never hold a comma or a brace). */
function globOf(pages: readonly string[]): string {
  const slugs = pages.map((page) => page.split('/')[1]!);
  return slugs.length === 1 ? pages[0]! : `skills/{${slugs.join(',')}}/index.html`;
}

const run = promisify(execFile);

/**
 * Indexes shard `number` of the site in `site`, with Pagefind's command-line tool in a process of its
 * own. Fails with Pagefind's output on any error, and when it indexed another number of pages than
 * the shard holds.
 */
async function indexShard(site: string, pages: readonly string[], number: number, options: { vocabulary?: boolean } = {}): Promise<void> {
  const indexed = options.vocabulary ? [...pages, `skills/${VOCABULARY_SLUG}/index.html`] : pages;
  let stdout: string;
  let output: string;
  try {
    ({ stdout } = await run(process.execPath, [pagefindCli(), '--site', site, '--glob', globOf(indexed), '--output-subdir', shardDir(number)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    output = stdout.trim();
  } catch (error) {
    const failed = error as Error & { code?: number | string; signal?: string; stdout?: string; stderr?: string };
    if (failed.stdout === undefined) throw new Error(`Pagefind could not run: ${failed.message}`);
    throw new Error(`Pagefind failed (exit ${failed.code ?? failed.signal}):\n${`${failed.stdout}${failed.stderr ?? ''}`.trim().slice(-4000)}`);
  }
  const count = /^\s*Indexed (\d+) pages?$/m.exec(stdout);
  if (!count) throw new Error(`Pagefind failed:\n${output.slice(-4000)}`);
  if (Number(count[1]) !== indexed.length) throw new Error(`Pagefind indexed ${count[1]} of the ${indexed.length} pages of search shard ${number}: is data-pagefind-body missing from the guide layout?\n${output.slice(-4000)}`);
}

/** Writes the list of shards after the first, as URLs the search UI passes to `mergeIndex`. */
function writeShardManifest(site: string, shards: number): void {
  mkdirSync(path.join(site, 'pagefind'), { recursive: true });
  const merged = Array.from({ length: Math.max(0, shards - 1) }, (_, index) => `/${shardDir(index + 2)}/`);
  writeFileSync(path.join(site, SHARD_MANIFEST), `${JSON.stringify(merged)}\n`);
}

/** How a built site is indexed: its guide pages and the shards they fall into. */
export interface SearchIndexPlan {
  pages: string[];
  shards: string[][];
}

/** Plans the index of the built site in `site`: its guide pages in shards of `shardSize`. */
export function planSearchIndex(site: string, shardSize: number): SearchIndexPlan {
  if (!existsSync(site)) throw new Error(`Pagefind has no site to index: ${site} does not exist`);
  const pages = listIndexedPages(site);
  if (pages.length === 0) throw new Error(`Pagefind has no guide page to index in ${site}`);
  return { pages, shards: planShards(pages, shardSize) };
}

/**
 * Writes the shards `numbers` (1-based) of `plan`, `jobs` at a time; with shard 1, also the list of
 * the others for the search UI. Any subset can be written on its own, on another machine.
 */
export async function writeShards(site: string, plan: SearchIndexPlan, numbers: readonly number[], jobs = getIndexJobs()): Promise<void> {
  for (const number of numbers) {
    if (!plan.shards[number - 1]) throw new Error(`there is no search shard ${number}: the site has ${plan.shards.length}`);
  }
  const vocabulary = plan.shards.length > 1;
  if (vocabulary) writeVocabularyPage(site, plan.pages);
  try {
    const queue = [...numbers];
    let failure: unknown;
    // Each job takes the next shard until none is left or one has failed.
    const job = async () => {
      for (let number = queue.shift(); number !== undefined && failure === undefined; number = queue.shift()) {
        try {
          await indexShard(site, plan.shards[number - 1]!, number, { vocabulary });
        } catch (error) {
          failure ??= error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, numbers.length) }, job));
    if (failure !== undefined) throw failure;
  } finally {
    rmSync(path.join(site, 'skills', VOCABULARY_SLUG), { recursive: true, force: true });
  }
  if (numbers.includes(1)) writeShardManifest(site, plan.shards.length);
}

/** Indexes every guide page of the built site in `site`: every shard, then the shard list. */
export async function writeSearchIndex(site: string, shardSize: number, jobs?: number): Promise<{ pages: number; shards: number; jobs: number }> {
  const plan = planSearchIndex(site, shardSize);
  jobs ??= getIndexJobs();
  await writeShards(site, plan, plan.shards.map((_, index) => index + 1), jobs);
  return { pages: plan.pages.length, shards: plan.shards.length, jobs: Math.min(jobs, plan.shards.length) };
}

/**
 * Writes the search index at the end of `astro build` (as Starlight does), so any host that runs
 * `astro build` serves a searchable site. Any Pagefind error fails the build. `SEARCH_INDEX=skip`
 * leaves it out, for a CI that builds the shards on other machines (docs/search.md).
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'skill-guides:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SEARCH_INDEX === 'skip') return logger.info('SEARCH_INDEX=skip: no search index written');
        const started = performance.now();
        const { pages, shards, jobs } = await writeSearchIndex(fileURLToPath(dir), getShardSize());
        logger.info(`indexed ${pages} pages in ${shards} shard${shards === 1 ? '' : 's'}${jobs > 1 ? ` (${jobs} at a time)` : ''} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
