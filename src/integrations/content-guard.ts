import type { AstroIntegration } from 'astro';
import { Worker } from 'node:worker_threads';
import { ContentError, formatProblem, type Problem } from '../lib/problems.ts';
import { checkContentRoot } from '../node/read-content.ts';
import { getPendingCheck, setPendingCheck, type PendingCheck } from './content-check.ts';

/** Checks the content root in a worker thread, or here if a worker cannot start. */
function checkInWorker(root: string): Promise<Problem[]> {
  return new Promise<Problem[]>((resolve, reject) => {
    const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { workerData: { root } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`content check worker exited with code ${code}`)));
  }).catch(() => checkContentRoot(root).problems);
}

/**
 * Checks the content root with the same rules as `npm run lint:content`. Astro alone reports
 * schema errors at `file:0:0` and only logs dangling references; this makes every problem fatal
 * to `astro build`, with file, line and field, before any page is built. In dev it logs and keeps
 * serving. The check runs in a worker thread while Astro starts up (at 1,000 guides it takes about
 * a second); loaders wrapped in `afterContentCheck` (content-check.ts) wait for it and load
 * nothing if it failed.
 */
export function contentGuard(contentRoot: string): AstroIntegration {
  return {
    name: 'skill-guides:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const check: PendingCheck = { fatal: command === 'build', problems: checkInWorker(contentRoot) };
        setPendingCheck(check);
        if (!check.fatal) void check.problems.then((problems) => problems.forEach((problem) => logger.error(formatProblem(problem))));
      },
      'astro:build:start': async () => {
        const problems = (await getPendingCheck()?.problems) ?? [];
        if (problems.length > 0) throw withoutStack(new ContentError(problems, 'run "npm run lint:content" to check content without building'));
      },
    },
  };
}

/** Astro prints an error's stack under its message; for content problems it would only bury the list. */
function withoutStack(error: ContentError): ContentError {
  error.stack = '';
  return error;
}
