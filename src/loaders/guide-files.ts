import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getCacheDir } from '../check/content-root.ts';
import type { GuideData } from '../schemas/guide.ts';

/**
 * A guide's full frontmatter and, for a `.md` guide, its rendered body, kept in one file per guide
 * beside Astro's data store rather than in it. Astro serialises the whole store into one module
 * that the build bundles and holds in memory; the store keeps only what list pages need (see
 * `guideSummarySchema`), and a page that shows a guide reads its file (docs/architecture.md).
 */
export interface GuideFile {
  /** What the file was made from (see `guideFileKey`): a file with another key is stale. */
  key: string;
  data: GuideData;
  /** `renderMarkdown()`'s result for a `.md` guide's body; `.mdx` bodies compile as modules. */
  body?: { html: string; metadata?: { headings?: unknown[]; frontmatter?: Record<string, unknown> } };
  /** The Markdown `body` was rendered from (a `.md` guide's body as written): its Markdown twin starts from it. */
  markdown?: string;
}

// The packages that turn Markdown into HTML; a new version may render differently.
const RENDERING_PACKAGES = ['astro', '@astrojs/markdown-satteri', 'satteri', '@astrojs/prism', 'prismjs'];

/**
 * A hash of everything a rendered body depends on besides its text: the Markdown configuration
 * (every file of src/markdown/) and the versions of the packages that render.
 */
export function markdownFingerprint(projectRoot: string): string {
  const hash = createHash('sha256');
  const markdownDir = path.join(projectRoot, 'src', 'markdown');
  for (const name of readdirSync(markdownDir).filter((file) => !file.endsWith('.test.ts')).sort()) {
    hash.update(name).update(readFileSync(path.join(markdownDir, name)));
  }
  for (const name of RENDERING_PACKAGES) {
    hash.update(name).update(readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json')));
  }
  return hash.digest('hex');
}

// The shape of a guide file (`GuideFile`); a new shape must not read an old file.
const FORMAT = '2';

/** The key of a guide file: the guide's text and the Markdown configuration, all that the file depends on. */
export function guideFileKey(text: string, fingerprint: string): string {
  return createHash('sha256').update(FORMAT).update(fingerprint).update(text).digest('hex').slice(0, 32);
}

function guideFilesDir(): string {
  return path.join(getCacheDir(), 'guides');
}

/** The file of the guide `slug`, or undefined if there is none. */
export function readGuideFile(slug: string): GuideFile | undefined {
  try {
    return JSON.parse(readFileSync(path.join(guideFilesDir(), `${slug}.json`), 'utf8')) as GuideFile;
  } catch {
    return undefined;
  }
}

export function writeGuideFile(slug: string, file: GuideFile): void {
  mkdirSync(guideFilesDir(), { recursive: true });
  writeFileSync(path.join(guideFilesDir(), `${slug}.json`), JSON.stringify(file));
}

/** Deletes the files of guides that are gone (deleted, renamed or now drafts). */
export function pruneGuideFiles(slugs: ReadonlySet<string>): void {
  const dir = guideFilesDir();
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!slugs.has(path.basename(name, '.json'))) rmSync(path.join(dir, name), { force: true });
  }
}
