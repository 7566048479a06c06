import { createHash } from 'node:crypto';
import path from 'node:path';

/** Absolute path of the content root: `$CONTENT_DIR` (relative to the working directory) or `content/`. */
export function getContentRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CONTENT_DIR?.trim() || 'content');
}

/**
 * Astro's cache directory for a content root. Astro's content cache keeps an unchanged entry's old
 * file path, so a second content root with identical files would resolve to the first one's paths:
 * one cache per content root keeps CONTENT_DIR builds (fixtures, benchmarks) independent.
 */
export function getCacheDir(root = getContentRoot()): string {
  return path.resolve('node_modules', '.astro', `content-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);
}
