import type { Difficulty, Level } from '../schemas/guide.ts';

/** How a difficulty reads on a badge or in a filter. */
export const DIFFICULTY_LABELS: Record<Difficulty, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };

/** How an example project's level reads in the table. */
export const LEVEL_LABELS: Record<Level, string> = { junior: 'Junior', mid: 'Mid', senior: 'Senior' };
