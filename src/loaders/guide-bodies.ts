import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getCacheDir } from '../check/content-root.ts';

/**
 * Rendered bodies of `.md` guides, kept in files beside Astro's data store rather than in it:
 * Astro serialises the whole store into one module that the build bundles and holds in memory, and
 * the HTML of 1,000 guides makes that module 42 MB instead of 12 MB (docs/architecture.md).
 */
export interface RenderedBody {
  html: string;
  metadata?: { headings?: unknown[]; frontmatter?: Record<string, unknown> };
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

// The shape of a stored body (`RenderedBody`); a new shape must not read an old file.
const FORMAT = '1';

/** The key a body is stored under: its text and the Markdown configuration, all that `renderMarkdown()`'s output depends on. */
export function bodyKey(text: string, fingerprint: string): string {
  return createHash('sha256').update(FORMAT).update(fingerprint).update(text).digest('hex').slice(0, 32);
}

function bodyFile(key: string): string {
  return path.join(getCacheDir(), 'guide-bodies', `${key}.json`);
}

/** The body stored under `key`, or undefined if there is none. */
export function readGuideBody(key: string): RenderedBody | undefined {
  try {
    return JSON.parse(readFileSync(bodyFile(key), 'utf8')) as RenderedBody;
  } catch {
    return undefined;
  }
}

export function writeGuideBody(key: string, body: RenderedBody): void {
  mkdirSync(path.dirname(bodyFile(key)), { recursive: true });
  writeFileSync(bodyFile(key), JSON.stringify(body));
}

// `astro dev` and a build of the same content root share the cache: a body one of them no longer
// uses may still be in use by the other, so only bodies unused for this long are deleted.
const PRUNE_AFTER_MS = 60 * 60 * 1000;

/** Deletes stored bodies that no guide uses any more (edited or removed guides), once they are old. */
export function pruneGuideBodies(keep: ReadonlySet<string>): void {
  const dir = path.dirname(bodyFile('x'));
  if (!existsSync(dir)) return;
  const cutoff = Date.now() - PRUNE_AFTER_MS;
  for (const file of readdirSync(dir)) {
    const target = path.join(dir, file);
    if (!keep.has(path.basename(file, '.json')) && (statSync(target, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < cutoff) rmSync(target, { force: true });
  }
}
