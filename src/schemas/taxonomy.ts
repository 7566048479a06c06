import { z } from 'zod';
import { plainTextSchema, slugSchema } from './common.ts';

/** One entry of `categories.yaml` or `roles.yaml`. */
export const taxonomyEntrySchema = z.strictObject({
  /** URL id, e.g. `security` → `/categories/security/`. */
  id: slugSchema.describe('URL id, e.g. `security` → `/categories/security/`.'),
  /** Display name, plain text. */
  name: plainTextSchema(1, 60).describe('Display name, plain text.'),
  /** One or two sentences shown on the listing page and used as its meta description. */
  description: z.string().trim().min(20, 'must be at least 20 characters').max(400, 'must be at most 400 characters').describe('One or two sentences shown on the listing page and used as its meta description.'),
});

/** The whole data file: a YAML list of entries. */
export const taxonomyFileSchema = z.array(taxonomyEntrySchema).min(1, 'must list at least one entry');

export type TaxonomyEntry = z.output<typeof taxonomyEntrySchema>;
