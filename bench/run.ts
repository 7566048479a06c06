import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus, writeCorpus } from './corpus.ts';
import { runMeasured, type TreeRun } from './process-tree.ts';
import { countArticleWords, formatMachine, formatPhases, formatTable, median, medianProfile, parseBuildLog, profilePhases, type BenchReport, type Machine, type SizeResult } from './report.ts';
import type { Corpus } from './corpus.ts';
import { hugoSiteFiles, hugoVersion, parsePagefindCliMs } from './hugo-site.ts';
import { compareSides, formatComparisonTable, parseStarlightPagefindMs, type Comparison, type SideRun } from './paired.ts';
import { convertCorpus, writeDocs } from './starlight-docs.ts';
import { setUpStarlightProject, STARLIGHT_LINE, StarlightSetupError, type StarlightProject } from './starlight-project.ts';

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
  --cpu-prof DIR     write V8 CPU profiles of every build process to DIR (our builds only)
  --vs-starlight     also build the same corpus, converted to Starlight docs, with a stock
                     Starlight ${STARLIGHT_LINE} site (installed once into the temporary work dir):
                     builds alternate ours / Starlight, --runs pairs (default 3, always),
                     each cold; adds a "vs Starlight" table (or JSON field)
  --vs-hugo          also build the same pages as the Starlight side with Hugo (the \`hugo\` on
                     PATH; Debian: apt-get install hugo) and index them with the same Pagefind:
                     alternates like --vs-starlight; adds a "vs Hugo" table (or JSON field)
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
  vsStarlight: boolean;
  vsHugo: boolean;
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
      'vs-starlight': { type: 'boolean', default: false },
      'vs-hugo': { type: 'boolean', default: false },
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
  return {
    sizes: [...new Set(sizes)],
    runs,
    runsGiven: values.runs !== undefined,
    seed,
    json: values.json,
    keep: values.keep,
    cpuProfDir: values['cpu-prof'] && path.resolve(values['cpu-prof']),
    vsStarlight: values['vs-starlight'],
    vsHugo: values['vs-hugo'],
  };
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
const PROJECT_FILES = ['astro.config.ts', 'tsconfig.json', 'package.json', 'bin', 'src', 'public'];
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

/** Removes what would make a build warm: Astro's data store and generated types, Vite's cache, the previous output. */
function makeCold(project: string, outDir: string): void {
  for (const cache of [path.join(project, 'node_modules', '.astro'), path.join(project, 'node_modules', '.vite'), path.join(project, '.astro'), outDir]) rmSync(cache, { recursive: true, force: true });
}

function sideRun(run: TreeRun, pages: number | undefined, pagefindMs: number | undefined): SideRun {
  return {
    wallSeconds: run.wallMs / 1000,
    cpuSeconds: run.cpuMs / 1000,
    peakRssMiB: run.peakTreeRssBytes / 1024 ** 2,
    pages: pages ?? null,
    pagefindSeconds: pagefindMs === undefined ? null : pagefindMs / 1000,
  };
}

/** Another tool built in pairs with ours, on the same corpus (`--vs-starlight`, `--vs-hugo`). */
interface Rival {
  name: string;
  /** Writes the corpus as this tool's pages. */
  prepare(corpus: Corpus): void;
  /** Removes what would make its next build warm. */
  makeCold(): void;
  /** Its build, for /bin/sh, search index included. */
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  pagefindMs(log: string): number | undefined;
  pages(log: string): number | undefined;
}

function starlightRival(starlight: StarlightProject, contentDir: string): Rival {
  // Starlight builds into its project's own dist/: an outDir outside the project breaks its
  // prerender step (chunks there import packages that only the project's node_modules holds).
  const outDir = path.join(starlight.dir, 'dist');
  return {
    name: 'Starlight',
    prepare: (corpus) => writeDocs(starlight.dir, convertCorpus(corpus)),
    makeCold: () => makeCold(starlight.dir, outDir),
    command: scriptOf(starlight.dir, 'build') ?? 'astro build',
    cwd: starlight.dir,
    env: buildEnv(starlight.dir, contentDir),
    pagefindMs: parseStarlightPagefindMs,
    pages: (log) => parseBuildLog(log).pages,
  };
}

/** Hugo's site in `dir`, indexed by our project's Pagefind (the same binary and version). */
function hugoRival(dir: string, project: string, contentDir: string): Rival {
  return {
    name: 'Hugo',
    prepare: (corpus) => {
      rmSync(dir, { recursive: true, force: true });
      for (const file of hugoSiteFiles(convertCorpus(corpus))) {
        mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
        writeFileSync(path.join(dir, file.path), file.text);
      }
    },
    makeCold: () => {
      for (const cache of ['public', 'resources', '.hugo_build.lock']) rmSync(path.join(dir, cache), { recursive: true, force: true });
    },
    command: 'hugo --cacheDir "$PWD/.hugo-cache" && rm -rf .hugo-cache && pagefind --site public',
    cwd: dir,
    env: buildEnv(project, contentDir),
    pagefindMs: parsePagefindCliMs,
    // Hugo's summary table: `Pages            | 1004`.
    pages: (log) => {
      const match = /^\s*Pages\s*\|\s*(\d+)/m.exec(log);
      return match ? Number(match[1]) : undefined;
    },
  };
}

async function benchSize(guides: number, options: Options, workDir: string, project: string, starlight?: StarlightProject): Promise<{ result: SizeResult; comparisons: Map<string, Comparison> }> {
  const contentDir = path.join(workDir, `content-${guides}`);
  progress(`${guides} guides: writing corpus (seed ${options.seed})`);
  const corpus = generateCorpus({ count: guides, seed: options.seed });
  writeCorpus(contentDir, corpus);
  const outDir = path.join(workDir, `dist-${guides}`);
  const rivals: Rival[] = [];
  if (starlight) rivals.push(starlightRival(starlight, contentDir));
  if (options.vsHugo) rivals.push(hugoRival(path.join(workDir, 'hugo'), project, contentDir));
  for (const rival of rivals) {
    progress(`${guides} guides: writing the corpus as ${rival.name} pages`);
    rival.prepare(corpus);
  }
  const rivalRuns = new Map<Rival, SideRun[]>(rivals.map((rival) => [rival, []]));
  const env = buildEnv(project, contentDir, options.cpuProfDir);
  // `npm run build` as the README gives it (astro build, then the search index), with --outDir.
  const build = `${scriptOf(project, 'build') ?? 'astro build'} --outDir ${shellQuote(outDir)}`;

  const runs: { run: TreeRun; phases: ReturnType<typeof parseBuildLog> }[] = [];
  let planned = options.runs;
  for (let index = 0; index < planned; index++) {
    // Every run is a cold, full build: no data store, no generated types, no previous output.
    makeCold(project, outDir);
    progress(`${guides} guides: build ${index + 1}/${planned}${rivals.length > 0 ? ' (ours)' : ''}`);
    const run = await runMeasured({ command: '/bin/sh', args: ['-c', build], cwd: project, env });
    if (run.exitCode !== 0) failWith(`npm run build (${guides} guides)`, run);
    const phases = parseBuildLog(run.stdout + run.stderr);
    if (options.keep) writeFileSync(path.join(workDir, `build-${guides}-${index + 1}.log`), run.stdout + run.stderr);
    runs.push({ run, phases });
    progress(`${guides} guides: ${(run.wallMs / 1000).toFixed(2)} s wall, ${(run.cpuMs / 1000).toFixed(2)} s CPU, peak ${(run.peakTreeRssBytes / 1024 ** 2).toFixed(0)} MiB`);
    for (const rival of rivals) {
      // The pair's second half, straight after ours, on the same corpus and equally cold.
      rival.makeCold();
      progress(`${guides} guides: build ${index + 1}/${planned} (${rival.name})`);
      const other = await runMeasured({ command: '/bin/sh', args: ['-c', rival.command], cwd: rival.cwd, env: rival.env });
      const log = other.stdout + other.stderr;
      if (options.keep) writeFileSync(path.join(workDir, `${rival.name.toLowerCase()}-build-${guides}-${index + 1}.log`), log);
      if (other.exitCode !== 0) failWith(`${rival.name}'s build (${guides} guides)`, other);
      rivalRuns.get(rival)!.push(sideRun(other, rival.pages(log), rival.pagefindMs(log)));
      progress(`${guides} guides: ${rival.name} ${(other.wallMs / 1000).toFixed(2)} s wall, ${(other.cpuMs / 1000).toFixed(2)} s CPU, peak ${(other.peakTreeRssBytes / 1024 ** 2).toFixed(0)} MiB; this pair ${(run.wallMs / other.wallMs).toFixed(2)}×`);
    }
    // A slow size gets one run, unless --runs says otherwise; pairs always run in full.
    if (index === 0 && !options.runsGiven && rivals.length === 0 && run.wallMs > ONE_MINUTE_MS) planned = 1;
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
    if (lintExitCode !== 0) progress(`${guides} guides: lint:content exited ${lintExitCode} on the synthetic corpus:\n${`${lintRuns[0]!.stdout}${lintRuns[0]!.stderr}`.split('\n').slice(0, 8).join('\n')}`);
  } else {
    progress('no lint:content script in package.json: reporting n/a');
  }

  const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
  const ourRuns = runs.map(({ run, phases }) => sideRun(run, phases.pages, phases.pagefindMs));
  const comparisons = new Map(rivals.map((rival) => [rival.name, compareSides(guides, ourRuns, rivalRuns.get(rival)!)]));
  const result: SizeResult = {
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
    phaseProfile: medianProfile(runs.map(({ run }) => profilePhases(run))),
    wallSecondsAll: runs.map(({ run }) => run.wallMs / 1000),
  };
  return { result, comparisons };
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
  const comparisons = new Map<string, Comparison[]>();
  let starlight: StarlightProject | undefined;
  let hugo: string | undefined;
  try {
    if (options.vsHugo) {
      hugo = hugoVersion();
      if (hugo === undefined) throw new Error('--vs-hugo needs `hugo` on PATH (Debian: apt-get install hugo)');
      progress(`Hugo ${hugo}`);
    }
    if (options.vsStarlight) {
      // Installed once per bench run, before any build (a failed install costs no build time), and
      // reused by every size: only its src/content/docs/ changes.
      starlight = await setUpStarlightProject(path.join(workDir, 'starlight'), ROOT, progress);
      progress(`Starlight project installed in ${starlight.installSeconds.toFixed(1)} s (not part of any figure)`);
    }
    // Sizes run one after another, never in parallel: the figures are only comparable on an idle machine.
    for (const size of options.sizes) {
      const sized = await benchSize(size, options, workDir, project, starlight);
      results.push(sized.result);
      for (const [name, comparison] of sized.comparisons) comparisons.set(name, [...(comparisons.get(name) ?? []), comparison]);
    }
  } finally {
    if (options.keep) progress(`kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
  const report: BenchReport = { machine, seed: options.seed, date: new Date().toISOString(), results };
  if (starlight) {
    report.starlight = {
      starlightVersion: starlight.versions.starlight,
      astroVersion: starlight.versions.astro,
      markdownRemarkRange: starlight.versions.markdownRemark,
      viteVersion: starlight.versions.vite,
      installSeconds: starlight.installSeconds,
      comparisons: comparisons.get('Starlight') ?? [],
    };
  }
  if (hugo !== undefined) report.hugo = { hugoVersion: hugo, comparisons: comparisons.get('Hugo') ?? [] };
  if (options.json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(formatMachine(machine));
  console.log(`Corpus seed ${options.seed}; medians of the runs shown; builds are cold (no cache) and include the Pagefind index.\n`);
  console.log(formatTable(results));
  console.log(`\nPhases: the times Astro and Pagefind log, then each phase by the clock with the whole process tree's peak memory in it\n${formatPhases(results)}`);
  if (starlight) {
    console.log(`\nvs Starlight ${starlight.versions.starlight} (astro ${starlight.versions.astro}, vite ${starlight.versions.vite}): same corpus as Starlight docs; builds alternate ours / Starlight, each cold, Pagefind included on both sides; ratio = our wall / Starlight's (bar: 1,000 guides ≤ 0.40×).\n`);
    console.log(formatComparisonTable('Starlight', comparisons.get('Starlight') ?? []));
  }
  if (hugo !== undefined) {
    console.log(`\nvs Hugo ${hugo}: the Starlight side's pages (each guide's body and sections as Markdown) built by Hugo, then \`pagefind --site public\` with our Pagefind; builds alternate ours / Hugo, each cold; ratio = our wall / Hugo's (issue 18's bar: 1.2× at 10,000 guides).\n`);
    console.log(formatComparisonTable('Hugo', comparisons.get('Hugo') ?? []));
  }
}

main().catch((error: unknown) => {
  if (error instanceof StarlightSetupError) console.error(`bench: cannot compare with Starlight, the Starlight project could not be set up.\n${error.message}`);
  else console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
