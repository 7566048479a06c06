import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus, writeCorpus } from './corpus.ts';
import { runMeasured, type TreeRun } from './process-tree.ts';
import { countArticleWords, formatMachine, formatPhases, formatTable, median, parseBuildLog, type BenchReport, type Machine, type SizeResult } from './report.ts';

const USAGE = `Usage: npm run bench [-- options]

Builds synthetic sites of N guides and reports time, CPU, memory and output sizes.

Options:
  --sizes 100,1000   corpus sizes to build (default 100,1000)
  --large            also build 5,000 guides
  --runs 3           builds per size; the median is reported (default 3; a size whose
                     first build takes over a minute gets one run unless --runs is given)
  --seed N           corpus seed (default ${DEFAULT_SEED})
  --json             print the report as JSON instead of tables
  --keep             keep the temporary corpus, project copy, output and build logs
  --cpu-prof DIR     write V8 CPU profiles of every build process to DIR
  -h, --help         show this help`;

const ROOT = process.cwd();
const ONE_MINUTE_MS = 60_000;

interface Options {
  sizes: number[];
  runs: number;
  runsGiven: boolean;
  seed: number;
  json: boolean;
  keep: boolean;
  cpuProfDir?: string;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      large: { type: 'boolean', default: false },
      runs: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes = (values.sizes ?? '100,1000').split(',').map((size) => Number(size.trim()));
  if (values.large) sizes.push(5000);
  const runs = Number(values.runs ?? 3);
  const seed = Number(values.seed ?? DEFAULT_SEED);
  for (const size of sizes) if (!Number.isInteger(size) || size < 1) usageError(`--sizes must list positive integers, got "${values.sizes}"`);
  if (!Number.isInteger(runs) || runs < 1) usageError(`--runs must be a positive integer, got "${values.runs}"`);
  if (!Number.isInteger(seed)) usageError(`--seed must be an integer, got "${values.seed}"`);
  return { sizes: [...new Set(sizes)], runs, runsGiven: values.runs !== undefined, seed, json: values.json, keep: values.keep, cpuProfDir: values['cpu-prof'] && path.resolve(values['cpu-prof']) };
}

function usageError(message: string): never {
  console.error(`bench: ${message}\n\n${USAGE}`);
  process.exit(2);
}

/** Progress goes to stderr so `--json` output stays clean on stdout. */
function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cores: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
    memoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg()[0]!,
  };
}

// Astro writes `.astro/` into the project and its data store into `node_modules/.astro/`; a
// benchmark building a synthetic corpus there would clobber the files of whoever else builds or
// runs `astro dev` in the tree. So builds run in a copy of the project's sources whose
// `node_modules` entries link back to the real ones (the packages are shared, the caches are not).
const PROJECT_FILES = ['astro.config.ts', 'tsconfig.json', 'package.json', 'src', 'public'];
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

function copyProject(target: string): void {
  mkdirSync(target, { recursive: true });
  for (const name of PROJECT_FILES) {
    if (existsSync(path.join(ROOT, name))) cpSync(path.join(ROOT, name), path.join(target, name), { recursive: true });
  }
  const modules = path.join(target, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(name)) symlinkSync(path.join(ROOT, 'node_modules', name), path.join(modules, name));
  }
}

function sizeOf(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(target).reduce((sum, name) => sum + sizeOf(path.join(target, name)), 0);
}

/** Size in bytes and article words of every guide page. */
function guidePages(outDir: string): { bytes: number; words: number }[] {
  const skills = path.join(outDir, 'skills');
  if (!existsSync(skills)) return [];
  return readdirSync(skills)
    .map((slug) => path.join(skills, slug, 'index.html'))
    .filter((file) => existsSync(file))
    .map((file) => {
      const html = readFileSync(file);
      return { bytes: html.length, words: countArticleWords(html.toString('utf8')) };
    });
}

function cssBytes(outDir: string): number {
  const assets = path.join(outDir, '_astro');
  if (!existsSync(assets)) return 0;
  return readdirSync(assets)
    .filter((name) => name.endsWith('.css'))
    .reduce((sum, name) => sum + statSync(path.join(assets, name)).size, 0);
}

/** A script of package.json, to run the way npm runs it (minus npm's own start-up). */
function scriptOf(project: string, name: string): string | undefined {
  const pkg = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return pkg.scripts?.[name];
}

/** Single-quotes a path for /bin/sh. */
const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

function buildEnv(project: string, contentDir: string, cpuProfDir?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: contentDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    // The project's Node (24) first on PATH, as `npm run` does.
    PATH: `${path.join(project, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  if (cpuProfDir) env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${cpuProfDir}`.trim();
  return env;
}

