import { isMainThread } from 'node:worker_threads';
import { createGuideProcessor } from './guide-markdown.ts';

/** Test fixture for mdx-workers.test.ts: the guide processor, except that in a worker it exits mid-compile. */
export function createProcessorThatExitsInWorkers() {
  const processor = createGuideProcessor();
  if (isMainThread) return processor;
  return { ...processor, createMdxRenderer: async () => ({ process: () => process.exit(3) }) } as typeof processor;
}
