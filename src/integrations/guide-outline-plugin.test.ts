import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outlineBody } from './guide-outline-plugin.ts';

test('outlineBody records where section components sit (after how many headings) and counts body words', () => {
  const tree = {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', value: 'Intro words here.' }] },
      { type: 'heading', children: [{ type: 'text', value: 'What is X?' }] },
      { type: 'mdxJsxFlowElement', name: 'CoreConcepts', children: [] },
      { type: 'heading', children: [{ type: 'text', value: 'Architecture' }] },
      { type: 'code', value: 'alg: RS256' },
      { type: 'mdxJsxFlowElement', name: 'SomethingElse', children: [] },
      { type: 'paragraph', children: [{ type: 'inlineCode', value: 'aud' }, { type: 'mdxJsxTextElement', name: 'Faq', children: [] }] },
    ],
  };
  assert.deepEqual(outlineBody(tree), {
    placements: [{ name: 'CoreConcepts', afterHeading: 1 }, { name: 'Faq', afterHeading: 2 }],
    bodyWords: 3 + 3 + 1 + 2 + 1,
  });
});
