import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { InlineMarkdown, inlineMarkdownFields, prerenderInlineMarkdown } from '../lib/markdown.ts';
import { countFrontmatterWords } from '../lib/guide-words.ts';
import { BODY_FILE, formatSyncedGuide, FRONTMATTER_WORDS, planPlainBody } from '../lib/plain-body.ts';
import type { GuideData } from '../schemas/guide.ts';
import { slugFromFileName } from '../lib/urls.ts';
import { contentGate } from '../node/content-gate.ts';

/** How Astro's content entry types read a file (`@astrojs/mdx` registers the one for `.mdx`). */
interface EntryType {
  getEntryInfo(input: { contents: string; fileUrl: URL }): Promise<{ body: string; data: Record<string, unknown> }>;
}

type GuideLoaderContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

/** Options of the guides loader. */
export interface GuideLoaderOptions {
  /** Absolute path of the directory holding the guides (`<content root>/skills`). */
  base: string;
  /** Render plain bodies as Markdown during sync (default true); false sends every guide through MDX. */
  plainBodies?: boolean;
}

// What a rendered body depends on besides its file: this loader, the Markdown pipeline
// (integrations/), the helpers it uses (lib/) and the installed packages. A cached render made
// with older ones is stale.
const RENDER_SOURCES = ['src/loaders', 'src/integrations', 'src/lib', 'package-lock.json'];

// Files rendered at once: enough to keep the Markdown workers busy without holding every file.
const CONCURRENCY = 16;

// After a reload in `astro dev`, when to look at the file again: past the 50 ms in which the
// watcher (chokidar) drops a second change event for the same file.
const RECHECK_MS = 150;

/**
 * Loads `*.mdx` guides like Astro's glob loader, with one difference that matters at scale: a
 * guide whose body is plain Markdown plus section placements (see `lib/plain-body.ts`) is rendered
 * to HTML here, during content sync, and never becomes a JSX module. Only guides that really use
 * MDX are handed to the MDX integration (`deferredRender`), which compiles them as before.
 */
