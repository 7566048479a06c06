import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatLongDate, formatMonthYear, isCalendarDate, toIsoDate } from './dates.ts';

const calendarCases: [string, boolean][] = [
  ['2026-11-29', true],
  ['2024-02-29', true],
  ['2026-02-29', false],
  ['2026-02-30', false],
  ['2026-13-01', false],
  ['2026-00-10', false],
  ['2026-4-01', false],
  ['26-04-01', false],
  ['2026-04-01T00:00:00Z', false],
];
for (const [value, expected] of calendarCases) {
  test(`isCalendarDate says ${expected} for ${value}`, () => assert.equal(isCalendarDate(value), expected));
}

test('dates format without depending on the machine locale or time zone', () => {
  assert.equal(formatMonthYear('2026-06-03'), 'June 2026');
  assert.equal(formatLongDate('2026-06-03'), '3 June 2026');
  assert.equal(toIsoDate(new Date(Date.UTC(2026, 0, 5))), '2026-01-05');
});
