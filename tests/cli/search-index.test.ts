import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { listFiles } from '../helpers/dist.ts';
import { ROOT } from '../helpers/paths.ts';

const CLI = path.join(ROOT, 'src', 'cli', 'search-index.ts');
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'sites', 'basic');

function searchIndex(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
}

test('shards built apart, on what could be separate machines, assemble into the index one run writes', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-shards-'));
  const shards = { SEARCH_SHARD_SIZE: '1' };
  try {
    const pages = path.join(root, 'pages');
    const built = buildSite({ contentDir: FIXTURE, outDir: pages, env: { SEARCH_INDEX: 'skip' } });
    assert.equal(built.status, 0, built.output.slice(-2000));
    assert.match(built.output, /SEARCH_INDEX=skip: no search index written/);
    assert.equal(existsSync(path.join(pages, 'pagefind')), false);

    const plan = searchIndex(['--site', pages, '--plan'], shards);
    assert.equal(plan.status, 0, plan.stderr);
    assert.deepEqual(JSON.parse(plan.stdout), { pages: 2, shards: 2, shardSize: 1 });

    // The CI matrix: each job has the built pages and writes one shard.
    const jobs = [1, 2].map((number) => {
      const site = path.join(root, `job-${number}`);
      cpSync(pages, site, { recursive: true });
      const run = searchIndex(['--site', site, '--shard', String(number)], shards);
      assert.equal(run.status, 0, run.stderr);
      return site;
    });
    assert.equal(existsSync(path.join(jobs[1]!, 'pagefind', 'shard-2', 'pagefind.js')), true);
    // The last step: the pages, shard 1 (with the shard list) and the other shards' folders.
    const assembled = path.join(root, 'assembled');
    cpSync(jobs[0]!, assembled, { recursive: true });
    cpSync(path.join(jobs[1]!, 'pagefind', 'shard-2'), path.join(assembled, 'pagefind', 'shard-2'), { recursive: true });

    const whole = path.join(root, 'whole');
    cpSync(pages, whole, { recursive: true });
    assert.equal(searchIndex(['--site', whole], shards).status, 0);
    assert.deepEqual(listFiles(assembled), listFiles(whole));
    for (const file of listFiles(whole)) assert.ok(readFileSync(path.join(assembled, file)).equals(readFileSync(path.join(whole, file))), file);
    assert.deepEqual(JSON.parse(readFileSync(path.join(whole, 'pagefind', 'shards.json'), 'utf8')), ['/pagefind/shard-2/']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a shard that does not exist, or no built site, is refused', () => {
  assert.equal(searchIndex(['--site', path.join(os.tmpdir(), 'skill-guides-no-site'), '--plan']).status, 1);
  const root = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-shards-'));
  try {
    assert.equal(buildSite({ contentDir: FIXTURE, outDir: root, env: { SEARCH_INDEX: 'skip' } }).status, 0);
    const run = searchIndex(['--site', root, '--shard', '3']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--shard must be one of 1 to 1, got "3"/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
