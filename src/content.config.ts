import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import path from 'node:path';
import { guideSchema } from './schemas/guide.ts';
import { taxonomyEntrySchema } from './schemas/taxonomy.ts';
import { getContentRoot } from './node/content-root.ts';
import { guideLoader } from './loaders/guide-loader.ts';
import { gated } from './node/content-gate.ts';

const root = getContentRoot();

// Every loader waits for the content check (integrations/content-guard.ts) before it reads a file.
const skills = defineCollection({
  // Plain guides are rendered during sync; the rest compile as MDX. SKILL_GUIDES_PLAIN_BODIES=0
  // sends every guide through MDX, to compare the two paths (the build tests do).
  loader: guideLoader({ base: path.join(root, 'skills'), plainBodies: process.env.SKILL_GUIDES_PLAIN_BODIES !== '0' }),
  schema: guideSchema,
});

const categories = defineCollection({
  loader: gated(file(path.join(root, 'categories.yaml'))),
  schema: taxonomyEntrySchema,
});

const roles = defineCollection({
  loader: gated(file(path.join(root, 'roles.yaml'))),
  schema: taxonomyEntrySchema,
});

export const collections = { skills, categories, roles };
