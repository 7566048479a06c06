/**
 * Where a reader stands on a set of questions, from their stored cards alone: no scheduler needed,
 * so the hub can show counts without loading ts-fsrs.
 */
import type { PracticeCard } from './practice-progress.ts';

/** Where a question stands: never practised, due now, or scheduled for later. */
export function statusOf(stored: PracticeCard | undefined, now: Date): 'new' | 'due' | 'later' {
  if (!stored) return 'new';
  return Date.parse(stored.due) <= now.getTime() ? 'due' : 'later';
}

/** How many of `keys` are new, due and scheduled later, and when the next later one is due. */
export function countStatuses(keys: readonly string[], cards: Readonly<Record<string, PracticeCard>>, now: Date) {
  const counts = { new: 0, due: 0, later: 0, nextDue: undefined as Date | undefined };
  for (const key of keys) {
    const status = statusOf(cards[key], now);
    counts[status]++;
    if (status === 'later') {
      const due = new Date(cards[key]!.due);
      if (!counts.nextDue || due < counts.nextDue) counts.nextDue = due;
    }
  }
  return counts;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 60],
  ['month', 30 * 24 * 60],
  ['week', 7 * 24 * 60],
  ['day', 24 * 60],
  ['hour', 60],
  ['minute', 1],
];

/** How long until `due`, in words ("in 10 minutes", "tomorrow", "in 3 weeks"; "now" when due). */
export function describeWait(due: Date, now: Date): string {
  const minutes = Math.ceil((due.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return 'now';
  const [unit, size] = UNITS.find(([, length]) => minutes >= length)!;
  return new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(Math.round(minutes / size), unit);
}
