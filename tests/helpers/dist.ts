import { load, type CheerioAPI } from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Every HTML page of a build. */
export function listHtmlFiles(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html'));
}

/** The site path a built file answers to: `skills/iam/index.html` → `/skills/iam/`. */
export function toSitePath(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

/** Loads a built page by its site path (`/skills/iam/`). */
export function loadPage(dist: string, sitePath: string): CheerioAPI {
  const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return load(readFileSync(path.join(dist, file), 'utf8'));
}

/** Parsed JSON-LD blocks of a page. */
export function readJsonLd($: CheerioAPI): any[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((element) => JSON.parse($(element).text()));
}

/** Visible text of a selection with whitespace collapsed. */
export function textOf($: CheerioAPI, selector: string): string {
  return $(selector).text().replace(/\s+/g, ' ').trim();
}
