import { parentPort, workerData } from 'node:worker_threads';
import { checkContentRoot } from '../node/read-content.ts';

// The content guard's check, off the main thread (see content-guard.ts): only the problems go back.
parentPort!.postMessage(checkContentRoot((workerData as { root: string }).root).problems);
