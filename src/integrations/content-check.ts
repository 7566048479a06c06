import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import type { ContentRootReport } from '../node/read-content.ts';
import type { Problem } from '../lib/problems.ts';

/** A valid guide as the check parsed it, and a hash of the exact text it parsed. */
export interface CheckedSource {
  textHash: string;
  data: Record<string, unknown>;
  body: string;
}

/** What the check found: its problems, and each valid guide's parsed frontmatter and body by absolute path. */
export interface CheckResult {
  problems: Problem[];
  guides: Map<string, CheckedSource>;
}

/** Hash of a file's text, to tell whether the check parsed the text a loader has just read. */
export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** The part of a content report loaders use (it crosses from the check's worker thread). */
export function toCheckResult(report: ContentRootReport): CheckResult {
  const guides = new Map<string, CheckedSource>();
  for (const guide of report.guides) {
    const text = report.texts.get(guide.file);
    if (text !== undefined) guides.set(path.resolve(guide.file), { textHash: hashText(text), data: guide.raw, body: guide.body });
  }
  return { problems: report.problems, guides };
}

/** The content check started when Astro loads its config (see content-guard.ts). */
export interface PendingCheck {
  /** Problems are fatal (`astro build`): loaders must not read content that has any. */
  fatal: boolean;
  result: Promise<CheckResult>;
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
      if (check && check.fatal && (await check.result).problems.length > 0) return;
      return loader.load(context);
    },
  };
}
