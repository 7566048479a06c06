import { parentPort, workerData } from 'node:worker_threads';
import { checkContentRoot } from './read-content.ts';

// `checkContentRootInWorker`'s thread: the whole check, answered with its problems (plain objects).
parentPort!.postMessage(checkContentRoot((workerData as { root: string }).root).problems);
