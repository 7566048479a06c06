import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatGithubAnnotation } from './problems.ts';

test('a GitHub annotation escapes what would end the command early or split it', () => {
  const problem = { file: 'content/skills/a,b.md', line: 3, column: 7, field: 'faq.0.answer', message: '100% wrong:\nsee ::error:: here\r' };
  assert.equal(
    formatGithubAnnotation(problem),
    '::error file=content/skills/a%2Cb.md,line=3,col=7,title=faq.0.answer::100%25 wrong:%0Asee ::error:: here%0D',
  );
  assert.equal(formatGithubAnnotation(problem, 'warning').startsWith('::warning file='), true);
});
