/**
 * Spaced repetition over interview questions with ts-fsrs (FSRS, the scheduler Anki ships), in
 * its default settings: 90% target recall, learning steps of 1 and 10 minutes, no fuzz. This module
 * only converts between ts-fsrs cards and stored ones and decides what a round holds.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { PracticeCard } from './practice-progress.ts';

const scheduler = fsrs();

/** The four self-grades, in key order (1 to 4). */
export const GRADES = [
  { grade: Rating.Again, key: '1', label: 'Again' },
  { grade: Rating.Hard, key: '2', label: 'Hard' },
  { grade: Rating.Good, key: '3', label: 'Good' },
  { grade: Rating.Easy, key: '4', label: 'Easy' },
] as const satisfies readonly { grade: Grade; key: string; label: string }[];

/** How many cards one round holds at most. */
export const ROUND_SIZE = 20;

function toCard(stored: PracticeCard | undefined, now: Date): Card {
  if (!stored) return createEmptyCard(now);
  const { due, last_review: lastReview, ...rest } = stored;
  return { ...rest, due: new Date(due), ...(lastReview ? { last_review: new Date(lastReview) } : {}) };
}

function toStored(card: Card): PracticeCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
  };
}

/** The card after the reader grades it `grade` at `now` (a question never practised starts empty). */
export function gradeCard(stored: PracticeCard | undefined, grade: Grade, now: Date): PracticeCard {
  return toStored(scheduler.next(toCard(stored, now), now, grade).card);
}

/** When the question would next be due for each grade, to show on the grade buttons. */
export function previewDueDates(stored: PracticeCard | undefined, now: Date): Record<Grade, Date> {
  const preview = scheduler.repeat(toCard(stored, now), now);
  return Object.fromEntries(GRADES.map(({ grade }) => [grade, preview[grade].card.due])) as Record<Grade, Date>;
}

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

/**
 * The cards of one round, at most `size`: due cards (most overdue first) and new cards (in page
 * order) interleaved, two due then one new, so a backlog of reviews still lets new questions in and
 * new questions never crowd out reviews.
 */
export function buildRound(keys: readonly string[], cards: Readonly<Record<string, PracticeCard>>, now: Date, size = ROUND_SIZE): string[] {
  const due = keys.filter((key) => statusOf(cards[key], now) === 'due').sort((a, b) => Date.parse(cards[a]!.due) - Date.parse(cards[b]!.due));
  const fresh = keys.filter((key) => statusOf(cards[key], now) === 'new');
  const round: string[] = [];
  while (round.length < size && (due.length > 0 || fresh.length > 0)) {
    for (let taken = 0; taken < 2 && due.length > 0 && round.length < size; taken++) round.push(due.shift()!);
    if (fresh.length > 0 && round.length < size) round.push(fresh.shift()!);
  }
  return round;
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
