import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkContentRoot, readGuideBody, type ContentRootReport as ContentReport } from '../check/read.ts';
import { ContentError, formatProblem } from '../lib/problems.ts';
import { slugFromFileName } from '../lib/urls.ts';
import { guideFileKey, listGuideFiles, markdownFingerprint, pruneGuideFiles, readGuideFile, writeGuideFile } from './guide-files.ts';
import { summarizeGuide } from '../schemas/guide.ts';
import { recordContentProblems } from '../integrations/content-problems.ts';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The content check of one content root, shared by the loaders of its collections: it runs once per
 * content sync (and again in `astro dev` when a file under the root changes), and every loader
 * stores what it validated instead of validating again.
 */
export function createContentCheck(root: string) {
  let last: { state: string; report: Promise<ContentReport> } | undefined;
  return {
    root,
    /** The report for the root as it is on disk now (the loaders share one check of each state). */
    current(): Promise<ContentReport> {
      // A missing root is reported as lint reports it, before anything reads it.
      if (!existsSync(root)) return checkContentRoot(root);
      const state = stateOf(root);
      if (last?.state !== state) last = { state, report: checkContentRoot(root) };
      return last.report;
    },
    /** Forgets the last report (the next `current()` checks again). */
    release(): void {
      last = undefined;
    },
  };
}

export type ContentCheck = ReturnType<typeof createContentCheck>;

/** Names, sizes and modification times of the files under `root`: changes whenever a file does. */
function stateOf(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = statSync(full, { throwIfNoEntry: false });
        parts.push(`${full}:${stat?.size}:${stat?.mtimeMs}`);
      }
    }
  };
  walk(root);
  return parts.join('\n');
}

/**
 * A build stops at the first content problem, with every problem located; `astro dev` logs them
 * and keeps serving what is valid.
 */
function reportProblems(report: ContentReport, context: LoaderContext): void {
  if (report.problems.length > 0 && !context.watcher) throw new ContentError(report.problems, 'run "npm run lint:content" to check content without building');
  if (!context.watcher) return;
  for (const problem of report.problems) context.logger.error(formatProblem(problem));
  recordContentProblems(report.problems);
}

/**
 * The guides collection. Each published guide is stored as its summary (what list pages need); its
 * full frontmatter and, for a `.md` guide, the HTML that Astro's Markdown pipeline
 * (`renderMarkdown()`) makes of its body go in a file beside the store (see guide-files.ts). `.mdx`
 * guides go through Astro's `glob()` loader and compile as modules, as MDX needs.
 */
export function guidesLoader(check: ContentCheck): Loader {
  return {
    name: 'skill-guides:guides',
    async load(context) {
      const projectRoot = fileURLToPath(context.config.root);
      const fingerprint = markdownFingerprint(projectRoot);
      let synced: ContentReport | undefined;
      const sync = async () => {
        const report = await check.current();
        if (report === synced) return;
        synced = report;
        reportProblems(report, context);
        const failing = new Set(report.problems.map((problem) => problem.file));
        // Drafts are built nowhere, and a guide with a problem is left out until it is fixed (astro dev).
        const published = report.guides.filter((guide) => !guide.data.draft && !failing.has(guide.file));
        const keys = new Map<string, string>();
        const cached = listGuideFiles();
        let writes: Promise<void>[] = [];
        for (const [index, guide] of published.entries()) {
          // renderMarkdown() resolves without a turn of the event loop, and Sätteri's buffers are
          // freed only on one (src/check/rules.ts): without a turn now and then, 10,000 renders
          // would hold a gigabyte of them. Waiting for the files written meanwhile is that turn.
          if (index % 25 === 24) {
            await Promise.all(writes);
            writes = [];
            await new Promise((resolve) => setImmediate(resolve));
          }
          const key = guideFileKey(guide.digest, fingerprint);
          keys.set(guide.slug, key);
          if (cached.has(guide.slug) && readGuideFile(guide.slug)?.key === key) continue;
          let body;
          if (guide.file.endsWith('.md')) {
            const markdown = `\n${readGuideBody(guide)}`;
            const rendered = await context.renderMarkdown(markdown, { fileURL: pathToFileURL(path.resolve(guide.file)) });
            body = { html: rendered.html, metadata: rendered.metadata, markdown };
          }
          writes.push(writeGuideFile(guide.slug, { key, data: guide.data, body }));
        }
        await Promise.all(writes);
        // Copied: a string of the validated data is a slice of its whole frontmatter, and the store keeps the summaries to the end of the build.
        const summaries = new Map(published.map((guide) => [guide.slug, structuredClone(summarizeGuide(guide.data))]));
        const mdx = published.filter((guide) => guide.file.endsWith('.mdx'));
        if (mdx.length > 0) {
          await glob({ pattern: mdx.map((guide) => path.basename(guide.file)), base: path.join(check.root, 'skills'), retainBody: false, generateId: ({ entry }) => slugFromFileName(entry) }).load({
            ...context,
            // Changes are watched below, where the whole root is checked again.
            watcher: undefined,
            parseData: async ({ id }) => summaries.get(id) as never,
          });
        }
        for (const guide of published.filter((each) => each.file.endsWith('.md'))) {
          context.store.set({ id: guide.slug, data: summaries.get(guide.slug)!, filePath: path.relative(projectRoot, path.resolve(guide.file)), digest: keys.get(guide.slug) });
        }
        for (const id of context.store.keys()) if (!summaries.has(id)) context.store.delete(id);
        pruneGuideFiles(new Set(summaries.keys()));
        // A build syncs once: what the check read need not stay in memory through bundling and rendering.
        if (!context.watcher) {
          check.release();
          synced = undefined;
        }
      };
      await sync();
      watchRoot(check.root, context, sync);
    },
  };
}

/** A collection of `categories.yaml` or `roles.yaml`, from the entries the content check validated. */
export function taxonomyLoader(check: ContentCheck, kind: 'categories' | 'roles'): Loader {
  return {
    name: `skill-guides:${kind}`,
    async load(context) {
      let synced: ContentReport | undefined;
      const sync = async () => {
        const report = await check.current();
        if (report === synced) return;
        synced = report;
        context.store.clear();
        for (const entry of report[kind]) context.store.set({ id: entry.id, data: entry, digest: context.generateDigest(entry) });
      };
      await sync();
      watchRoot(check.root, context, sync);
    },
  };
}

/** The site settings (`site.yaml`, or every default without it): one entry, `site`. */
export function settingsLoader(check: ContentCheck): Loader {
  return {
    name: 'skill-guides:settings',
    async load(context) {
      let synced: ContentReport | undefined;
      const sync = async () => {
        const report = await check.current();
        if (report === synced) return;
        synced = report;
        context.store.clear();
        context.store.set({ id: 'site', data: report.settings, digest: context.generateDigest(report.settings) });
      };
      await sync();
      watchRoot(check.root, context, sync);
    },
  };
}

// A save can reach the watcher half-written (an editor truncating, then writing), and the watcher
// may report the rest of the write as no new event: each change is looked at once more after this.
const SETTLE_MS = 200;

/** In `astro dev`, runs `sync` again whenever a file under the content root changes. */
function watchRoot(root: string, { watcher, logger }: LoaderContext, sync: () => Promise<void>): void {
  if (!watcher) return;
  watcher.add(root);
  let running = Promise.resolve();
  const resync = () => {
    running = running.then(sync).catch((error: Error) => logger.error(error.message));
  };
  const onChange = (changed: string) => {
    if (!changed.startsWith(root + path.sep)) return;
    resync();
    setTimeout(resync, SETTLE_MS).unref();
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
}
