/**
 * `npm run audit`: Lighthouse (mobile defaults) on the built home page, a guide and the interview
 * hub, in Debian's Chromium, served from dist/ by `astro preview`. Prints the four category scores.
 * A reported figure, not a test: performance varies with load.
 *
 *   npm run build && npm run audit [-- --json] [-- --dist dir] [-- --page /path/ ...]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const DEFAULT_PAGES = ['/', '/skills/iam/', '/interview-questions/'];

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    page: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});

const dist = path.resolve(values.dist);
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run "npm run build" first.`);
  process.exit(2);
}
if (!existsSync(values.chromium)) {
  console.error(`No Chromium at ${values.chromium}: apt-get install -y chromium, or pass --chromium.`);
  process.exit(2);
}

const server = await preview({ outDir: dist, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
const origin = `http://127.0.0.1:${server.port}`;
const chrome = await chromeLauncher.launch({
  chromePath: values.chromium,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const rows: { page: string; scores: Record<string, number> }[] = [];
try {
  for (const page of values.page ?? DEFAULT_PAGES) {
    const result = await lighthouse(`${origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
    const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((result.lhr.categories[category]?.score ?? 0) * 100)]));
    const failing = Object.values(result.lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
    rows.push({ page, scores });
    if (!values.json && failing.length > 0) console.error(`${page}: audits below full marks: ${failing.join(', ')}`);
  }
} finally {
  chrome.kill();
  await server.stop();
}

if (values.json) {
  console.log(JSON.stringify({ date: new Date().toISOString(), lighthouse: 'mobile defaults', pages: rows }, null, 2));
} else {
  const header = ['page', ...CATEGORIES];
  const lines = [header, ...rows.map((row) => [row.page, ...CATEGORIES.map((category) => String(row.scores[category]))])];
  const widths = header.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  for (const line of lines) console.log(line.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
}
