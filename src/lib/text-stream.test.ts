import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonWithArray, streamText } from './text-stream.ts';

test('a JSON document written in pieces parses to the object it stands for, with or without items', async () => {
  for (const items of [[], [{ a: 1 }, { b: '</script>\u2028' }]]) {
    const text = await new Response(streamText(jsonWithArray({ $schema: 'x', site: { name: 'S' } }, 'guides', items))).text();
    assert.deepEqual(JSON.parse(text), { $schema: 'x', site: { name: 'S' }, guides: items });
  }
});

test('pieces are pulled only as the body is read', async () => {
  let made = 0;
  const pieces = (function* () {
    for (let index = 0; index < 3; index++) {
      made++;
      yield `${index}`;
    }
  })();
  const reader = streamText(pieces).getReader();
  const first = await reader.read();
  assert.equal(new TextDecoder().decode(first.value), '0');
  assert.ok(made < 3, `made ${made} of 3 pieces before they were read`);
});