export function guideLoader({ base, plainBodies = true }: GuideLoaderOptions): Loader {
  return {
    name: 'skill-guides:guides',
    async load(context: GuideLoaderContext) {
      // The content check (integrations/content-guard.ts) may still be running on its thread: the
      // guides are read and rendered meanwhile, and its verdict is awaited below, before the load
      // ends or fails. Nothing is written but the content cache until then.
      const verdict = contentGate();
      const { config, store, logger, watcher } = context;
      const mdx = context.entryTypes?.get('.mdx');
      if (!mdx) throw new Error('guideLoader needs the MDX integration (@astrojs/mdx) for .mdx guides');
      const root = fileURLToPath(config.root);
      const fingerprint = renderFingerprint(root, plainBodies);
      const counts = { plain: 0, mdx: 0 };
      // Rendered bodies live in files beside the data store, named by digest, not in the store:
      // Astro serialises the whole store into one module that the build compiles and keeps in
      // memory, and at 1,000 guides the bodies made that 47 MB instead of 12 MB.
      const bodiesDir = fileURLToPath(new URL('guide-bodies/', config.cacheDir));
      await mkdir(bodiesDir, { recursive: true });
      const syncedFileOf = (digest: string) => path.join(bodiesDir, syncedFileName(digest));

      // Synchronous file calls: on these machines the thread pool's asynchronous ones cost about
      // twice the system time for the same files, taken from the cores the sync keeps busy.
      const syncFile = async (absolute: string, contents = readFileSync(absolute, 'utf8')) => {
        const id = slugFromFileName(absolute);
        const filePath = path.relative(root, absolute).split(path.sep).join('/');
        const digest = context.generateDigest(fingerprint + contents);
        const existing = store.get(id);
        if (existing?.digest === digest && existing.filePath === filePath && (existing.deferredRender || existsSync(syncedFileOf(digest)))) {
          // Unchanged since the cached sync: keep its rendered HTML, or its place among MDX modules.
          if (existing.deferredRender) store.addModuleImport(filePath);
          counts[existing.deferredRender ? 'mdx' : 'plain']++;
          return;
        }
        const fileUrl = pathToFileURL(absolute);
        const { body, data } = await mdx.getEntryInfo({ contents, fileUrl });
        const parsed = await context.parseData({ id, data, filePath: absolute });
        const plan = plainBodies ? planPlainBody(body) : { plain: false as const, reason: 'plain bodies are switched off' };
        if (plan.plain) {
          // A leading newline keeps a body that opens with `---` from being read as frontmatter.
          const rendered = await context.renderMarkdown(`\n${plan.markdown}`, { fileURL: fileUrl });
          if (!rendered.metadata?.imagePaths?.length) {
            // Rendered Markdown ends with a newline where compiled MDX does not: stored without it,
            // the body is exactly what the page shows, and both paths give the same page. Its
            // inline-Markdown fields go in the same file: rendered page by page they were a third
            // of the time spent rendering pages; here they are rendered once per change of the file.
            const html = rendered.html.replace(/\n$/, '');
            const inline = prerenderInlineMarkdown(inlineMarkdownFields(parsed as GuideData));
            writeFileSync(syncedFileOf(digest), formatSyncedGuide({ html, inline }));
            // Reading time's frontmatter words too, from those fields: counted page by page they
            // were a tenth of the time spent rendering pages, on one thread.
            const frontmatterWords = countFrontmatterWords(parsed as GuideData, new InlineMarkdown(new Map(inline)));
            const metadata = { ...rendered.metadata, [BODY_FILE]: syncedFileOf(digest), [FRONTMATTER_WORDS]: frontmatterWords };
            store.set({ id, data: parsed, filePath, digest, rendered: { html: '', metadata } });
            counts.plain++;
            return;
          }
          logger.debug(`${filePath}: through MDX: local images are resolved by the MDX pipeline`);
        } else {
          logger.debug(`${filePath}: through MDX: ${plan.reason}`);
        }
        store.set({ id, data: parsed, filePath, digest, deferredRender: true });
        counts.mdx++;
      };

      const files = existsSync(base) ? (await readdir(base)).filter((file) => file.endsWith('.mdx')).sort() : [];
      const untouched = new Set(store.keys());
      for (const file of files) untouched.delete(slugFromFileName(file));
      try {
        await Promise.all([verdict, forEachLimited(files.map((file) => path.join(base, file)), CONCURRENCY, syncFile)]);
      } catch (error) {
        // A failed check ends the load at once, and its located problems come before anything the
        // loader tripped on (a schema error from Astro names no line).
        await verdict;
        throw error;
      }
      untouched.forEach((id) => store.delete(id));
      await pruneBodies(bodiesDir, new Set([...store.values()].map((entry) => syncedFileName(String(entry.digest)))));
      logger.info(`${counts.plain} guides rendered as Markdown, ${counts.mdx} through MDX`);

      if (!watcher) return;
      watcher.add(base);
      const isGuide = (changed: string) => path.dirname(changed) === path.resolve(base) && changed.endsWith('.mdx');
      // A save can fire its event while the file is still being written (an editor, or a test,
      // truncating then writing), and the watcher drops a second change event for the same file
      // within 50 ms: the one for the rest of the write may never come. So each reload looks at
      // the file once more after that window and reloads again if its text moved on. Reloads of
      // one file run one after another, so the last text read is the one that stays.
      const readGuide = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
      const queued = new Map<string, Promise<void>>();
      const reload = async (changed: string) => {
        const text = readGuide(changed);
        if (text === undefined) return;
        try {
          await syncFile(changed, text);
          logger.info(`Reloaded ${path.relative(root, changed)}`);
        } catch (error) {
          logger.error(`Failed to reload ${path.relative(root, changed)}: ${(error as Error).message}`);
        }
        setTimeout(() => {
          if (readGuide(changed) !== text) onChange(changed);
        }, RECHECK_MS).unref();
      };
      const onChange = (changed: string) => {
        if (!isGuide(changed)) return;
        const next = (queued.get(changed) ?? Promise.resolve())
          .then(() => reload(changed))
          .catch((error) => logger.error(`Failed to reload ${path.relative(root, changed)}: ${(error as Error).message}`));
        queued.set(changed, next);
        void next.finally(() => {
          if (queued.get(changed) === next) queued.delete(changed);
        });
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (deleted) => {
        if (isGuide(deleted)) store.delete(slugFromFileName(deleted));
      });
    },
  };
}

/** The file the loader writes for a plain guide (see `formatSyncedGuide`), named by its entry's digest. */
function syncedFileName(digest: string): string {
  return `${digest}.guide`;
}

// A body no entry of this sync refers to may still be in use by another process on the same
// content root (`astro dev` beside a build): only bodies unused for this long are deleted.
const PRUNE_AFTER_MS = 60 * 60 * 1000;

/** Deletes rendered bodies no entry refers to any more (edited or removed guides), once they are old. */
export async function pruneBodies(dir: string, keep: ReadonlySet<string>): Promise<void> {
  const cutoff = Date.now() - PRUNE_AFTER_MS;
  for (const file of await readdir(dir)) {
    if (keep.has(file)) continue;
    const target = path.join(dir, file);
    const modified = statSync(target, { throwIfNoEntry: false })?.mtimeMs;
    if (modified !== undefined && modified < cutoff) await rm(target, { force: true });
  }
}

/** A hash of the code and settings that shape a rendered body, mixed into each entry's digest. */
function renderFingerprint(root: string, plainBodies: boolean): string {
  const hash = createHash('sha256').update(String(plainBodies));
  const add = (file: string) => {
    // Tests and fixtures beside the sources do not shape a render.
    if (!existsSync(file) || /\.(test|fixture)\.ts$/.test(file)) return;
    if (statSync(file).isDirectory()) {
      for (const child of readdirSync(file).sort()) add(path.join(file, child));
    } else {
      hash.update(path.relative(root, file)).update(readFileSync(file));
    }
  };
  for (const source of RENDER_SOURCES) add(path.join(root, source));
  return hash.digest('hex');
}

/** Runs `task` over `items` with at most `limit` in flight; rejects with the first failure. */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
