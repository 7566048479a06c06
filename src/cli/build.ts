import { spawn } from 'node:child_process';
import path from 'node:path';
import { getContentRoot } from '../node/content-root.ts';
import { serveContentCheck } from '../node/content-check.ts';
import { writeSearchIndex } from '../node/search-index.ts';

/**
 * `npm run build`: `astro build` (any arguments passed on, e.g. `--outDir`), then the Pagefind
 * index of what it wrote, by Pagefind's own process once Astro's has exited: run inside Astro's
 * process it took no less time and added Pagefind's memory to Astro's at the peak.
 */
const args = process.argv.slice(2);
// Allocator settings for the processes below (unless already set): Rolldown's mimalloc returns
// freed memory to the system at once, and glibc keeps two malloc arenas instead of one per thread.
// Same time, ~120 MiB lower peak at 1,000 guides (see the README's Performance section).
process.env.MIMALLOC_PURGE_DELAY ??= '0';
process.env.MALLOC_ARENA_MAX ??= '2';
// The content check starts now, in a child process, while Astro loads (~0.9 s of one core);
// Astro's content guard asks this process for the verdict (src/integrations/content-guard.ts).
const check = serveContentCheck(getContentRoot());
// `--expose-gc`: the build collects its garbage once before bundling (src/integrations/build-memory.ts).
const astro = spawn(process.execPath, ['--expose-gc', path.resolve('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...args], {
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: { ...process.env, ...check.env },
});
check.serve(astro);
const status = await new Promise<number>((resolve) => astro.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
if (status !== 0) process.exit(status);

/** The output directory `astro build` used: `--outDir DIR`, `--outDir=DIR`, or Astro's default. */
function outDirOf(argv: readonly string[]): string {
  const index = argv.findIndex((arg) => arg === '--outDir' || arg.startsWith('--outDir='));
  if (index === -1) return 'dist';
  const arg = argv[index]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (argv[index + 1] ?? 'dist');
}

const site = path.resolve(outDirOf(args));
const started = performance.now();
try {
  const { pages } = writeSearchIndex(site);
  // `npm run bench` reads this line: the time the search index adds after Astro's build.
  console.log(`[search-index] indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.error(`[search-index] ${(error as Error).message}`);
  process.exit(1);
}
