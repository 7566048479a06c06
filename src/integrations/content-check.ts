import type { Loader } from 'astro/loaders';
import type { Problem } from '../lib/problems.ts';

/** The content check started when Astro loads its config (see content-guard.ts). */
export interface PendingCheck {
  /** Problems are fatal (`astro build`): loaders must not read content that has any. */
  fatal: boolean;
  problems: Promise<Problem[]>;
}

// Loaders live in content.config.ts, which Vite loads as its own module graph: a process-wide
// symbol is the one place both copies of this module see. This module stays small because that
// graph loads it on every start.
const PENDING = Symbol.for('skill-guides:content-check');
const registry = globalThis as typeof globalThis & { [PENDING]?: PendingCheck };

/** Records the check that loaders wait for. */
export function setPendingCheck(check: PendingCheck): void {
  registry[PENDING] = check;
}

/** The check loaders wait for, if one was started in this process. */
export function getPendingCheck(): PendingCheck | undefined {
  return registry[PENDING];
}

/** Wraps a loader so that it runs only after the content check, and not at all if the build must fail. */
export function afterContentCheck(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      const check = getPendingCheck();
      if (check && check.fatal && (await check.problems).length > 0) return;
      return loader.load(context);
    },
  };
}
