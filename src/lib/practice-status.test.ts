import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rating } from 'ts-fsrs';
import { gradeCard } from './practice-schedule.ts';
import { countStatuses, describeWait, statusOf } from './practice-status.ts';

const now = new Date('2026-12-01T09:00:00.000Z');
const minutes = (count: number) => new Date(now.getTime() + count * 60_000);
const days = (count: number) => minutes(count * 24 * 60);

test('a question is new until graded, due once its date passes, later before', () => {
  const card = gradeCard(undefined, Rating.Good, now);
  assert.equal(statusOf(undefined, now), 'new');
  assert.equal(statusOf(card, minutes(5)), 'later');
  assert.equal(statusOf(card, minutes(10)), 'due');
  const counts = countStatuses(['a/new', 'a/due', 'a/later', 'a/later-2'], { 'a/due': { ...card, due: minutes(-5).toISOString() }, 'a/later': card, 'a/later-2': { ...card, due: days(2).toISOString() } }, now);
  assert.deepEqual(counts, { new: 1, due: 1, later: 2, nextDue: minutes(10) });
});

test('waits read as words a reader would say', () => {
  assert.equal(describeWait(minutes(-3), now), 'now');
  assert.equal(describeWait(new Date(now.getTime() + 20_000), now), 'in 1 minute');
  assert.equal(describeWait(minutes(10), now), 'in 10 minutes');
  assert.equal(describeWait(minutes(180), now), 'in 3 hours');
  assert.equal(describeWait(days(1), now), 'tomorrow');
  assert.equal(describeWait(days(4), now), 'in 4 days');
  assert.equal(describeWait(days(15), now), 'in 2 weeks');
  assert.equal(describeWait(days(400), now), 'next year');
});
