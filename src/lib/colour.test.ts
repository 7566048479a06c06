import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contrastRatio } from './colour.ts';

test('contrast ratios match WCAG\'s published examples, in either order', () => {
  assert.equal(contrastRatio('#000000', '#ffffff'), 21);
  assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
  assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
  assert.equal(contrastRatio('#ffffff', '#777777').toFixed(2), '4.48');
  assert.equal(contrastRatio('#0b57d0', '#ffffff'), contrastRatio('#ffffff', '#0b57d0'));
});
