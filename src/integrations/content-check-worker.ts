import { parentPort, workerData } from 'node:worker_threads';
import { checkContentRoot } from '../node/read-content.ts';
import { toCheckResult } from './content-check.ts';

// The content guard's check, off the main thread (see content-guard.ts): the problems, and the
// frontmatter it parsed, which the guides loader reuses instead of parsing every file again.
parentPort!.postMessage(toCheckResult(checkContentRoot((workerData as { root: string }).root)));
