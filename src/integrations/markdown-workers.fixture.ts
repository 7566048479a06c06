import { isMainThread } from 'node:worker_threads';
import { createGuideProcessor } from './guide-markdown.ts';

/** Test fixture for markdown-workers.test.ts: the guide processor, except that in a worker it exits mid-compile. */
export function createProcessorThatExitsInWorkers() {
  const processor = createGuideProcessor();
  if (isMainThread) return processor;
  return { ...processor, createRenderer: async () => ({ render: () => process.exit(3) }), createMdxRenderer: async () => ({ process: () => process.exit(3) }) } as typeof processor;
}
