import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveQuestionId, questionIdOf } from './question-ids.ts';

test('a question without an id gets the telling words of its text as a slug', () => {
  assert.equal(deriveQuestionId('Why is the implicit grant deprecated?'), 'implicit-grant-deprecated');
  assert.equal(deriveQuestionId('Explain the RS256 to HS256 algorithm confusion attack and how to prevent it.'), 'explain-rs256-hs256-algorithm-confusion-attack');
  assert.equal(deriveQuestionId('Is it?'), 'is-it');
  assert.match(deriveQuestionId('日本語の質問ですか?'), /^q-[0-9a-f]{8}$/);
  assert.equal(deriveQuestionId('日本語の質問ですか?'), deriveQuestionId('日本語の質問ですか?'));
});

test('an explicit id wins, so editing the question keeps it', () => {
  assert.equal(questionIdOf({ id: 'implicit-grant', question: 'Why is the implicit grant deprecated?' }), 'implicit-grant');
  assert.equal(questionIdOf({ id: 'implicit-grant', question: 'Why is the implict grant deprecated?' }), 'implicit-grant');
  assert.notEqual(questionIdOf({ question: 'Why is the implict grant deprecated?' }), questionIdOf({ question: 'Why is the implicit grant deprecated?' }));
});
