import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChildProcess } from 'node:child_process';
import { checkContent, type ContentReport, type SourceFile } from '../lib/content-rules.ts';
import type { Problem } from '../lib/problems.ts';

/** Path as shown in messages: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}

function readSource(file: string): SourceFile {
  return { file: displayPath(file), text: existsSync(file) ? readFileSync(file, 'utf8') : '' };
}

/** Lists `skills/*.mdx` under a content root, sorted. */
export function listGuideFiles(root: string): string[] {
  const dir = path.join(root, 'skills');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.mdx'))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/**
 * Reads a content root from disk and checks every file plus the cross-file rules. With `only`
 * (guide file paths), reports only those guides' problems, still checked against the whole root.
 */
export function checkContentRoot(root: string, options: { only?: readonly string[] } = {}): ContentReport {
  const missing = ['categories.yaml', 'roles.yaml'].filter((name) => !existsSync(path.join(root, name)));
  const only = options.only && new Set(options.only.map((file) => displayPath(path.resolve(file))));
  const report = checkContent({
    guides: listGuideFiles(root).map(readSource),
    categories: readSource(path.join(root, 'categories.yaml')),
    roles: readSource(path.join(root, 'roles.yaml')),
  }, { only });
  for (const name of missing) {
    report.problems.unshift({ file: displayPath(path.join(root, name)), line: 1, column: 1, field: 'file', message: 'is missing: every content root needs categories.yaml and roles.yaml' });
  }
  return report;
}

/**
 * `checkContentRoot(root).problems`, computed on a worker thread so that the caller's thread goes on
 * with other work meanwhile. If the thread cannot start or stops without answering, the check runs
 * on the caller's thread instead: the answer is the same either way.
 */
export function checkContentRootInWorker(root: string): Promise<Problem[]> {
  return new Promise((resolve, reject) => {
    const onCallerThread = () => {
      try {
        resolve(checkContentRoot(root).problems);
      } catch (error) {
        reject(error);
      }
    };
    let worker: Worker;
    try {
      worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { workerData: { root } });
    } catch {
      return onCallerThread();
    }
    let answered = false;
    worker.once('message', (problems: Problem[]) => {
      answered = true;
      resolve(problems);
      void worker.terminate();
    });
    worker.once('error', () => {
      if (!answered) onCallerThread();
      answered = true;
    });
    worker.once('exit', () => {
      if (!answered) onCallerThread();
      answered = true;
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
 * Starts the content check of `root` now, on a worker thread of this process, to serve it to a
 * child `astro build` (as `npm run build` does): the check runs while the child is still loading
 * Astro, and the child's content guard asks for its verdict instead of checking again. Start the
 * child with `env` and an IPC channel, then hand it to `serve`. A child that asks about another
 * root is told to check it itself.
 */
export function serveContentCheck(root: string): { env: NodeJS.ProcessEnv; serve(child: ChildProcess): void } {
  const problems = checkContentRootInWorker(root);
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
 * (`npm run build`, which starts it before Astro has loaded), else checked on a worker thread here.
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
  return checkContentRootInWorker(root);
}
