import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAstroHeadInjectWarning } from './build-logs.ts';

test('drops only the directive warning about Astro\'s head-inject marker', () => {
  const message = 'The semantics of the module level directive "use astro:head-inject" in "content/skills/iam.mdx?astroPropagatedAssets" may not be preserved when bundling.';
  assert.equal(isAstroHeadInjectWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message }), true);
  assert.equal(isAstroHeadInjectWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: message.replace('astro:head-inject', 'client') }), false, 'other directives still warn');
  assert.equal(isAstroHeadInjectWarning({ code: 'UNRESOLVED_IMPORT', message }), false, 'other codes still warn');
  assert.equal(isAstroHeadInjectWarning({ message }), false);
});
