import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rating } from 'ts-fsrs';
import { buildRound, gradeCard, previewDueDates } from './practice-schedule.ts';
import type { PracticeCard } from './practice-progress.ts';

const now = new Date('2026-12-01T09:00:00.000Z');
const minutes = (count: number) => new Date(now.getTime() + count * 60_000);
const days = (count: number) => minutes(count * 24 * 60);

test('a new question graded Again comes back in a minute, Good in ten, Easy in days', () => {
  const due = (grade: Parameters<typeof gradeCard>[1]) => new Date(gradeCard(undefined, grade, now).due);
  assert.deepEqual(due(Rating.Again), minutes(1));
  assert.deepEqual(due(Rating.Good), minutes(10));
  assert.ok(due(Rating.Easy) >= days(1), due(Rating.Easy).toISOString());
  assert.ok(due(Rating.Hard) < due(Rating.Good) && due(Rating.Good) < due(Rating.Easy));
  const preview = previewDueDates(undefined, now);
  assert.deepEqual([preview[Rating.Again], preview[Rating.Good]], [minutes(1), minutes(10)]);
});

test('each successful review pushes the next one further out', () => {
  let card: PracticeCard | undefined;
  let at = now;
  const intervals: number[] = [];
  for (let review = 0; review < 4; review++) {
    card = gradeCard(card, Rating.Good, at);
    const next = new Date(card.due);
    intervals.push(next.getTime() - at.getTime());
    at = next;
  }
  for (let index = 2; index < intervals.length; index++) assert.ok(intervals[index]! > intervals[index - 1]!, intervals.join(', '));
  assert.equal(card!.reps, 4);
  assert.equal(card!.last_review, intervals.slice(0, 3).reduce((time, interval) => new Date(time.getTime() + interval), now).toISOString());
});

test('forgetting a learned question counts a lapse and brings it back soon', () => {
  const learned = gradeCard(gradeCard(undefined, Rating.Easy, now), Rating.Good, days(30));
  const forgotten = gradeCard(learned, Rating.Again, days(90));
  assert.equal(forgotten.lapses, 1);
  assert.ok(new Date(forgotten.due) <= new Date(days(90).getTime() + 24 * 60 * 60_000));
});

test('a round interleaves due and new cards, most overdue first, and stops at its size', () => {
  const card = gradeCard(undefined, Rating.Good, now);
  const dueAt = (offset: number) => ({ ...card, due: minutes(-offset).toISOString() });
  const cards = { 'a/d1': dueAt(1), 'a/d2': dueAt(30), 'a/d3': dueAt(5), 'a/later': { ...card, due: days(3).toISOString() } };
  const keys = ['a/n1', 'a/d1', 'a/n2', 'a/d2', 'a/later', 'a/d3', 'a/n3'];
  assert.deepEqual(buildRound(keys, cards, now), ['a/d2', 'a/d3', 'a/n1', 'a/d1', 'a/n2', 'a/n3']);
  assert.deepEqual(buildRound(keys, cards, now, 4), ['a/d2', 'a/d3', 'a/n1', 'a/d1']);
  assert.deepEqual(buildRound(['a/later'], cards, now), []);
});
