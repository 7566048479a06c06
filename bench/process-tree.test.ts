import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runMeasured } from './process-tree.ts';

// A child that starts a grandchild holding ~200 MB and spinning the CPU for a moment, then exits.
const GRANDCHILD = `const b = Buffer.alloc(200 * 2 ** 20, 1); const end = Date.now() + 700; let x = 0; while (Date.now() < end) x += b[x % b.length]; console.log('done', x > 0);`;
const CHILD = `const { spawnSync } = require('node:child_process'); const r = spawnSync(process.execPath, ['-e', ${JSON.stringify(GRANDCHILD)}], { encoding: 'utf8' }); process.stdout.write(r.stdout);`;

test('counts the memory and CPU of grandchildren, not only of the process it starts', async () => {
  const run = await runMeasured({ command: process.execPath, args: ['-e', CHILD], cwd: process.cwd(), env: process.env, sampleMs: 20 });
  assert.equal(run.exitCode, 0);
  assert.match(run.stdout, /done true/);
  assert.ok(run.peakTreeRssBytes > 200 * 2 ** 20, `peak ${run.peakTreeRssBytes} bytes should include the grandchild's 200 MB`);
  assert.ok(run.cpuMs > 0);
});

test("reports a failing command's exit code and output", async () => {
  const run = await runMeasured({ command: process.execPath, args: ['-e', 'console.error("boom"); process.exit(3)'], cwd: process.cwd(), env: process.env });
  assert.equal(run.exitCode, 3);
  assert.match(run.stderr, /boom/);
});
