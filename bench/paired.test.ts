import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareSides, formatComparisonTable, pairedRatios, parseStarlightPagefindMs, type SideRun } from './paired.ts';

test('paired ratios: medians of each side, their ratio, and each pair\'s own ratio', () => {
  const cases: { name: string; ours: number[]; theirs: number[]; oursMedian: number; theirsMedian: number; ratioOfMedians: number; pairRatios: number[] }[] = [
    { name: 'one pair', ours: [10], theirs: [40], oursMedian: 10, theirsMedian: 40, ratioOfMedians: 0.25, pairRatios: [0.25] },
    { name: 'two pairs: mean of the middle two', ours: [10, 14], theirs: [40, 20], oursMedian: 12, theirsMedian: 30, ratioOfMedians: 0.4, pairRatios: [0.25, 0.7] },
    { name: 'three pairs: medians need not come from the same pair', ours: [12, 30, 10], theirs: [50, 40, 45], oursMedian: 12, theirsMedian: 45, ratioOfMedians: 12 / 45, pairRatios: [0.24, 0.75, 10 / 45] },
    { name: 'ours slower', ours: [60, 66, 63], theirs: [30, 30, 30], oursMedian: 63, theirsMedian: 30, ratioOfMedians: 2.1, pairRatios: [2, 2.2, 2.1] },
  ];
  for (const { name, ours, theirs, ...want } of cases) {
    const got = pairedRatios(ours, theirs);
    assert.equal(got.oursMedian, want.oursMedian, name);
    assert.equal(got.theirsMedian, want.theirsMedian, name);
    assert.ok(Math.abs(got.ratioOfMedians - want.ratioOfMedians) < 1e-12, `${name}: ratio ${got.ratioOfMedians}`);
    assert.equal(got.pairRatios.length, want.pairRatios.length, name);
    got.pairRatios.forEach((ratio, index) => assert.ok(Math.abs(ratio - want.pairRatios[index]!) < 1e-12, `${name}: pair ${index + 1}`));
  }
});

test('paired ratios refuse unpaired, empty or non-positive figures', () => {
  assert.throws(() => pairedRatios([], []), /no pairs/);
  assert.throws(() => pairedRatios([1, 2], [1]), /as many/);
  assert.throws(() => pairedRatios([1], [0]), /positive/);
  assert.throws(() => pairedRatios([Number.NaN], [1]), /positive/);
});

const side = (wallSeconds: number, peakRssMiB: number, pages: number | null = 1002, pagefindSeconds: number | null = null): SideRun => ({ wallSeconds, cpuSeconds: wallSeconds * 1.2, peakRssMiB, pages, pagefindSeconds });

test('compareSides takes medians of wall, CPU and peak RSS per side and keeps every run', () => {
  const comparison = compareSides(1000, [side(20, 1500), side(22, 1400), side(21, 1450)], [side(60, 3000), side(50, 3100), side(55, 2900)]);
  assert.equal(comparison.pairs, 3);
  assert.equal(comparison.oursWallSeconds, 21);
  assert.equal(comparison.theirsWallSeconds, 55);
  assert.equal(comparison.ratioOfMedians, 21 / 55);
  assert.equal(comparison.oursPeakRssMiB, 1450);
  assert.equal(comparison.theirsPeakRssMiB, 3000);
  assert.equal(comparison.ours.length, 3);
  assert.equal(comparison.theirs[1]!.wallSeconds, 50);
});

test('the vs-Starlight table shows both medians, the ratio, every pair ratio and both peaks', () => {
  const table = formatComparisonTable('Starlight', [compareSides(1000, [side(20, 1500, 1042, 6), side(24, 1600, 1042, 7)], [side(50, 3000, 1002), side(60, 3200, 1002)])]);
  const [header, , row] = table.split('\n');
  assert.match(header!, /^\| guides \| pairs \| ours s \| Starlight s \| ratio \(medians\) \| pair ratios +\| Pagefind s ours \/ Starlight/);
  assert.match(row!, /^\| 1000 +\| 2 +\| 22\.00 +\| 55\.00 +\| 0\.40× +\| 0\.40×, 0\.40× +\| 6\.50 \/ n\/a +\| 1550 +\| 3100 +\| 1042 \/ 1002 +\|$/);
});

test('reads Starlight\'s Pagefind time from its build log', () => {
  assert.equal(parseStarlightPagefindMs('04:26:57 [starlight:pagefind] Finished building search index in 270ms.'), 270);
  assert.equal(parseStarlightPagefindMs('\x1b[34m[starlight:pagefind]\x1b[39m Finished building search index in 4.52s.'), 4520);
  assert.equal(parseStarlightPagefindMs('[build] 3 page(s) built in 1.00s'), undefined);
});