function failWith(what: string, run: TreeRun): never {
  const tail = (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(-40).join('\n');
  throw new Error(`${what} exited with ${run.exitCode}:\n${tail}`);
}

async function benchSize(guides: number, options: Options, workDir: string, project: string): Promise<SizeResult> {
  const contentDir = path.join(workDir, `content-${guides}`);
  progress(`${guides} guides: writing corpus (seed ${options.seed})`);
  writeCorpus(contentDir, generateCorpus({ count: guides, seed: options.seed }));
  const outDir = path.join(workDir, `dist-${guides}`);
  const env = buildEnv(project, contentDir, options.cpuProfDir);
  // `npm run build` as the README gives it (astro build, then the search index), with --outDir.
  const build = `${scriptOf(project, 'build') ?? 'astro build'} --outDir ${shellQuote(outDir)}`;

  const runs: { run: TreeRun; phases: ReturnType<typeof parseBuildLog> }[] = [];
  let planned = options.runs;
  for (let index = 0; index < planned; index++) {
    // Every run is a cold, full build: no data store, no generated types, no previous output.
    for (const cache of [path.join(project, 'node_modules', '.astro'), path.join(project, '.astro'), outDir]) rmSync(cache, { recursive: true, force: true });
    progress(`${guides} guides: build ${index + 1}/${planned}`);
    const run = await runMeasured({ command: '/bin/sh', args: ['-c', build], cwd: project, env });
    if (run.exitCode !== 0) failWith(`npm run build (${guides} guides)`, run);
    const phases = parseBuildLog(run.stdout + run.stderr);
    if (options.keep) writeFileSync(path.join(workDir, `build-${guides}-${index + 1}.log`), run.stdout + run.stderr);
    runs.push({ run, phases });
    progress(`${guides} guides: ${(run.wallMs / 1000).toFixed(2)} s wall, ${(run.cpuMs / 1000).toFixed(2)} s CPU, peak ${(run.peakTreeRssBytes / 1024 ** 2).toFixed(0)} MiB`);
    if (index === 0 && !options.runsGiven && run.wallMs > ONE_MINUTE_MS) planned = 1;
  }

  const guidePageFigures = guidePages(outDir);
  const htmlSizes = guidePageFigures.map((page) => page.bytes);
  const bytesPerWord = guidePageFigures.filter((page) => page.words > 0).map((page) => page.bytes / page.words);
  const pick = (select: (entry: (typeof runs)[number]) => number | undefined): number | null => {
    const values = runs.map(select).filter((value): value is number => value !== undefined);
    return values.length === runs.length ? median(values) : null;
  };
  const wallMs = pick(({ run }) => run.wallMs)!;
  const pagefindMs = pick(({ phases }) => phases.pagefindMs);
  const pages = runs[0]!.phases.pages ?? htmlSizes.length;

  let lintSeconds: number | null = null;
  let lintExitCode: number | null = null;
  const lint = scriptOf(project, 'lint:content');
  if (lint) {
    const lintRuns: TreeRun[] = [];
    for (let index = 0; index < Math.max(3, planned); index++) {
      progress(`${guides} guides: lint:content ${index + 1}`);
      lintRuns.push(await runMeasured({ command: '/bin/sh', args: ['-c', lint], cwd: project, env: buildEnv(project, contentDir) }));
    }
    lintSeconds = median(lintRuns.map((run) => run.wallMs)) / 1000;
    lintExitCode = lintRuns[0]!.exitCode;
    if (lintExitCode !== 0) progress(`${guides} guides: lint:content exited ${lintExitCode} on the synthetic corpus:\n${lintRuns[0]!.stdout.split('\n').slice(0, 5).join('\n')}`);
  } else {
    progress('no lint:content script in package.json: reporting n/a');
  }

  const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
  return {
    guides,
    runs: runs.length,
    wallSeconds: wallMs / 1000,
    cpuSeconds: pick(({ run }) => run.cpuMs)! / 1000,
    cpuSource: runs[0]!.run.cpuSource,
    pagefindSeconds: seconds(pagefindMs),
    pagefindShare: pagefindMs === null ? null : pagefindMs / wallMs,
    pages,
    pagesPerSecond: pages / (wallMs / 1000),
    peakRssMiB: pick(({ run }) => run.peakTreeRssBytes)! / 1024 ** 2,
    distMiB: sizeOf(outDir) / 1024 ** 2,
    htmlMedianKiB: htmlSizes.length > 0 ? median(htmlSizes) / 1024 : 0,
    htmlMaxKiB: htmlSizes.length > 0 ? Math.max(...htmlSizes) / 1024 : 0,
    htmlBytesPerWord: bytesPerWord.length > 0 ? median(bytesPerWord) : 0,
    pagefindIndexMiB: sizeOf(path.join(outDir, 'pagefind')) / 1024 ** 2,
    cssKiB: cssBytes(outDir) / 1024,
    lintSeconds,
    lintExitCode,
    phases: {
      syncSeconds: seconds(pick(({ phases }) => phases.syncMs)),
      bundleSeconds: seconds(pick(({ phases }) => phases.bundleMs)),
      renderSeconds: seconds(pick(({ phases }) => phases.renderMs)),
    },
    wallSecondsAll: runs.map(({ run }) => run.wallMs / 1000),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(path.join(ROOT, 'astro.config.ts'))) usageError('run from the project root (no astro.config.ts here)');
  const machine = describeMachine();
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-bench-'));
  const project = path.join(workDir, 'project');
  copyProject(project);
  if (options.cpuProfDir) mkdirSync(options.cpuProfDir, { recursive: true });
  progress(`${formatMachine(machine)}; working in ${workDir}`);
  const results: SizeResult[] = [];
  try {
    // Sizes run one after another, never in parallel: the figures are only comparable on an idle machine.
    for (const size of options.sizes) results.push(await benchSize(size, options, workDir, project));
  } finally {
    if (options.keep) progress(`kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
  const report: BenchReport = { machine, seed: options.seed, date: new Date().toISOString(), results };
  if (options.json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(formatMachine(machine));
  console.log(`Corpus seed ${options.seed}; medians of the runs shown; builds are cold (no cache) and include the Pagefind index.\n`);
  console.log(formatTable(results));
  console.log(`\n${formatPhases(results)}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
