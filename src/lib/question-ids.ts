import { deriveSlug } from './scaffold.ts';

// Words that say little about which question it is.
const FILLER = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'can', 'do', 'does', 'for', 'how', 'i', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'should', 'so', 'that', 'the', 'their', 'this', 'to', 'what', 'when', 'where', 'which', 'who', 'why', 'with', 'would', 'you', 'your']);
const MAX_WORDS = 6;

/**
 * The id a question without an `id` gets: the first words of its text that say something, as a slug
 * ("Why is the implicit grant deprecated?" → "implicit-grant-deprecated"), or a hash of the text
 * when it has no ASCII spelling.
 */
export function deriveQuestionId(question: string): string {
  const derived = deriveSlug(question);
  if ('slug' in derived) {
    const words = derived.slug.split('-');
    const telling = words.filter((word) => !FILLER.has(word));
    return (telling.length > 0 ? telling : words).slice(0, MAX_WORDS).join('-');
  }
  // FNV-1a: a short, stable name for text with no ASCII spelling.
  let hash = 0x811c9dc5;
  for (const char of question) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return `q-${hash.toString(16).padStart(8, '0')}`;
}

/** A question's stable id: its `id`, or the one derived from its text. */
export function questionIdOf(question: { id?: string; question: string }): string {
  return question.id ?? deriveQuestionId(question.question);
}
