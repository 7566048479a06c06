import type { Loader, LoaderContext } from 'astro/loaders';

// Astro evaluates the integrations (astro.config.ts) and the collections (content.config.ts) as two
// separate module graphs, so a module-level variable would not be seen by both: the gate lives on
// the global object, under a registered symbol.
const KEY = Symbol.for('skill-guides:content-gate');
const holder = globalThis as { [KEY]?: Promise<void> };

/**
 * Opens the content gate: `verdict` settles once the content check is done, rejecting when the
 * content must not be built. Every loader waits on it (`contentGate`): the file loaders before they
 * read anything (`gated`), the guides loader before its load ends.
 */
export function setContentGate(verdict: Promise<void>): void {
  // Settled by whoever awaits it; this only keeps an early rejection from counting as unhandled.
  verdict.catch(() => undefined);
  holder[KEY] = verdict;
}

/** The content check's verdict; resolved at once where no check runs (a loader on its own, in tests). */
export function contentGate(): Promise<void> {
  return holder[KEY] ?? Promise.resolve();
}

/** `loader`, waiting for the content gate before it loads, so that the check's located problems come first. */
export function gated(loader: Loader): Loader {
  return {
    ...loader,
    async load(context: LoaderContext) {
      await contentGate();
      return loader.load(context);
    },
  };
}
