import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, TEST_OUTPUT } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Runs the real build (`astro build`, search index included) of `contentDir` into `outDir` on the
 * same Node that runs the tests (Node 24 from the `node` devDependency when started through npm).
 */
export function buildSite(options: { contentDir?: string; outDir: string; env?: Record<string, string> }): BuildResult {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', options.outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
      ...options.env,
    },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 10 * 60 * 1000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir: options.outDir };
}
