import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MarkdownProcessor } from '@astrojs/internal-helpers/markdown';

type MdxRendererFactory = NonNullable<MarkdownProcessor['createMdxRenderer']>;
type SharedOptions = Parameters<MdxRendererFactory>[0];
type MdxOptions = Parameters<MdxRendererFactory>[1];
type MdxRenderer = Awaited<ReturnType<MdxRendererFactory>>;
type MdxRenderResult = Awaited<ReturnType<MdxRenderer['process']>>;

/** Where a worker finds the processor: a module and the name of its factory export. */
export interface ProcessorModule {
  url: URL;
  exportName: string;
}

/** What a worker needs to build the same renderer as the main thread. */
export interface MdxWorkerData {
  module: { url: string; exportName: string };
  shared: SharedOptions;
  mdx: Omit<MdxOptions, 'srcDir'> & { srcDir?: string };
}

interface Job {
  args: [string, string, Record<string, unknown>];
  resolve: (result: MdxRenderResult) => void;
  reject: (error: unknown) => void;
}

type WorkerError = { message: string; name?: string; line?: number; column?: number; stack?: string };

/** Recreates an error thrown in a worker with the fields `@astrojs/mdx` reads (message, line, column). */
function toError(data: WorkerError): Error {
  const error = Object.assign(new Error(data.message), { line: data.line, column: data.column });
  if (data.name) error.name = data.name;
  if (data.stack) error.stack = data.stack;
  return error;
}

// Workers idle this long stop (`astro dev` compiles in bursts); the next compile starts them again.
const IDLE_MS = 10_000;

/**
 * Runs `process()` calls on `size` worker threads, least-busy first. If a worker cannot start or
 * dies, its jobs and every later one run on `fallback` (the main-thread renderer) instead.
 */
function createPool(size: number, workerData: MdxWorkerData, fallback: () => Promise<MdxRenderer>): MdxRenderer['process'] {
  const slots: { worker: Worker; jobs: Map<number, Job> }[] = [];
  let broken = false;
  let nextId = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  const inFlight = () => slots.reduce((sum, slot) => sum + slot.jobs.size, 0);
  const stop = () => {
    for (const slot of slots.splice(0)) void slot.worker.terminate();
  };
  const runOnFallback = (job: Job) => fallback().then((renderer) => renderer.process(...job.args)).then(job.resolve, job.reject);
  const start = () => {
    for (let i = 0; i < size; i++) {
      const slot = { worker: new Worker(new URL('./mdx-worker.ts', import.meta.url), { workerData }), jobs: new Map<number, Job>() };
      slot.worker.on('message', ({ id, result, error }: { id: number; result?: MdxRenderResult; error?: WorkerError }) => {
        const job = slot.jobs.get(id);
        if (!job) return; // answered after its worker was given up on; the fallback has it
        slot.jobs.delete(id);
        if (error) job.reject(toError(error));
        else job.resolve(result!);
        if (inFlight() === 0) {
          // Nothing in flight: let the process exit, and stop the workers if nothing else comes.
          for (const each of slots) each.worker.unref();
          idleTimer = setTimeout(stop, IDLE_MS).unref();
        }
      });
      const fail = (reason: string) => {
        console.warn(`[mdx-workers] a worker failed (${reason}); compiling MDX on the main thread from now on`);
        broken = true;
        const orphans = slots.flatMap((each) => [...each.jobs.values()]);
        for (const each of slots) each.jobs.clear();
        stop();
        orphans.forEach(runOnFallback);
      };
      slot.worker.on('error', (error) => fail(error.message));
      // A worker that exits with work in hand (not one stopped while idle) must not strand its jobs.
      slot.worker.on('exit', (code) => {
        if (slot.jobs.size > 0) fail(`exited with code ${code}`);
      });
      slots.push(slot);
    }
  };
  return (content, filePath, frontmatter) =>
    new Promise((resolve, reject) => {
      const job: Job = { args: [content, filePath, frontmatter], resolve, reject };
      if (broken) return void runOnFallback(job);
      clearTimeout(idleTimer);
      if (slots.length === 0) start();
      const slot = slots.reduce((least, each) => (each.jobs.size < least.jobs.size ? each : least));
      for (const each of slots) each.worker.ref();
      const id = nextId++;
      slot.jobs.set(id, job);
      try {
        slot.worker.postMessage({ id, content, filePath, frontmatter });
      } catch {
        // Frontmatter that cannot be copied to a thread (never the case for YAML) compiles here.
        slot.jobs.delete(id);
        void runOnFallback(job);
      }
    });
}

/** Plugin names and features of a processor: what must match between the main thread and a worker. */
function describe(processor: MarkdownProcessor): string {
  const options = processor.options as { mdastPlugins?: unknown[]; hastPlugins?: unknown[]; features?: unknown };
  const names = (plugins: unknown[] = []) => plugins.map((plugin) => (plugin && typeof plugin === 'object' && 'name' in plugin ? String(plugin.name) : typeof plugin));
  return JSON.stringify([processor.name, names(options.mdastPlugins), names(options.hastPlugins), options.features ?? null]);
}

/**
 * Wraps a Markdown processor so that `.mdx` files compile in worker threads. Astro compiles MDX in
 * a Vite transform on the main thread, where syntax highlighting makes it the longest part of a
 * build and leaves the other cores idle. Each worker builds the same processor from the same
 * factory with the options Astro resolved, so the compiled modules are identical. `.md` files, and
 * anything that cannot be sent to a worker (functions in the options, plugins an integration added
 * to `processor.options` at runtime), stay on the main thread.
 */
export function compileMdxInWorkers(create: () => MarkdownProcessor, module: ProcessorModule, options: { workers?: number } = {}): MarkdownProcessor {
  const base = create();
  const pristine = describe(create());
  const size = options.workers ?? os.availableParallelism();
  return {
    get name() {
      return base.name;
    },
    get options() {
      return base.options;
    },
    set options(value) {
      base.options = value;
    },
    createRenderer: (shared) => base.createRenderer(shared),
    async createMdxRenderer(shared: SharedOptions, mdx: MdxOptions) {
      const onMainThread = () => base.createMdxRenderer!(shared, mdx);
      let workerData: MdxWorkerData;
      try {
        workerData = structuredClone({ module: { url: module.url.href, exportName: module.exportName }, shared, mdx: { ...mdx, srcDir: mdx.srcDir?.href } });
      } catch {
        return onMainThread();
      }
      if (size < 1 || describe(base) !== pristine) return onMainThread();
      let fallback: Promise<MdxRenderer> | undefined;
      return { process: createPool(size, workerData, () => (fallback ??= onMainThread())) };
    },
  };
}
