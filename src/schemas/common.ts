import { z } from 'zod';

/** Lowercase a-z, 0-9 and single hyphens: the shape of every slug and data-file id. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An identifier used in URLs (`/skills/<slug>/`, `/categories/<id>/`). */
export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, 'must be lowercase letters, digits and single hyphens (e.g. "oauth-2")');

// Bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069): they
// reorder the text around them, so a title could read differently from what it says.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
// A character that draws something: not a space, a control or a format character (zero-width).
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}]/u;

/** JSON Schema twin of the plain-text refinements below: one line, no outer whitespace, no bidi controls, something visible. */
const PLAIN_TEXT_PATTERN = String.raw`^(?!\s)(?![\s\S]*\s$)(?=.*[^\s\u200B-\u200F\u2060-\u2064\uFEFF])[^\r\n\u202A-\u202E\u2066-\u2069]*$`;

/** Plain text shown escaped, never interpreted: one line, no leading or trailing spaces, nothing invisible or reordering. */
export function plainTextSchema(min: number, max: number) {
  return z
    .string()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`)
    .refine((value) => value.trim() === value, 'must not start or end with whitespace')
    .refine((value) => !/[\r\n]/.test(value), 'must be a single line of plain text')
    .refine((value) => value === '' || VISIBLE.test(value), 'must hold visible characters: this holds only spaces or invisible characters')
    .refine((value) => !BIDI_CONTROLS.test(value), {
      error: (issue) => `must not hold a bidirectional control character (U+${(issue.input as string).match(BIDI_CONTROLS)![0].codePointAt(0)!.toString(16).toUpperCase()}): it reorders the text around it`,
    })
    .meta({ pattern: PLAIN_TEXT_PATTERN });
}

/** Text that accepts inline Markdown (code, emphasis, links); rendered safely, raw HTML is escaped. */
export function inlineMarkdownSchema(max = 2000) {
  return z
    .string()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    // An empty string already fails min(1); one message per problem.
    .refine((value) => value === '' || value.trim().length > 0, 'must not be blank')
    // JSON Schema twin of the refinement: at least one non-whitespace character.
    .meta({ pattern: String.raw`\S` });
}
