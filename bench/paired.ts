import { median } from './report.ts';

/**
 * Paired comparison of our build against another tool's on the same corpus (`--vs-starlight`,
 * `--vs-hugo`): builds alternate ours, theirs, ours, theirs…, so slow drift of the machine hits both
 * sides alike; each pair also gives its own ratio.
 */

/** Wall-time figures of N pairs: the medians of each side, their ratio, and each pair's own ratio. */
export interface PairedRatios {
  oursMedian: number;
  theirsMedian: number;
  /** median(ours) / median(theirs): the figure the bar ("≤ 0.40×") is judged by. */
  ratioOfMedians: number;
  /** ours[i] / theirs[i] for every pair, in run order. */
  pairRatios: number[];
}

/** Computes the paired ratios of two equally long lists of positive figures (pair i = ours[i], theirs[i]). */
export function pairedRatios(ours: readonly number[], theirs: readonly number[]): PairedRatios {
  if (ours.length === 0) throw new Error('paired ratios of no pairs');
  if (ours.length !== theirs.length) throw new Error(`paired ratios need as many figures on each side (${ours.length} vs ${theirs.length})`);
  for (const value of [...ours, ...theirs]) if (!Number.isFinite(value) || value <= 0) throw new Error(`paired ratios need positive figures, got ${value}`);
  const oursMedian = median(ours);
  const theirsMedian = median(theirs);
  return { oursMedian, theirsMedian, ratioOfMedians: oursMedian / theirsMedian, pairRatios: ours.map((value, index) => value / theirs[index]!) };
}

/** One side's build of one pair. */
export interface SideRun {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
  /** Pages Astro reported building (`N page(s) built in`). */
  pages: number | null;
  /** Pagefind's own time, from the build log. */
  pagefindSeconds: number | null;
}

/** The comparison with one other tool at one corpus size. */
export interface Comparison {
  guides: number;
  pairs: number;
  /** Median wall seconds of our builds and of theirs. */
  oursWallSeconds: number;
  theirsWallSeconds: number;
  ratioOfMedians: number;
  pairRatios: number[];
  /** Median of each side's per-build peak RSS of the whole process tree. */
  oursPeakRssMiB: number;
  theirsPeakRssMiB: number;
  oursCpuSeconds: number;
  theirsCpuSeconds: number;
  /** Every build, in run order: `ours[i]` was built just before `theirs[i]`. */
  ours: SideRun[];
  theirs: SideRun[];
}

/** Everything `--vs-starlight` adds to the report. */
export interface StarlightReport {
  starlightVersion: string;
  astroVersion: string;
  markdownRemarkRange: string;
  viteVersion: string;
  /** The one `npm install` of the generated project, not part of any figure. */
  installSeconds: number;
  comparisons: Comparison[];
}

/** Everything `--vs-hugo` adds to the report. */
export interface HugoReport {
  hugoVersion: string;
  comparisons: Comparison[];
}

export function compareSides(guides: number, ours: readonly SideRun[], theirs: readonly SideRun[]): Comparison {
  const wall = pairedRatios(
    ours.map((run) => run.wallSeconds),
    theirs.map((run) => run.wallSeconds),
  );
  return {
    guides,
    pairs: ours.length,
    oursWallSeconds: wall.oursMedian,
    theirsWallSeconds: wall.theirsMedian,
    ratioOfMedians: wall.ratioOfMedians,
    pairRatios: wall.pairRatios,
    oursPeakRssMiB: median(ours.map((run) => run.peakRssMiB)),
    theirsPeakRssMiB: median(theirs.map((run) => run.peakRssMiB)),
    oursCpuSeconds: median(ours.map((run) => run.cpuSeconds)),
    theirsCpuSeconds: median(theirs.map((run) => run.cpuSeconds)),
    ours: [...ours],
    theirs: [...theirs],
  };
}

/** Starlight's Pagefind step: `[starlight:pagefind] Finished building search index in 2.34s.` (or `812ms`). */
export function parseStarlightPagefindMs(log: string): number | undefined {
  const match = /Finished building search index in ([\d.]+)(ms|s)\b/.exec(log.replace(/\x1b\[[0-9;]*m/g, ''));
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === 'ms' ? 1 : 1000);
}

const ratio = (value: number) => `${value.toFixed(2)}×`;

/** The short "vs Starlight" (or "vs Hugo") table printed under the main one: one row per size. */
export function formatComparisonTable(name: string, comparisons: readonly Comparison[]): string {
  const header = ['guides', 'pairs', 'ours s', `${name} s`, 'ratio (medians)', 'pair ratios', `Pagefind s ours / ${name}`, 'ours peak RSS MiB', `${name} peak RSS MiB`, `pages ours / ${name}`];
  const pages = (runs: readonly SideRun[]) => (runs[0]?.pages ?? null) === null ? 'n/a' : String(runs[0]!.pages);
  const pagefind = (runs: readonly SideRun[]) => {
    const seconds = runs.map((run) => run.pagefindSeconds).filter((value): value is number => value !== null);
    return seconds.length === runs.length && seconds.length > 0 ? median(seconds).toFixed(2) : 'n/a';
  };
  const rows = comparisons.map((comparison) => [
    String(comparison.guides),
    String(comparison.pairs),
    comparison.oursWallSeconds.toFixed(2),
    comparison.theirsWallSeconds.toFixed(2),
    ratio(comparison.ratioOfMedians),
    comparison.pairRatios.map(ratio).join(', '),
    `${pagefind(comparison.ours)} / ${pagefind(comparison.theirs)}`,
    comparison.oursPeakRssMiB.toFixed(0),
    comparison.theirsPeakRssMiB.toFixed(0),
    `${pages(comparison.ours)} / ${pages(comparison.theirs)}`,
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
