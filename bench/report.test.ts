import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countArticleWords, formatTable, median, medianProfile, parseBuildLog, profilePhases, type SizeResult } from './report.ts';

test('median takes the middle value, or the mean of the middle two', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.throws(() => median([]), /empty/);
});

const LOG = `14:35:29 [content] Syncing content
14:35:29 [content] Synced content
14:35:29 [types] Generated 682ms
14:35:29 [build] Collecting build info...
14:35:29 [build] ✓ Completed in 768ms.
14:35:30 [vite] ✓ built in 1.12s
14:35:30 [vite] ✓ built in 30ms
14:35:30 [build] Rearranging server assets...
\x1b[42m\x1b[30m generating static routes \x1b[39m\x1b[49m
14:35:30   ├─ /404.html (+5ms)
14:35:31 \x1b[32m✓ Completed in 267ms.\x1b[39m
14:35:31 [build] ✓ Completed in 1.46s.
14:35:31 [skill-guides:pagefind] indexed 16 pages in 1 shard in 412 ms
14:35:31 [build] 16 page(s) built in 2.36s`;

test('reads sync, bundling, rendering and Pagefind timings and the page count from an astro build log', () => {
  assert.deepEqual(parseBuildLog(LOG), { syncMs: 682, bundleMs: 1150, renderMs: 267, pagefindMs: 412, pages: 16 });
});

test('reads durations of a minute or more as Astro prints them', () => {
  const log = '[types] Generated 5.85s\n[vite] ✓ built in 57.07s\n generating static routes \n✓ Completed in 1m 12s.\n';
  assert.deepEqual(parseBuildLog(log), { syncMs: 5850, bundleMs: 57070, renderMs: 72000 });
});

test('leaves out phases the log does not mention', () => {
  assert.deepEqual(parseBuildLog('[build] 3 page(s) built in 1.00s'), { pages: 3 });
});

test('prints n/a for figures that were not measured', () => {
  const result: SizeResult = {
    guides: 100, runs: 3, wallSeconds: 5.5, cpuSeconds: 7.25, cpuSource: 'rusage', pagefindSeconds: null, pagefindShare: null,
    pages: 120, pagesPerSecond: 21.8, peakRssMiB: 700, distMiB: 9.5, htmlMedianKiB: 38.2, htmlMaxKiB: 41.9, htmlBytesPerWord: 12.25, pagefindIndexMiB: 3.1,
    cssKiB: 8.4, lintSeconds: null, lintExitCode: null, phases: { syncSeconds: null, bundleSeconds: null, renderSeconds: null }, phaseProfile: null, wallSecondsAll: [5.5],
  };
  const row = formatTable([result]).split('\n')[2]!;
  assert.match(row, /^\| 100 +\| 3 +\| 5\.50 +\| 7\.25 +\| n\/a +\| 22 +\| 700 +\| 9\.5 +\| 38\.2 +\| 41\.9 +\| 12\.3 +\| 3\.1 +\| 8\.4 +\| n\/a +\|$/);
});

test('prints a lint:content that failed as failed, not as its time', () => {
  const result: SizeResult = {
    guides: 100, runs: 3, wallSeconds: 5.5, cpuSeconds: 7.25, cpuSource: 'rusage', pagefindSeconds: null, pagefindShare: null,
    pages: 120, pagesPerSecond: 21.8, peakRssMiB: 700, distMiB: 9.5, htmlMedianKiB: 38.2, htmlMaxKiB: 41.9, htmlBytesPerWord: 12.25, pagefindIndexMiB: 3.1,
    cssKiB: 8.4, lintSeconds: 0.12, lintExitCode: 1, phases: { syncSeconds: null, bundleSeconds: null, renderSeconds: null }, phaseProfile: null, wallSecondsAll: [5.5],
  };
  assert.match(formatTable([result]).split('\n')[2]!, /\| failed \(exit 1\) +\|$/);
  assert.match(formatTable([{ ...result, lintExitCode: 0 }]).split('\n')[2]!, /\| 0\.12 +\|$/);
});

test('counts the words a reader sees in the article, not the table of contents, tags or scripts', () => {
  const html = '<html><head><title>Not counted</title></head><body><nav>Skip</nav><article><h1>JSON Web Tokens</h1><details class="toc"><summary>On this page</summary><a href="#a">Hidden entry</a></details><p>Don’t trust the <code>alg</code> header &amp; check <a href="/x/">audience-bound</a> tokens.</p><script>var notWords = 1;</script></article><footer>Not counted</footer></body></html>';
  assert.equal(countArticleWords(html), 3 + 8);
  assert.equal(countArticleWords('<p>no article</p>'), 0);
});

test('splits a measured build into phases at its log markers, with each phase\'s time, share and peak memory', () => {
  const MiB = 1024 ** 2;
  const lines: [number, string][] = [
    [100, '10:00:00 [content] Syncing content'],
    [2000, '10:00:02 [types] Generated 1.9s'],
    [2500, '10:00:02 [build] ✓ Completed in 400ms.'],
    [5000, ' generating static routes '],
    [6000, '10:00:06   ├─ /skills/a/index.html (+3ms)'],
    [8000, '10:00:08 ✓ Completed in 3s.'],
    [9000, '10:00:09 [skill-guides:pagefind] indexed 2 pages in 1 shard in 900 ms'],
  ];
  const rssSamples: [number, number][] = [[0, 50 * MiB], [1000, 400 * MiB], [3000, 900 * MiB], [4990, 600 * MiB], [7000, 700 * MiB], [9000, 1200 * MiB], [9900, 300 * MiB]];
  const profile = profilePhases({ wallMs: 10_000, lines, rssSamples });
  assert.deepEqual(profile?.map(({ name, seconds, share, peakMiB }) => [name, seconds, share, peakMiB]), [
    ['start-up + content sync', 2, 0.2, 400],
    ['bundling', 3, 0.3, 900],
    ['rendering', 3, 0.3, 700],
    ['build:done (search index, sitemap, headers, swap)', 2, 0.2, 1200],
  ]);
  assert.equal(profilePhases({ wallMs: 10_000, lines: lines.slice(0, 3), rssSamples }), null, 'no profile without the rendering marker');
  assert.deepEqual(medianProfile([profile, profile, null]), null);
  assert.deepEqual(medianProfile([profile, profile]), profile);
});

test('reads the search index time of a sharded build, shards indexed several at a time', () => {
  assert.equal(parseBuildLog('[skill-guides:pagefind] indexed 10000 pages in 20 shards (2 at a time) in 35120 ms').pagefindMs, 35120);
});
