import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MarkdownProcessor, MarkdownRenderer } from '@astrojs/internal-helpers/markdown';

type MdxRendererFactory = NonNullable<MarkdownProcessor['createMdxRenderer']>;
type SharedOptions = Parameters<MdxRendererFactory>[0];
type MdxOptions = Parameters<MdxRendererFactory>[1];
type MdxRenderer = Awaited<ReturnType<MdxRendererFactory>>;
type MdxRenderResult = Awaited<ReturnType<MdxRenderer['process']>>;
type MarkdownRenderResult = Awaited<ReturnType<MarkdownRenderer['render']>>;

/** Where a worker finds the processor: a module and the name of its factory export. */
export interface ProcessorModule {
  url: URL;
  exportName: string;
}

/** What a worker needs to build the same processor as the main thread. */
export interface WorkerSetup {
  module: { url: string; exportName: string };
}

/** Which renderer a job needs, with the options Astro resolved for it (URLs as strings). */
export type RendererSpec = { kind: 'md'; shared: SharedOptions } | { kind: 'mdx'; shared: SharedOptions; mdx: Omit<MdxOptions, 'srcDir'> & { srcDir?: string } };

/** One job for a worker: the renderer it needs and the arguments of its call. */
export interface WorkerJob {
  id: number;
  /** A key naming `spec`, so a worker builds each renderer once. */
  rendererKey: string;
  spec: RendererSpec;
  /** `render(content, { frontmatter, fileURL })` for Markdown, `process(content, filePath, frontmatter)` for MDX. */
  content: string;
  path: string | undefined;
  frontmatter: Record<string, unknown>;
}

type Result = MdxRenderResult | MarkdownRenderResult;

