import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEmptyProgress, parseProgress, serializeProgress, type PracticeCard } from './practice-progress.ts';

const card: PracticeCard = {
  due: '2026-12-04T09:00:00.000Z',
  stability: 3.17,
  difficulty: 5.3,
  elapsed_days: 0,
  scheduled_days: 3,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  last_review: '2026-12-01T09:00:00.000Z',
};

test('progress survives a round trip through its text, with cards in key order', () => {
  const progress = { ...createEmptyProgress(), cards: { 'jwt/alg-none': card, 'iam/least-privilege': { ...card, state: 1 } } };
  const text = serializeProgress(progress);
  assert.deepEqual(parseProgress(text), { progress });
  assert.deepEqual(Object.keys(JSON.parse(text).cards), ['iam/least-privilege', 'jwt/alg-none']);
  assert.equal(serializeProgress(progress), serializeProgress({ ...progress, cards: { 'iam/least-privilege': { ...card, state: 1 }, 'jwt/alg-none': card } }));
});

test('text that is not this site\'s progress is refused with a reason, never thrown', () => {
  const cases: [string, RegExp][] = [
    ['{"format":"skill-guides-practice","version":1,', /not valid JSON/],
    ['null', /not practice progress saved by this site/],
    ['[1,2]', /not practice progress saved by this site/],
    ['{"cards":{}}', /not practice progress saved by this site/],
    ['{"format":"skill-guides-practice","version":2,"cards":{}}', /expected format .* at version/],
    [JSON.stringify({ format: 'skill-guides-practice', version: 1, cards: { 'iam/q': { ...card, due: 'next tuesday' } } }), /at cards\.iam\/q\.due/],
    [JSON.stringify({ format: 'skill-guides-practice', version: 1, cards: { 'iam/q': { ...card, state: 7 } } }), /at cards\.iam\/q\.state/],
    [JSON.stringify({ format: 'skill-guides-practice', version: 1, cards: { 'no-slash': card } }), /expected format/],
    [JSON.stringify({ format: 'skill-guides-practice', version: 1, cards: { 'iam/q': { ...card, extra: 1 } } }), /expected format/],
  ];
  for (const [text, reason] of cases) {
    const result = parseProgress(text);
    assert.ok('reason' in result, text);
    assert.match(result.reason, reason, text);
  }
});
