/**
 * A reader's practice progress as it is kept in their browser (localStorage) and in an exported
 * file: one FSRS card per question, keyed by `${guideSlug}/${questionId}` (src/lib/question-ids.ts).
 * This module runs in the browser, so it uses zod's small build (`zod/mini`, the same zod 4 package).
 */
import * as z from 'zod/mini';

/** The localStorage key. Its version changes only when the format changes incompatibly. */
export const PRACTICE_STORAGE_KEY = 'skill-guides:practice:v1';

/** Marks a file or stored value as this site's practice progress, not some other site's JSON. */
const FORMAT = 'skill-guides-practice';

const count = z.int().check(z.minimum(0));
const date = z.iso.datetime();

/** One question's memory state: ts-fsrs's `Card`, with its dates as ISO 8601 strings. */
const practiceCardSchema = z.strictObject({
  /** When the question is next due. */
  due: date,
  /** FSRS stability: days until recall probability falls to 90%. */
  stability: z.number().check(z.minimum(0)),
  /** FSRS difficulty, 1 to 10 once reviewed (0 while new). */
  difficulty: z.number().check(z.minimum(0), z.maximum(10)),
  elapsed_days: count,
  scheduled_days: count,
  /** Which (re)learning step the card is on. */
  learning_steps: count,
  /** How many times the question was graded. */
  reps: count,
  /** How many times it was forgotten (graded Again after being learned). */
  lapses: count,
  /** ts-fsrs `State`: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.int().check(z.minimum(0), z.maximum(3)),
  /** When it was last graded. */
  last_review: z.optional(date),
});

const cardKeySchema = z.string().check(z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be "guide-slug/question-id"'));

/** Everything the site keeps about a reader's practice. */
const practiceProgressSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(1),
  /** Cards by `${guideSlug}/${questionId}`; cards of questions that no longer exist are kept. */
  cards: z.record(cardKeySchema, practiceCardSchema),
});

export type PracticeCard = z.infer<typeof practiceCardSchema>;
export type PracticeProgress = z.infer<typeof practiceProgressSchema>;

/** Progress with no card: a reader who has not practised yet. */
export function createEmptyProgress(): PracticeProgress {
  return { format: FORMAT, version: 1, cards: {} };
}

/** Reads stored or imported progress; never throws: a reason says why text is not usable progress. */
export function parseProgress(text: string): { progress: PracticeProgress } | { reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { reason: 'it is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== FORMAT) {
    return { reason: 'it is not practice progress saved by this site' };
  }
  const result = practiceProgressSchema.safeParse(value);
  if (result.success) return { progress: result.data };
  const issue = result.error.issues[0]!;
  const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return { reason: `it does not have the expected format (${issue.message}${where})` };
}

/** Progress as JSON text, cards in key order, so the same progress always gives the same text. */
export function serializeProgress(progress: PracticeProgress, indent?: number): string {
  const cards = Object.fromEntries(Object.entries(progress.cards).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({ format: progress.format, version: progress.version, cards }, null, indent);
}
