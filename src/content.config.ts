import { defineCollection } from 'astro:content';
import { guideSummarySchema } from './schemas/guide.ts';
import { taxonomyEntrySchema } from './schemas/taxonomy.ts';
import { getContentRoot } from './check/content-root.ts';
import { createContentCheck, guidesLoader, settingsLoader, taxonomyLoader } from './loaders/content.ts';
import { siteSettingsSchema } from './schemas/site-settings.ts';

// One content check for the four collections (src/loaders/content.ts). The schemas give the
// entries their types; the check has already applied them. A guide's entry is its summary: its
// full frontmatter and body are read by the pages that show them (src/data/guide-content.ts).
const check = createContentCheck(getContentRoot());

export const collections = {
  skills: defineCollection({ loader: guidesLoader(check), schema: guideSummarySchema }),
  categories: defineCollection({ loader: taxonomyLoader(check, 'categories'), schema: taxonomyEntrySchema }),
  roles: defineCollection({ loader: taxonomyLoader(check, 'roles'), schema: taxonomyEntrySchema }),
  settings: defineCollection({ loader: settingsLoader(check), schema: siteSettingsSchema }),
};
