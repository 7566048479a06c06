import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentGate, gated, setContentGate } from './content-gate.ts';

const context = {} as LoaderContext;

test('a gated loader loads only once the content check passes, and not at all when it fails', async () => {
  const loads: string[] = [];
  const loader = gated({ name: 'probe', load: async () => void loads.push('loaded') } satisfies Loader);

  let pass!: () => void;
  setContentGate(new Promise<void>((resolve) => (pass = resolve)));
  const loading = loader.load(context);
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(loads, [], 'loaded before the check was done');
  pass();
  await loading;
  assert.deepEqual(loads, ['loaded']);

  setContentGate(Promise.reject(new Error('2 content problems')));
  await assert.rejects(loader.load(context), /2 content problems/);
  await assert.rejects(contentGate(), /2 content problems/);
  assert.deepEqual(loads, ['loaded']);
  setContentGate(Promise.resolve());
});
