import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getCacheDir } from '../check/content-root.ts';
import type { Problem } from '../lib/problems.ts';

function problemsFile(): string {
  return path.join(getCacheDir(), 'content-problems.json');
}

/** Records the problems of `astro dev`'s last content sync (none: removes the record). */
export function recordContentProblems(problems: readonly Problem[]): void {
  if (problems.length === 0) return rmSync(problemsFile(), { force: true });
  mkdirSync(path.dirname(problemsFile()), { recursive: true });
  writeFileSync(problemsFile(), JSON.stringify(problems));
}

/** The problems `astro dev`'s last content sync found. */
export function readContentProblems(): Problem[] {
  try {
    return JSON.parse(readFileSync(problemsFile(), 'utf8')) as Problem[];
  } catch {
    return [];
  }
}

/**
 * In `astro dev`, every page answers with the content problems of the last sync while there are
 * any, located as lint prints them; the next save that fixes them brings the pages back. (A build
 * stops at the problems instead; see src/loaders/content.ts.)
 */
export function contentProblemsInDev(): AstroIntegration {
  return {
    name: 'skill-guides:content-problems',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'dev') addMiddleware({ entrypoint: new URL('./content-problems-middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
