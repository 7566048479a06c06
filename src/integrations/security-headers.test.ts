import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineScriptsOf } from './security-headers.ts';

test('finds the inline scripts that execute, and only those, anywhere in a page', () => {
  const html = [
    '<!doctype html><html lang="en"><head><title>Zürich · 日本</title>',
    '<script type="module" src="/_astro/search.js"></script>',
    '<script type="application/ld+json">{"name":"x \\u003c/script>"}</script>',
    '<script>first()</script></head><body><p>café</p>',
    '<script type="module">second(); // <script> in a comment</script>',
    '<script defer src="/a.js"></script><script>',
    'third()',
    '</script><p>text about <script without an end',
  ].join('\n');
  assert.deepEqual(inlineScriptsOf(Buffer.from(html)), ['first()', 'second(); // <script> in a comment', '\nthird()\n']);
  assert.deepEqual(inlineScriptsOf(Buffer.from('<p>no scripts</p>')), []);
});
