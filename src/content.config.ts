import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { guideSchema } from './schemas/guide.ts';
import { taxonomyEntrySchema } from './schemas/taxonomy.ts';
import { getContentRoot } from './node/content-root.ts';

const root = getContentRoot();

const skills = defineCollection({
  // MDX compiles the body from the file and the outline plugin counts its words, so nothing reads
  // `entry.body`: not keeping a copy in the data store saves memory on large sites.
  loader: glob({ pattern: '*.mdx', base: path.join(root, 'skills'), retainBody: false }),
  schema: guideSchema,
});

const categories = defineCollection({
  loader: file(path.join(root, 'categories.yaml')),
  schema: taxonomyEntrySchema,
});

const roles = defineCollection({
  loader: file(path.join(root, 'roles.yaml')),
  schema: taxonomyEntrySchema,
});

export const collections = { skills, categories, roles };
