import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { checkContent, type ContentReport, type SourceFile } from './rules.ts';
import { checkSiteSettingsFile, SITE_SETTINGS_FILE } from './site-settings.ts';
import type { SiteSettings } from '../schemas/site-settings.ts';

/** A content root's report: its guides, categories and roles, and its site settings. */
export interface ContentRootReport extends ContentReport {
  settings: SiteSettings;
}

/** Path as shown in messages: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}

function readSource(file: string): SourceFile {
  return { file: displayPath(file), text: existsSync(file) ? readFileSync(file, 'utf8') : '' };
}

/** Lists the guides (`skills/*.md` and `skills/*.mdx`) of a content root, sorted. */
export function listGuideFiles(root: string): string[] {
  const dir = path.join(root, 'skills');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/i.test(entry.name))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/**
 * Reads a content root from disk and checks every file plus the cross-file rules. With `only`
 * (guide file paths), reports only those guides' problems, still checked against the whole root.
 */
export function checkContentRoot(root: string, options: { only?: readonly string[] } = {}): ContentRootReport {
  const missing = ['categories.yaml', 'roles.yaml'].filter((name) => !existsSync(path.join(root, name)));
  const only = options.only && new Set(options.only.map((file) => displayPath(path.resolve(file))));
  const report = checkContent({
    guides: listGuideFiles(root).map(readSource),
    categories: readSource(path.join(root, 'categories.yaml')),
    roles: readSource(path.join(root, 'roles.yaml')),
  }, { only });
  for (const name of missing) {
    report.problems.unshift({ file: displayPath(path.join(root, name)), line: 1, column: 1, field: 'file', message: 'is missing: every content root needs categories.yaml and roles.yaml' });
  }
  const site = checkSiteSettingsFile(readSource(path.join(root, SITE_SETTINGS_FILE)));
  report.problems.unshift(...site.problems);
  return { ...report, settings: site.settings };
}
