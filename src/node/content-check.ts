import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../lib/problems.ts';

// This module stays light (no content rules, schemas or YAML parser loaded until a fallback needs
// them): `npm run build` imports it into a process that lives as long as the build, and every MB it
// holds counts in the build's memory peak.

/** `checkContentRoot(root).problems` on this thread: the fallback when no child process can answer. */
async function checkHere(root: string): Promise<Problem[]> {
  const { checkContentRoot } = await import('./read-content.ts');
  return checkContentRoot(root).problems;
}

const LINT_CLI = fileURLToPath(new URL('../cli/lint-content.ts', import.meta.url));

/**
 * `checkContentRoot(root).problems`, computed by `lint:content --format json` in a child process,
 * so that the caller's thread goes on with other work meanwhile. A process, not a worker thread:
 * the check's ~250 MB are returned to the system when it exits, where a finished worker thread left
 * them in its caller's resident memory. If the child cannot run or answer, the check runs on the
 * caller's thread instead: the answer is the same either way.
 */
export function checkContentRootInChild(root: string): Promise<Problem[]> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const onCallerThread = () => {
      if (settled) return;
      settled = true;
      checkHere(root).then(resolve, reject);
    };
    let child: ChildProcess;
    try {
      child = spawn(process.execPath, [LINT_CLI, '--format', 'json'], { env: { ...process.env, CONTENT_DIR: root }, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return onCallerThread();
    }
    let output = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('error', onCallerThread);
    child.once('close', (code) => {
      // lint:content exits 0 (no problems) or 1 (problems) after printing them; 2 means it could not check.
      if (settled || (code !== 0 && code !== 1)) return onCallerThread();
      try {
        const { problems } = JSON.parse(output) as { problems: Problem[] };
        settled = true;
        resolve(problems);
      } catch {
        onCallerThread();
      }
    });
  });
}

/** The message `astro build` and `npm run build` exchange about the content check (see `contentProblems`). */
interface CheckMessage {
  contentCheck: string;
  problems?: Problem[] | null;
}

const PARENT_CHECKS = 'SKILL_GUIDES_CONTENT_CHECK';

/**
 * Starts the content check of `root` now, in a child process (`checkContentRootInChild`), to serve it to a
 * child `astro build` (as `npm run build` does): the check runs while the child is still loading
 * Astro, and the child's content guard asks for its verdict instead of checking again. Start the
 * child with `env` and an IPC channel, then hand it to `serve`. A child that asks about another
 * root is told to check it itself.
 */
export function serveContentCheck(root: string): { env: NodeJS.ProcessEnv; serve(child: ChildProcess): void } {
  const problems = checkContentRootInChild(root);
  // A child that fails before it asks leaves the verdict unread: not an unhandled rejection.
  problems.catch(() => undefined);
  return {
    env: { [PARENT_CHECKS]: '1' },
    serve(child) {
      child.on('message', (message: CheckMessage) => {
        if (typeof message?.contentCheck !== 'string') return;
        const reply = (answer: Problem[] | null) => void (child.connected && child.send({ contentCheck: message.contentCheck, problems: answer } satisfies CheckMessage));
        if (message.contentCheck !== root) return reply(null);
        problems.then(reply, () => reply(null));
      });
    },
  };
}

/**
 * The problems of the content root `root`: from the parent process when it serves the check
 * (`npm run build`, which starts it before Astro has loaded), else checked in a child process here.
 */
export async function contentProblems(root: string): Promise<Problem[]> {
  if (process.env[PARENT_CHECKS] === '1' && process.send && process.connected) {
    const fromParent = await new Promise<Problem[] | null>((resolve) => {
      const onMessage = (message: CheckMessage) => {
        if (message?.contentCheck !== root) return;
        process.off('message', onMessage);
        process.off('disconnect', onDisconnect);
        resolve(message.problems ?? null);
      };
      const onDisconnect = () => resolve(null);
      process.on('message', onMessage);
      process.once('disconnect', onDisconnect);
      process.send!({ contentCheck: root } satisfies CheckMessage);
    });
    // The channel only served this question; left open it would keep the build's process alive.
    if (process.connected) process.disconnect();
    if (fromParent) return fromParent;
  }
  return checkContentRootInChild(root);
}
