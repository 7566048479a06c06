/**
 * Spaced repetition over interview questions with ts-fsrs (FSRS, the scheduler Anki ships), in
 * its default settings: 90% target recall, learning steps of 1 and 10 minutes, no fuzz. This module
 * only converts between ts-fsrs cards and stored ones and decides what a round holds.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { PracticeCard } from './practice-progress.ts';
import { statusOf } from './practice-status.ts';

const scheduler = fsrs();

/** The four self-grades, in key order (1 to 4). */
export const GRADES = [
  { grade: Rating.Again, key: '1', label: 'Again' },
  { grade: Rating.Hard, key: '2', label: 'Hard' },
  { grade: Rating.Good, key: '3', label: 'Good' },
  { grade: Rating.Easy, key: '4', label: 'Easy' },
] as const satisfies readonly { grade: Grade; key: string; label: string }[];

/** How many cards one round holds at most. */
const ROUND_SIZE = 20;

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
