import { getCollection, type CollectionEntry } from 'astro:content';
import type { TaxonomyEntry } from '../schemas/taxonomy.ts';

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
  guides: Guide[];
  guideBySlug: Map<string, Guide>;
  categories: TaxonomyEntry[];
  categoryById: Map<string, TaxonomyEntry>;
  roles: TaxonomyEntry[];
  roleById: Map<string, TaxonomyEntry>;
  guidesByCategory: Map<string, Guide[]>;
  guidesByRole: Map<string, Guide[]>;
}

export const SITE_NAME = 'Skill guides';
export const SITE_DESCRIPTION = 'In-depth guides to technical skills — IAM, OAuth 2.0, JWT, Vault, DevSecOps — for interviews and real work: concepts, architecture, interview questions and FAQ.';

let cached: Promise<SiteContent> | undefined;

/** Loads and indexes all content once; every page shares the result. */
export function getSiteContent(): Promise<SiteContent> {
  cached ??= loadSiteContent();
  return cached;
}

async function loadSiteContent(): Promise<SiteContent> {
  const [entries, categoryEntries, roleEntries] = await Promise.all([getCollection('skills'), getCollection('categories'), getCollection('roles')]);
  const categories = categoryEntries.map((entry) => entry.data);
  const roles = roleEntries.map((entry) => entry.data);
  const categoryById = new Map(categories.map((category) => [category.id, category]));
  const roleById = new Map(roles.map((role) => [role.id, role]));
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
  return {
    guides,
    guideBySlug: new Map(guides.map((guide) => [guide.slug, guide])),
    categories,
    categoryById,
    roles,
    roleById,
    guidesByCategory: group((guide) => [guide.category.id]),
    guidesByRole: group((guide) => guide.data.relatedRoles),
  };
}

/** Guides sorted by `updated`, newest first, ties by title. */
export function sortByUpdated(guides: readonly Guide[]): Guide[] {
  return [...guides].sort((a, b) => b.data.updated.localeCompare(a.data.updated) || a.data.title.localeCompare(b.data.title, 'en'));
}
