import path from 'node:path';

/** Absolute path of the content root: `$CONTENT_DIR` (relative to the working directory) or `content/`. */
export function getContentRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CONTENT_DIR?.trim() || 'content');
}
