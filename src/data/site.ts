import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { TaxonomyEntry } from '../schemas/taxonomy.ts';
import type { SiteSettings } from '../schemas/site-settings.ts';

type GuideEntry = CollectionEntry<'skills'>;

/** A published guide with everything list pages need resolved once (its summary; see guide-content.ts for the rest). */
export interface Guide {
  slug: string;
  entry: GuideEntry;
  data: GuideEntry['data'];
  category: TaxonomyEntry;
  roles: TaxonomyEntry[];
}

/** The whole site's published content, with lookups built once per build. */
export interface SiteContent {
  /** `site.yaml`, defaults applied. */
  settings: SiteSettings;
  guides: Guide[];
  guideBySlug: Map<string, Guide>;
  /** Categories that have at least one published guide: an empty one is shown nowhere. */
  categories: TaxonomyEntry[];
  categoryById: Map<string, TaxonomyEntry>;
  /** Roles that at least one published guide lists: an empty one is shown nowhere. */
  roles: TaxonomyEntry[];
  roleById: Map<string, TaxonomyEntry>;
  guidesByCategory: Map<string, Guide[]>;
  guidesByRole: Map<string, Guide[]>;
}

let cached: Promise<SiteContent> | undefined;

/** Loads and indexes all content once; every page shares the result. */
export function getSiteContent(): Promise<SiteContent> {
  cached ??= loadSiteContent();
  return cached;
}

async function loadSiteContent(): Promise<SiteContent> {
  const [entries, categoryEntries, roleEntries, settings] = await Promise.all([getCollection('skills'), getCollection('categories'), getCollection('roles'), getEntry('settings', 'site')]);
  if (!settings) throw new Error('the settings collection has no "site" entry (src/loaders/content.ts writes it on every sync)');
  const categoryById = new Map(categoryEntries.map((entry) => [entry.data.id, entry.data]));
  const roleById = new Map(roleEntries.map((entry) => [entry.data.id, entry.data]));
  // Drafts are never stored (src/loaders/content.ts).
  const guides: Guide[] = entries
    .map((entry) => {
      const category = categoryById.get(entry.data.category);
      // The content guard rejects unknown categories before the build; this guards the invariant.
      if (!category) throw new Error(`${entry.filePath}: category "${entry.data.category}" does not exist`);
      return {
        slug: entry.id,
        entry,
        data: entry.data,
        category,
        roles: entry.data.relatedRoles.map((id) => roleById.get(id)).filter((role): role is TaxonomyEntry => role !== undefined),
      };
    })
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
  const group = (keyOf: (guide: Guide) => string[]) => {
    const map = new Map<string, Guide[]>();
    for (const guide of guides) {
      for (const key of keyOf(guide)) {
        const list = map.get(key);
        if (list) list.push(guide);
        else map.set(key, [guide]);
      }
    }
    return map;
  };
  const guidesByCategory = group((guide) => [guide.category.id]);
  const guidesByRole = group((guide) => guide.data.relatedRoles);
  return {
    settings: settings.data,
    guides,
    guideBySlug: new Map(guides.map((guide) => [guide.slug, guide])),
    categories: categoryEntries.map((entry) => entry.data).filter((category) => guidesByCategory.has(category.id)),
    categoryById,
    roles: roleEntries.map((entry) => entry.data).filter((role) => guidesByRole.has(role.id)),
    roleById,
    guidesByCategory,
    guidesByRole,
  };
}

/** Guides sorted by `updated`, newest first, ties by title. */
export function sortByUpdated(guides: readonly Guide[]): Guide[] {
  return [...guides].sort((a, b) => b.data.updated.localeCompare(a.data.updated) || a.data.title.localeCompare(b.data.title, 'en'));
}
