import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getPracticePath, matchesFilter, readFilter } from './question-filter.ts';

test('a URL query becomes a filter: several values per key, blanks and repeats dropped', () => {
  assert.deepEqual(readFilter(new URLSearchParams('skill=iam&skill=jwt&skill=iam&difficulty=hard&category=')), { skill: ['iam', 'jwt'], category: [], difficulty: ['hard'] });
  assert.deepEqual(readFilter(new URLSearchParams('')), { skill: [], category: [], difficulty: [] });
});

test('values of one key are alternatives and keys narrow each other', () => {
  const question = { skill: 'iam', category: 'security', difficulty: 'hard' };
  const filter = (query: string) => readFilter(new URLSearchParams(query));
  assert.equal(matchesFilter(question, filter('')), true);
  assert.equal(matchesFilter(question, filter('skill=jwt&skill=iam')), true);
  assert.equal(matchesFilter(question, filter('skill=iam&difficulty=easy')), false);
  assert.equal(matchesFilter(question, filter('category=security&difficulty=easy&difficulty=hard')), true);
  assert.equal(matchesFilter(question, filter('skill=jwt')), false);
});

test('the practice page path carries the filter in the URL', () => {
  assert.equal(getPracticePath(), '/practice/');
  assert.equal(getPracticePath({ skill: ['iam'] }), '/practice/?skill=iam');
  assert.equal(getPracticePath({ skill: ['iam', 'jwt'], difficulty: ['hard'] }), '/practice/?skill=iam&skill=jwt&difficulty=hard');
});
