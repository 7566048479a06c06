import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getCacheDir } from '../check/content-root.ts';
import type { GuideData } from '../schemas/guide.ts';

/**
 * A guide's full frontmatter and, for a `.md` guide, its rendered body, kept in files per guide
 * beside Astro's data store rather than in it. Astro serialises the whole store into one module
 * that the build bundles and holds in memory; the store keeps only what list pages need (see
 * `guideSummarySchema`), and a page that shows a guide reads its file (docs/architecture.md).
 * `<slug>.json` holds the frontmatter and the body's metadata; a `.md` guide's HTML and the Markdown
 * it came from sit beside it as `<slug>.html` and `<slug>.md`, so a reader of the frontmatter alone
 * (the data files, the hub, the sitemap) does not parse the body too.
 */
export interface GuideFile {
  /** What the files were made from (see `guideFileKey`): a file with another key is stale. */
  key: string;
  data: GuideData;
  /** `renderMarkdown()`'s metadata for a `.md` guide's body; `.mdx` bodies compile as modules. */
  body?: { metadata?: { headings?: unknown[]; frontmatter?: Record<string, unknown> } };
}

/** A `.md` guide's body: what `renderMarkdown()` made of it, and the Markdown it was made from. */
interface RenderedBody {
  html: string;
  metadata?: NonNullable<GuideFile['body']>['metadata'];
  /** The text handed to `renderMarkdown()`: the placements' source offsets point into it. */
  markdown: string;
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
const FORMAT = '4';

/** The key of a guide file: the guide's text (its digest) and the Markdown configuration, all that the file depends on. */
export function guideFileKey(textDigest: string, fingerprint: string): string {
  return createHash('sha256').update(FORMAT).update(fingerprint).update(textDigest).digest('hex').slice(0, 32);
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

/** The slugs that have a guide file, listed once: looking each up while the loader writes others would wait on the directory. */
export function listGuideFiles(): Set<string> {
  const dir = guideFilesDir();
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)));
}

/** A `.md` guide's rendered HTML (`<slug>.html`), or the Markdown it came from (`<slug>.md`). */
export function readGuideText(slug: string, kind: 'html' | 'md'): string {
  return readFileSync(path.join(guideFilesDir(), `${slug}.${kind}`), 'utf8');
}

/**
 * Writes a guide's files: its frontmatter and, for a `.md` guide, its rendered body. The writes run
 * on libuv's threads while the caller renders the next guide (1.4 ms a guide when written in line).
 */
export async function writeGuideFile(slug: string, file: { key: string; data: GuideData; body?: RenderedBody }): Promise<void> {
  const dir = guideFilesDir();
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const { key, data, body } = file;
  if (body) await Promise.all([writeFile(path.join(dir, `${slug}.html`), body.html), writeFile(path.join(dir, `${slug}.md`), body.markdown)]);
  // Written last: a complete JSON file with the current key means its body files are current too.
  await writeFile(path.join(dir, `${slug}.json`), JSON.stringify({ key, data, ...(body ? { body: { metadata: body.metadata } } : {}) } satisfies GuideFile));
}

/** Deletes the files of guides that are gone (deleted, renamed or now drafts). */
export function pruneGuideFiles(slugs: ReadonlySet<string>): void {
  const dir = guideFilesDir();
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!slugs.has(name.replace(/\.(json|html|md)$/, ''))) rmSync(path.join(dir, name), { force: true });
  }
}
