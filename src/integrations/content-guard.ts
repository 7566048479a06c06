import type { AstroIntegration } from 'astro';
import { ContentError, formatProblem } from '../lib/problems.ts';
import { checkContentRoot } from '../node/read-content.ts';

/**
 * Checks the content root with the same rules as `npm run lint:content` before Astro reads it.
 * Astro alone reports schema errors at `file:0:0` and only logs dangling references; this makes
 * every problem fatal to `astro build`, with file, line and field. In dev it logs and keeps serving.
 */
export function contentGuard(contentRoot: string): AstroIntegration {
  return {
    name: 'skill-guides:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems } = checkContentRoot(contentRoot);
        if (problems.length === 0) return;
        if (command === 'build') throw withoutStack(new ContentError(problems, 'run "npm run lint:content" to check content without building'));
        for (const problem of problems) logger.error(formatProblem(problem));
      },
    },
  };
}

/** Astro prints an error's stack under its message; for content problems it would only bury the list. */
function withoutStack(error: ContentError): ContentError {
  error.stack = '';
  return error;
}
