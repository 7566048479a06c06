/** Words per minute for technical prose: slower than the 238 wpm average for general non-fiction. */
const WORDS_PER_MINUTE = 200;

/** Counts whitespace-separated words that contain at least one letter or digit. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}

/** Minutes to read `words` words, rounded up, at least 1. */
export function getReadingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
