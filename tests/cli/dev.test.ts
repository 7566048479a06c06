import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from '../helpers/paths.ts';

const ASTRO_BIN = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Fetches `url` until `accept` holds for its status and text; fails naming `step`, with the last text (or error), after `patienceMs`. */
async function waitFor(step: string, url: string, accept: (html: string) => boolean, patienceMs = 90_000, status = 200): Promise<string> {
  const deadline = Date.now() + patienceMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      last = `${response.status} ${await response.text()}`;
      if (response.status === status && accept(last)) return last;
    } catch (error) {
      last = String(error);
    }
    await sleep(250);
  }
  throw new Error(`${step}: gave up waiting on ${url}; last answer:\n${last.slice(0, 2000)}`);
}

test('astro dev serves a guide, and an edit to its text (.md body, frontmatter or .mdx) shows on reload without a restart', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-dev-'));
  cpSync(path.join(ROOT, 'tests', 'fixtures', 'sites', 'basic'), root, { recursive: true });
  const port = await freePort();
  const server = spawn(process.execPath, [ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: root, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  const alphaFile = path.join(root, 'skills', 'alpha.md');
  const edit = (change: (text: string) => string) => writeFileSync(alphaFile, change(readFileSync(alphaFile, 'utf8')));
  const alpha = `http://127.0.0.1:${port}/skills/alpha/`;
  try {
    await waitFor('first page', alpha, (html) => html.includes('zanzibarquokka'));

    // A .md guide: rendered during sync, rendered again when the loader sees the change.
    edit((text) => text.replace('zanzibarquokka', 'okapiheronmarmot'));
    const edited = await waitFor('plain body edit', alpha, (html) => html.includes('okapiheronmarmot'));
    assert.doesNotMatch(edited, /zanzibarquokka/);
    assert.match(edited, /<h2 [^>]*id="core-concepts"[^>]*>Core concepts<\/h2>/, 'the placed section still renders');

    // Its inline-Markdown frontmatter follows an edit as well.
    edit((text) => text.replace('summary: The second concept.', 'summary: The second concept, now *edited*.'));
    await waitFor('frontmatter edit', alpha, (html) => html.includes('The second concept, now <em>edited</em>.'));

    // A save caught half-written: the first event reads a broken file, the rest of the write
    // follows at once. The page ends up showing the whole save.
    const whole = readFileSync(alphaFile, 'utf8').replace('now *edited*.', 'edited *twice*.');
    writeFileSync(alphaFile, whole.slice(0, 40));
    await sleep(20);
    writeFileSync(alphaFile, whole);
    await waitFor('half-written save', alpha, (html) => html.includes('The second concept, edited <em>twice</em>.'));

    // The .mdx guide beside it also picks up an edit.
    const betaFile = path.join(root, 'skills', 'beta.mdx');
    writeFileSync(betaFile, readFileSync(betaFile, 'utf8').replace('Beta really uses MDX', 'Beta still uses MDX'));
    await waitFor('MDX guide edit', `http://127.0.0.1:${port}/skills/beta/`, (html) => html.includes('Beta still uses MDX'));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- astro dev log, each line once ---\n${condensed(log)}`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(root, { recursive: true, force: true });
  }
});


/**
 * The dev server's log, last 8,000 characters, with the noise of a page polled for 90 s (its 404
 * and router warning, hundreds of times) kept only where it first appears: it would push out what
 * happened before it.
 */
function condensed(log: string): string {
  const seen = new Set<string>();
  // The same line at another time, or served in another number of milliseconds, is the same line.
  const key = (line: string) => line.replace(/^\d\d:\d\d:\d\d /, '').replace(/ \d+ms$/, '');
  const isPolling = (line: string) => /\[404\]|\[router\]|Possible dynamic routes|^\s*$/.test(line);
  return log.split('\n').filter((line) => !isPolling(line) || (!seen.has(key(line)) && seen.add(key(line)))).join('\n').slice(-8000);
}

/** What `npm run lint:content` prints for the content root `root`: its problem lines. */
function lintLines(root: string): string[] {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'src', 'cli', 'lint-content.ts')], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: root, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  assert.equal(run.status, 1, `lint should find problems:\n${run.stdout}${run.stderr}`);
  return run.stdout.split('\n').filter((line) => /^\S+:\d+:\d+: /.test(line));
}

const unescape = (html: string) => html.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));

test('astro dev shows each content problem in the browser and the terminal as lint prints it, and recovers on the fixing save', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-dev-problems-'));
  cpSync(path.join(ROOT, 'tests', 'fixtures', 'sites', 'basic'), root, { recursive: true });
  const alphaFile = path.join(root, 'skills', 'alpha.md');
  const lf = readFileSync(alphaFile, 'utf8');
  // Editor litter at start-up: Emacs's lock file is a dangling symlink named like a guide.
  symlinkSync('someone@host.1234:1700000000', path.join(root, 'skills', '.#alpha.md'));
  // A guide saved on Windows, with CRLF line ends and a byte-order mark.
  writeFileSync(alphaFile, '\uFEFF' + lf.replaceAll('\n', '\r\n'));
  const port = await freePort();
  const server = spawn(process.execPath, [ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: root, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  const alpha = `http://127.0.0.1:${port}/skills/alpha/`;
  const beta = `http://127.0.0.1:${port}/skills/beta/`;
  try {
    await waitFor('CRLF + BOM guide with a lock file beside it', alpha, (html) => html.includes('zanzibarquokka'));

    const broken = [
      { name: 'a value outside its enum', text: lf.replace('difficulty: easy', 'difficulty: extreme') },
      { name: 'a cross-file reference', text: lf.replace('category: security', 'category: nonexistent') },
    ];
    for (const { name, text } of broken) {
      writeFileSync(alphaFile, text);
      const expected = lintLines(root);
      assert.ok(expected.length > 0, `${name}: lint finds it`);
      // Every page answers with the problems, not only the guide that has them, and never the old page.
      for (const url of [alpha, beta]) {
        const page = unescape(await waitFor(`${name}: ${url}`, url, (html) => expected.every((line) => unescape(html).includes(line)), 90_000, 500));
        assert.doesNotMatch(page, /zanzibarquokka|\bat \S+ \(/, `${name}: no old page, no stack trace`);
      }
      for (const line of expected) assert.ok(log.includes(line), `${name}: the terminal prints ${line}`);
      writeFileSync(alphaFile, lf);
      await waitFor(`${name}: fixed`, alpha, (html) => html.includes('zanzibarquokka'));
    }
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- astro dev log, each line once ---\n${condensed(log)}`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(root, { recursive: true, force: true });
  }
});
