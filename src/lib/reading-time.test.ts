import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, getReadingMinutes } from './reading-time.ts';

const wordCases: [string, string, number][] = [
  ['plain words', 'least privilege by default', 4],
  ['punctuation alone is not a word', 'yes — no … !', 2],
  ['code tokens count', 'set `aud` and `iss` claims', 5],
  ['unicode letters', 'café déjà vu 日本語', 4],
  ['empty text', '   \n\t ', 0],
];
for (const [name, text, expected] of wordCases) {
  test(`countWords counts ${name}`, () => assert.equal(countWords(text), expected));
}

const minuteCases: [number, number][] = [[0, 1], [1, 1], [200, 1], [201, 2], [4_000, 20]];
for (const [words, minutes] of minuteCases) {
  test(`getReadingMinutes gives ${minutes} min for ${words} words (200 wpm, rounded up, at least 1)`, () => assert.equal(getReadingMinutes(words), minutes));
}
