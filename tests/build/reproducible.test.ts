import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { SITE_DIST, TEST_OUTPUT } from '../helpers/paths.ts';
import { listFiles } from '../helpers/dist.ts';

test('two builds of the same commit produce byte-identical output, search index included', () => {
  const again = path.join(TEST_OUTPUT, 'site-again');
  rmSync(again, { recursive: true, force: true });
  const result = buildSite({ outDir: again });
  assert.equal(result.status, 0, result.output.slice(-3000));
  const first = listFiles(SITE_DIST);
  assert.deepEqual(listFiles(again), first);
  const different = first.filter((file) => !readFileSync(path.join(SITE_DIST, file)).equals(readFileSync(path.join(again, file))));
  assert.deepEqual(different, []);
  rmSync(again, { recursive: true, force: true });
});
