import { parentPort, workerData } from 'node:worker_threads';
import type { MarkdownProcessor } from '@astrojs/internal-helpers/markdown';
import type { MdxWorkerData } from './mdx-workers.ts';

// The same factory and the same resolved options as on the main thread (see mdx-workers.ts).
const { module, shared, mdx } = workerData as MdxWorkerData;
const create = (await import(module.url))[module.exportName] as () => MarkdownProcessor;
const renderer = await create().createMdxRenderer!(shared, { ...mdx, srcDir: mdx.srcDir ? new URL(mdx.srcDir) : undefined });

parentPort!.on('message', async ({ id, content, filePath, frontmatter }: { id: number; content: string; filePath: string; frontmatter: Record<string, unknown> }) => {
  try {
    parentPort!.postMessage({ id, result: await renderer.process(content, filePath, frontmatter) });
  } catch (error) {
    const { message, name, stack, line, column } = error as Error & { line?: number; column?: number };
    parentPort!.postMessage({ id, error: { message: String(message ?? error), name, stack, line, column } });
  }
});
