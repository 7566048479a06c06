import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pruneBodies } from './guide-loader.ts';

test('pruning deletes only rendered bodies that no entry uses and that nobody wrote in the last hour', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-bodies-'));
  try {
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const name of ['used-old.html', 'unused-old.html', 'unused-new.html']) writeFileSync(path.join(dir, name), '<p>x</p>');
    for (const name of ['used-old.html', 'unused-old.html']) utimesSync(path.join(dir, name), old, old);
    await pruneBodies(dir, new Set(['used-old.html']));
    assert.deepEqual(readdirSync(dir).sort(), ['unused-new.html', 'used-old.html']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
