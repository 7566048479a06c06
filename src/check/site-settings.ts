import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { siteSettingsSchema, type SiteSettings } from '../schemas/site-settings.ts';
import type { Problem } from '../lib/problems.ts';
import { parseYamlSource } from './yaml-source.ts';
import { problemsFromZodError, type SourceFile } from './rules.ts';

/** The settings file of a content root. */
export const SITE_SETTINGS_FILE = 'site.yaml';

/** The settings a content root without `site.yaml` has: every default. */
export const DEFAULT_SETTINGS: SiteSettings = siteSettingsSchema.parse({});

/**
 * Validates `site.yaml`: YAML, then the schema, every problem located as `file:line:col`. An empty
 * or missing file means every default.
 */
export function checkSiteSettingsFile({ file, text }: SourceFile): { settings: SiteSettings; problems: Problem[] } {
  if (text.trim() === '') return { settings: DEFAULT_SETTINGS, problems: [] };
  const source = parseYamlSource(file, text, 1);
  if (source.problems.length > 0) return { settings: DEFAULT_SETTINGS, problems: source.problems };
  const result = siteSettingsSchema.safeParse(source.data ?? {});
  if (!result.success) return { settings: DEFAULT_SETTINGS, problems: problemsFromZodError(file, result.error, source, Object.keys(siteSettingsSchema.shape), 'site') };
  return { settings: result.data, problems: [] };
}

/**
 * The site URL of a content root's settings, for `astro.config.ts` (which runs before the content
 * check): the file's `url` when the file is valid, else the default. An invalid file fails the
 * build in the content check, with its location.
 */
export function readSiteUrl(root: string): string {
  const file = path.join(root, SITE_SETTINGS_FILE);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return checkSiteSettingsFile({ file, text }).settings.url;
}
