import { defineCollection } from 'astro:content';
import { guideSchema } from './schemas/guide.ts';
import { taxonomyEntrySchema } from './schemas/taxonomy.ts';
import { getContentRoot } from './check/content-root.ts';
import { createContentCheck, guidesLoader, taxonomyLoader } from './loaders/content.ts';

// One content check for the three collections (src/loaders/content.ts); the schemas give the
// entries their types, and the check has already applied them.
const check = createContentCheck(getContentRoot());

export const collections = {
  skills: defineCollection({ loader: guidesLoader(check), schema: guideSchema }),
  categories: defineCollection({ loader: taxonomyLoader(check, 'categories'), schema: taxonomyEntrySchema }),
  roles: defineCollection({ loader: taxonomyLoader(check, 'roles'), schema: taxonomyEntrySchema }),
};
