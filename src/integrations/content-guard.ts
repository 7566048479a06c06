import type { AstroIntegration } from 'astro';
import { ContentError, formatProblem } from '../lib/problems.ts';
import { contentProblems } from '../node/content-check.ts';
import { contentGate, setContentGate } from '../node/content-gate.ts';

/**
 * Checks the content root with the same rules as `npm run lint:content` before Astro reads it.
 * Astro alone reports schema errors at `file:0:0` and only logs dangling references; this makes
 * every problem fatal to `astro build`, with file, line and field. In dev it logs and keeps serving.
 *
 * The check runs in another process while Astro sets up Vite and reads the guides (~1.2 s at 1,000
 * guides that the main thread no longer waits for): `npm run build` starts it before Astro has even
 * loaded and serves the verdict (`serveContentCheck`), else a child process started here runs it. Every
 * collection's loader waits for the verdict before its load ends (`gated`, and the guides loader),
 * so a build with content problems fails with them, before anything but the content cache is written.
 */
export function contentGuard(contentRoot: string): AstroIntegration {
  return {
    name: 'skill-guides:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        setContentGate(
          contentProblems(contentRoot).then((problems) => {
            if (problems.length === 0) return;
            if (command === 'build') throw withoutStack(new ContentError(problems, 'run "npm run lint:content" to check content without building'));
            for (const problem of problems) logger.error(formatProblem(problem));
          }),
        );
      },
      // Every loader waits for the verdict; this also holds a build without collections to it.
      'astro:build:start': () => contentGate(),
    },
  };
}

/** Astro prints an error's stack under its message; for content problems it would only bury the list. */
function withoutStack(error: ContentError): ContentError {
  error.stack = '';
  return error;
}
