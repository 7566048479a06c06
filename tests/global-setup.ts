import { rmSync } from 'node:fs';
import { buildSite } from './helpers/build.ts';
import { SITE_DIST } from './helpers/paths.ts';

/** Builds the shipped site once for every build-output and browser test of this run. */
export async function globalSetup(): Promise<void> {
  rmSync(SITE_DIST, { recursive: true, force: true });
  const result = buildSite({ outDir: SITE_DIST });
  if (result.status !== 0) throw new Error(`Building the shipped site failed:\n${result.output.slice(-6000)}`);
}
