import type { HugoReport, StarlightReport } from './paired.ts';

/** Phase timings Astro and our Pagefind integration print during `astro build`, in ms. */
export interface BuildPhases {
  /** Content sync plus type generation (`[types] Generated …`). */
  syncMs?: number;
  /** Sum of every `[vite] ✓ built in …` (server, prerender and client bundles). */
  bundleMs?: number;
  /** `generating static routes` … `✓ Completed in …`: rendering every page. */
  renderMs?: number;
  /** The search-index step's `indexed N pages in X ms`: what Pagefind adds after `astro build`. */
  pagefindMs?: number;
  /** `[build] N page(s) built in …`. */
  pages?: number;
}

/** Figures of one size, each the median over the runs (peak memory: median of the per-run peaks). */
export interface SizeResult {
  guides: number;
  runs: number;
  wallSeconds: number;
  cpuSeconds: number;
  cpuSource: string;
  pagefindSeconds: number | null;
  pagefindShare: number | null;
  pages: number;
  pagesPerSecond: number;
  peakRssMiB: number;
  distMiB: number;
  htmlMedianKiB: number;
  htmlMaxKiB: number;
  /** Median over guide pages of page bytes per word the reader sees in the article (TOC excluded). */
  htmlBytesPerWord: number;
  pagefindIndexMiB: number;
  cssKiB: number;
  lintSeconds: number | null;
  lintExitCode: number | null;
  phases: { syncSeconds: number | null; bundleSeconds: number | null; renderSeconds: number | null };
  /** Each phase of the build by the clock: its wall time, share and the tree's peak memory in it (medians over the runs); null when a marker is missing. */
  phaseProfile: PhaseFigures[] | null;
  /** Every run's wall time, to judge the spread. */
  wallSecondsAll: number[];
}

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the bench started: other work on a shared machine skews figures. */
  loadAverage: number;
}

