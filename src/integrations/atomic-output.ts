import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The folder a build writes into before it replaces the output folder `outDir`: its hidden sibling. */
function stagingDirOf(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}-next`);
}

/**
 * `astro build` writes into a sibling of the output folder and swaps it in only once the whole
 * build, search index included, has succeeded: a failed build leaves the last good site exactly as
 * it was. Must come last among the integrations, so that its `astro:build:done` runs after theirs.
 */
export function atomicOutput(): AstroIntegration {
  let outDir = '';
  return {
    name: 'skill-guides:atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        const staging = stagingDirOf(outDir);
        // A failed build's half-written output.
        rmSync(staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${staging}${path.sep}`) });
      },
      'astro:build:done': ({ dir }) => {
        const staging = path.resolve(fileURLToPath(dir));
        const previous = `${stagingDirOf(outDir)}-previous`;
        rmSync(previous, { recursive: true, force: true });
        if (existsSync(outDir)) renameSync(outDir, previous);
        renameSync(staging, outDir);
        rmSync(previous, { recursive: true, force: true });
      },
    },
  };
}