interface PendingJob {
  message: Omit<WorkerJob, 'id'>;
  onMainThread: () => Promise<Result>;
  resolve: (result: Result) => void;
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

// Workers idle this long stop: a build renders Markdown during content sync and compiles MDX
// during bundling, and `astro dev` renders in bursts; idle workers would only hold memory.
const IDLE_MS = 2_000;

/**
 * Runs render jobs on `size` worker threads, least-busy first. If a worker cannot start or dies,
 * its jobs and every later one run on the main thread instead.
 */
function createPool(size: number, setup: WorkerSetup) {
  const slots: { worker: Worker; jobs: Map<number, PendingJob> }[] = [];
  let broken = false;
  let nextId = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  const inFlight = () => slots.reduce((sum, slot) => sum + slot.jobs.size, 0);
  const stop = () => {
    for (const slot of slots.splice(0)) void slot.worker.terminate();
  };
  const runOnMainThread = (job: PendingJob) => job.onMainThread().then(job.resolve, job.reject);
  const start = () => {
    for (let i = 0; i < size; i++) {
      const slot = { worker: new Worker(new URL('./markdown-worker.ts', import.meta.url), { workerData: setup }), jobs: new Map<number, PendingJob>() };
      slot.worker.on('message', ({ id, result, error }: { id: number; result?: Result; error?: WorkerError }) => {
        const job = slot.jobs.get(id);
        if (!job) return; // answered after its worker was given up on; the main thread has it
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
        console.warn(`[markdown-workers] a worker failed (${reason}); rendering on the main thread from now on`);
        broken = true;
        const orphans = slots.flatMap((each) => [...each.jobs.values()]);
        for (const each of slots) each.jobs.clear();
        stop();
        orphans.forEach(runOnMainThread);
      };
      slot.worker.on('error', (error) => fail(error.message));
      // A worker that exits with work in hand (not one stopped while idle) must not strand its jobs.
      slot.worker.on('exit', (code) => {
        if (slot.jobs.size > 0) fail(`exited with code ${code}`);
      });
      slots.push(slot);
    }
  };
  return (message: PendingJob['message'], onMainThread: PendingJob['onMainThread']): Promise<Result> =>
    new Promise((resolve, reject) => {
      const job: PendingJob = { message, onMainThread, resolve, reject };
      if (broken) return void runOnMainThread(job);
      clearTimeout(idleTimer);
      if (slots.length === 0) start();
      const slot = slots.reduce((least, each) => (each.jobs.size < least.jobs.size ? each : least));
      for (const each of slots) each.worker.ref();
      const id = nextId++;
      slot.jobs.set(id, job);
      try {
        slot.worker.postMessage({ ...message, id } satisfies WorkerJob);
      } catch {
        // Frontmatter that cannot be copied to a thread (never the case for YAML) renders here.
        slot.jobs.delete(id);
        void runOnMainThread(job);
      }
    });
}

/** Plugin names and features of a processor: what must match between the main thread and a worker. */
function describe(processor: MarkdownProcessor): string {
  const options = processor.options as { mdastPlugins?: unknown[]; hastPlugins?: unknown[]; features?: unknown };
  const names = (plugins: unknown[] = []) => plugins.map((plugin) => (plugin && typeof plugin === 'object' && 'name' in plugin ? String(plugin.name) : typeof plugin));
  return JSON.stringify([processor.name, names(options.mdastPlugins), names(options.hastPlugins), options.features ?? null]);
}

/** `spec` as a worker can receive it, or undefined if something in it cannot be copied to a thread. */
function cloneable(spec: RendererSpec): RendererSpec | undefined {
  try {
    return structuredClone(spec);
  } catch {
    return undefined;
  }
}

/**
 * Wraps a Markdown processor so that rendering runs in worker threads: `.md` renders (which the
 * guides loader asks for during content sync) and `.mdx` compiles (which Astro runs in a Vite
 * transform). Both are CPU-bound, syntax highlighting most of all, and on the main thread they leave
 * the other cores idle. Each worker builds the same processor from the same factory with the options
 * Astro resolved, so the output is identical. Anything that cannot be sent to a worker (functions in
 * the options, plugins an integration added to `processor.options` at runtime) stays on the main
 * thread.
 */
export function renderInWorkers(create: () => MarkdownProcessor, module: ProcessorModule, options: { workers?: number } = {}): MarkdownProcessor {
  const base = create();
  const pristine = describe(create());
  const size = options.workers ?? os.availableParallelism();
  let pool: ReturnType<typeof createPool> | undefined;
  let nextRenderer = 0;
  /** The pool, or undefined when this renderer must stay on the main thread. */
  const poolFor = (spec: RendererSpec | undefined) => {
    if (!spec || size < 1 || describe(base) !== pristine) return undefined;
    return (pool ??= createPool(size, { module: { url: module.url.href, exportName: module.exportName } }));
  };
  return wrapProcessor(base, {
    async createRenderer(shared: SharedOptions): Promise<MarkdownRenderer> {
      const spec = cloneable({ kind: 'md', shared });
      const run = poolFor(spec);
      let onMain: Promise<MarkdownRenderer> | undefined;
      const mainThread = () => (onMain ??= base.createRenderer(shared));
      if (!run) return mainThread();
      const rendererKey = `md:${nextRenderer++}`;
      return {
        render: (content, opts = {}) =>
          run({ rendererKey, spec: spec!, content, path: opts.fileURL?.href, frontmatter: opts.frontmatter ?? {} }, () => mainThread().then((renderer) => renderer.render(content, opts))) as Promise<MarkdownRenderResult>,
      };
    },
    async createMdxRenderer(shared: SharedOptions, mdx: MdxOptions): Promise<MdxRenderer> {
      const spec = cloneable({ kind: 'mdx', shared, mdx: { ...mdx, srcDir: mdx.srcDir?.href } });
      const run = poolFor(spec);
      let onMain: Promise<MdxRenderer> | undefined;
      const mainThread = () => (onMain ??= base.createMdxRenderer!(shared, mdx));
      if (!run) return mainThread();
      const rendererKey = `mdx:${nextRenderer++}`;
      return {
        process: (content, filePath, frontmatter) =>
          run({ rendererKey, spec: spec!, content, path: filePath, frontmatter }, () => mainThread().then((renderer) => renderer.process(content, filePath, frontmatter))) as Promise<MdxRenderResult>,
      };
    },
  });
}

/**
 * A processor with its own renderers that forwards `name` and `options` to `base`: integrations
 * extend a pipeline by mutating `processor.options`, and that must still reach `base`.
 */
export function wrapProcessor(base: MarkdownProcessor, renderers: Pick<MarkdownProcessor, 'createRenderer' | 'createMdxRenderer'>): MarkdownProcessor {
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
    createRenderer: renderers.createRenderer,
    createMdxRenderer: renderers.createMdxRenderer,
  };
}
