import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { displayPath } from '../../src/check/read.ts';
import { ROOT } from '../helpers/paths.ts';

const CLI = path.join(ROOT, 'src', 'cli', 'check-links.ts');

/**
 * The outside world on loopback: a page that is fine, one that is gone, one that moved, one that
 * fails once, one that asks to be called back later; each answer takes 50 ms, and the server counts
 * how many requests it had in flight at once.
 */
async function startWorld() {
  const calls = new Map<string, number>();
  let inFlight = 0;
  let peak = 0;
  const routes: Record<string, (response: ServerResponse, call: number) => void> = {
    '/ok': (response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>fine</p>'),
    '/ok-too': (response) => response.writeHead(200).end('fine'),
    '/gone': (response) => response.writeHead(404).end('gone'),
    '/moved': (response) => response.writeHead(301, { Location: '/ok' }).end(),
    '/flaky': (response, call) => response.writeHead(call === 1 ? 503 : 200).end(),
    '/busy': (response, call) => (call === 1 ? response.writeHead(429, { 'Retry-After': '1' }).end() : response.writeHead(200).end()),
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const route = new URL(request.url ?? '/', 'http://x').pathname;
    const call = (calls.get(route) ?? 0) + 1;
    calls.set(route, call);
    peak = Math.max(peak, ++inFlight);
    setTimeout(() => {
      inFlight -= 1;
      (routes[route] ?? ((each: ServerResponse) => each.writeHead(404).end()))(response, call);
    }, 50);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, calls, peak: () => peak, close: () => new Promise((resolve) => server.close(resolve)) };
}

function run(args: string[], contentDir: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

test('check:links fetches each external link once, with retries and at most --concurrency at a time, and reports dead and redirected ones where they are written', async () => {
  const world = await startWorld();
  const root = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-links-'));
  try {
    cpSync(path.join(ROOT, 'tests', 'fixtures', 'sites', 'basic'), root, { recursive: true });
    const alpha = path.join(root, 'skills', 'alpha.md');
    const o = world.origin;
    const text = readFileSync(alpha, 'utf8')
      .replace('[link](https://example.com/docs)', `[link](${o}/gone)`)
      .concat(`\nRead [the spec](${o}/ok), [its notes](${o}/ok#notes), [the old page](${o}/moved), [a flaky host](${o}/flaky),\n[a busy one](${o}/busy) and [another](${o}/ok-too); write to [us](mailto:team@example.com), see [IAM](/skills/beta/).\n`);
    writeFileSync(alpha, text);
    const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    const columnOf = (needle: string) => text.split('\n')[lineOf(needle) - 1]!.indexOf(needle) + 1;
    const at = (needle: string) => `${displayPath(alpha)}:${lineOf(needle)}:${columnOf(needle)}`;

    const result = await run(['--concurrency', '2', '--retries', '2'], root);
    assert.equal(result.status, 1, result.stderr);
    assert.deepEqual(result.stdout.split('\n').filter(Boolean), [
      `${at(`${o}/gone`)}: link: ${o}/gone is dead (404)`,
      `${at('[the old page]')}: link: ${o}/moved redirects to ${o}/ok: link to where it ends (warning)`,
    ]);
    assert.equal(world.calls.get('/ok'), 2, 'the page, and the redirect that lands on it; the #fragment twin is not fetched again');
    assert.equal(world.calls.get('/flaky'), 2, 'a 503 is retried');
    assert.equal(world.calls.get('/busy'), 2, 'a 429 is retried after Retry-After');
    assert.ok(world.peak() <= 2, `${world.peak()} requests in flight with --concurrency 2`);
    assert.match(result.stderr, /6 external pages in 7 links of 3 guides/);
    assert.match(result.stderr, /1 dead, 1 to look at, 4 fine/);

    const github = await run(['--format', 'github'], root);
    assert.equal(github.status, 1);
    assert.match(github.stdout, new RegExp(`^::error file=[^,]+alpha\\.md,line=${lineOf(`${o}/gone`)},col=${columnOf(`${o}/gone`)},title=link::${o}/gone is dead \\(404\\)$`, 'm'));
    assert.match(github.stdout, /^::warning file=.*title=link::.*\/moved redirects to/m);
  } finally {
    await world.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('check:links exits 2 on a bad option', async () => {
  const result = await run(['--concurrency', '0'], path.join(ROOT, 'content'));
  assert.equal(result.status, 2);
  assert.match(result.stderr, /--concurrency must be a whole number of at least 1, got "0"/);
});
