import { z } from 'zod';

/** Lowercase a-z, 0-9 and single hyphens: the shape of every slug and data-file id. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An identifier used in URLs (`/skills/<slug>/`, `/categories/<id>/`). */
export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, 'must be lowercase letters, digits and single hyphens (e.g. "oauth-2")');

/** JSON Schema twin of the plain-text refinements below: one line, no outer whitespace. */
const PLAIN_TEXT_PATTERN = String.raw`^(?!\s)(?![\s\S]*\s$)[^\r\n]*$`;

/** Plain text shown escaped, never interpreted: one line, no leading or trailing spaces. */
export function plainTextSchema(min: number, max: number) {
  return z
    .string()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`)
    .refine((value) => value.trim() === value, 'must not start or end with whitespace')
    .refine((value) => !/[\r\n]/.test(value), 'must be a single line of plain text')
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