export interface BenchReport {
  machine: Machine;
  seed: number;
  date: string;
  results: SizeResult[];
  /** With `--vs-starlight`: the paired comparison per size (bench/paired.ts). */
  starlight?: StarlightReport;
  /** With `--vs-hugo`: the paired comparison per size. */
  hugo?: HugoReport;
}

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// Astro colours its log; the figures sit between escape sequences.
const ANSI = /\x1b\[[0-9;]*m/g;

// Durations as Astro and Vite print them: `682ms`, `1.12s`, `1m 12s`.
const DURATION = String.raw`((?:\d+m )?[\d.]+(?:ms|s)|\d+m)`;

function toMs(duration: string): number {
  const match = /^(?:(\d+)m)?\s*(?:([\d.]+)(ms|s))?$/.exec(duration.trim());
  if (!match) return Number.NaN;
  const [, minutes = '0', value = '0', unit = 's'] = match;
  return Number(minutes) * 60_000 + Number(value) * (unit === 'ms' ? 1 : 1000);
}

/** One phase of a build, measured from the outside: by the clock and the memory poller. */
export interface PhaseFigures {
  name: string;
  seconds: number;
  /** Of the build's wall time. */
  share: number;
  /** Peak summed resident memory of the process tree while the phase ran. */
  peakMiB: number;
}

/**
 * The build's phases, each ending at the first log line that matches: start-up and content sync
 * (to "[types] Generated"), bundling (to "generating static routes"), rendering (to its
 * "✓ Completed in"), and what runs at astro:build:done (sitemap, headers, search index, the output
 * swap) to the end.
 */
const PHASES: { name: string; end: RegExp | null }[] = [
  { name: 'start-up + content sync', end: /\[types\] Generated/ },
  { name: 'bundling', end: /generating static routes/ },
  { name: 'rendering', end: /^(?:\S+ )?✓ Completed in/ },
  { name: 'build:done (search index, sitemap, headers, swap)', end: null },
];

/** Splits one measured build into its phases, or null when its log lacks a phase marker. */
export function profilePhases(run: { wallMs: number; lines: readonly [number, string][]; rssSamples: readonly [number, number][] }): PhaseFigures[] | null {
  const figures: PhaseFigures[] = [];
  let start = 0;
  let from = 0;
  for (const phase of PHASES) {
    let end = run.wallMs;
    if (phase.end) {
      const index = run.lines.findIndex(([, text], at) => at >= from && phase.end!.test(text.replace(ANSI, '')));
      if (index < 0) return null;
      end = run.lines[index]![0];
      from = index + 1;
    }
    // The last sample before the phase began counts too: it is what the phase started with.
    const before = run.rssSamples.findLast(([ms]) => ms < start);
    const inPhase = run.rssSamples.filter(([ms]) => ms >= start && ms <= end);
    const peak = Math.max(0, ...[...(before ? [before] : []), ...inPhase].map(([, bytes]) => bytes));
    figures.push({ name: phase.name, seconds: (end - start) / 1000, share: (end - start) / run.wallMs, peakMiB: peak / 1024 ** 2 });
    start = end;
  }
  return figures;
}

/** The median of each phase's figures over several runs of one size. */
export function medianProfile(profiles: readonly (PhaseFigures[] | null)[]): PhaseFigures[] | null {
  if (profiles.length === 0 || profiles.some((profile) => profile === null)) return null;
  const all = profiles as PhaseFigures[][];
  return all[0]!.map((phase, index) => ({
    name: phase.name,
    seconds: median(all.map((profile) => profile[index]!.seconds)),
    share: median(all.map((profile) => profile[index]!.share)),
    peakMiB: median(all.map((profile) => profile[index]!.peakMiB)),
  }));
}

/** Pulls the phase timings out of an `astro build` log. */
export function parseBuildLog(log: string): BuildPhases {
  const text = log.replace(ANSI, '');
  const phases: BuildPhases = {};
  const types = new RegExp(`\\[types\\] Generated ${DURATION}`).exec(text);
  if (types) phases.syncMs = toMs(types[1]!);
  const bundles = [...text.matchAll(new RegExp(`\\[vite\\] ✓ built in ${DURATION}`, 'g'))];
  if (bundles.length > 0) phases.bundleMs = bundles.reduce((sum, match) => sum + toMs(match[1]!), 0);
  const routes = text.indexOf('generating static routes');
  if (routes >= 0) {
    const done = new RegExp(`✓ Completed in ${DURATION}\\.`).exec(text.slice(routes));
    if (done) phases.renderMs = toMs(done[1]!);
  }
  const pagefind = /indexed (\d+) pages in (?:\d+ shards?(?: \(\d+ at a time\))? in )?(\d+) ms/.exec(text);
  if (pagefind) phases.pagefindMs = Number(pagefind[2]);
  const pages = /(\d+) page\(s\) built in/.exec(text);
  if (pages) phases.pages = Number(pages[1]);
  return phases;
}

const fixed = (value: number | null, digits: number) => (value === null ? 'n/a' : value.toFixed(digits));

/** The figures as a Markdown table (one row per corpus size), the form the README shows. */
export function formatTable(results: readonly SizeResult[]): string {
  const header = ['guides', 'runs', 'wall s', 'CPU s', 'Pagefind s (share)', 'pages/s', 'peak RSS MiB', 'dist MiB', 'HTML/guide median KiB', 'HTML/guide max KiB', 'HTML B/word', 'index MiB', 'CSS KiB', 'lint:content s'];
  const rows = results.map((result) => [
    String(result.guides),
    String(result.runs),
    fixed(result.wallSeconds, 2),
    fixed(result.cpuSeconds, 2),
    result.pagefindSeconds === null ? 'n/a' : `${result.pagefindSeconds.toFixed(2)} (${Math.round(result.pagefindShare! * 100)}%)`,
    fixed(result.pagesPerSecond, 0),
    fixed(result.peakRssMiB, 0),
    fixed(result.distMiB, 1),
    fixed(result.htmlMedianKiB, 1),
    fixed(result.htmlMaxKiB, 1),
    fixed(result.htmlBytesPerWord, 1),
    fixed(result.pagefindIndexMiB, 1),
    fixed(result.cssKiB, 1),
    // A failed lint took no meaningful time: say that it failed instead.
    result.lintExitCode ? `failed (exit ${result.lintExitCode})` : fixed(result.lintSeconds, 2),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** Phase breakdown per size: where the build's time goes. */
export function formatPhases(results: readonly SizeResult[]): string {
  return results
    .map((result) => {
      const { syncSeconds, bundleSeconds, renderSeconds } = result.phases;
      const perPage = renderSeconds === null ? 'n/a' : `${((renderSeconds * 1000) / result.pages).toFixed(2)} ms/page`;
      const logged = `${result.guides} guides: sync+types ${fixed(syncSeconds, 2)} s · bundling ${fixed(bundleSeconds, 2)} s · rendering ${fixed(renderSeconds, 2)} s (${perPage}) · Pagefind ${fixed(result.pagefindSeconds, 2)} s · runs ${result.wallSecondsAll.map((s) => s.toFixed(2)).join(', ')} s`;
      const profile = result.phaseProfile?.map((phase) => `  ${phase.name}: ${phase.seconds.toFixed(1)} s (${Math.round(phase.share * 100)}%), peak ${phase.peakMiB.toFixed(0)} MiB`);
      return [logged, ...(profile ?? ['  (no phase profile: a log marker is missing)'])].join('\n');
    })
    .join('\n');
}

/**
 * Words a reader sees in a guide page's article (the table of contents left out): what a page's
 * size is judged against, e.g. the 40 KB budget for a 3,000-word guide.
 */
export function countArticleWords(html: string): number {
  const start = html.indexOf('<article');
  const end = html.indexOf('</article>', start);
  if (start < 0 || end < 0) return 0;
  const article = html
    .slice(start, end)
    .replace(/<details class="toc[\s\S]*?<\/details>/, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
  return article.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** One line naming the machine, printed above the figures. */
export function formatMachine(machine: Machine): string {
  return `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB.toFixed(1)} GiB RAM, Node ${machine.node}, ${machine.platform}; load ${machine.loadAverage.toFixed(2)} at start`;
}
