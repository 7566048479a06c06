import { parentPort, workerData } from 'node:worker_threads';
import type { MarkdownProcessor } from '@astrojs/internal-helpers/markdown';
import type { WorkerJob, WorkerSetup } from './markdown-workers.ts';

// The same factory and the same resolved options as on the main thread (see markdown-workers.ts).
const { module } = workerData as WorkerSetup;
const create = (await import(module.url))[module.exportName] as () => MarkdownProcessor;
const processor = create();
const renderers = new Map<string, Promise<(job: WorkerJob) => Promise<unknown>>>();

/** The renderer a job asks for, built once per key with the options the main thread resolved. */
function rendererFor({ rendererKey, spec }: WorkerJob) {
  let renderer = renderers.get(rendererKey);
  if (!renderer) {
    renderer =
      spec.kind === 'md'
        ? processor.createRenderer(spec.shared).then((md) => (job: WorkerJob) => md.render(job.content, { frontmatter: job.frontmatter, fileURL: job.path ? new URL(job.path) : undefined }))
        : processor.createMdxRenderer!(spec.shared, { ...spec.mdx, srcDir: spec.mdx.srcDir ? new URL(spec.mdx.srcDir) : undefined }).then((mdx) => (job: WorkerJob) => mdx.process(job.content, job.path!, job.frontmatter));
    renderers.set(rendererKey, renderer);
  }
  return renderer;
}

parentPort!.on('message', async (job: WorkerJob) => {
  try {
    const render = await rendererFor(job);
    parentPort!.postMessage({ id: job.id, result: await render(job) });
  } catch (error) {
    const { message, name, stack, line, column } = error as Error & { line?: number; column?: number };
    parentPort!.postMessage({ id: job.id, error: { message: String(message ?? error), name, stack, line, column } });
  }
});
