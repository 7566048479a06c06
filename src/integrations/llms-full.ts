import type { AstroIntegration } from 'astro';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The guides' Markdown files `llms.txt` links to, as paths in the built site, in its order. */
function listLinkedMarkdown(llmsTxt: string): string[] {
  return [...llmsTxt.matchAll(/^- \[[^\n]*?\]\((https?:\/\/[^)\s]+\.md)\)/gm)].map((match) => decodeURIComponent(new URL(match[1]!).pathname));
}

/**
 * Writes `llms-full.txt` at the end of `astro build`: the head of `llms.txt` (the site's name and
 * description), then every guide's Markdown file in the order `llms.txt` lists them. The files are
 * the ones the build just wrote (`/skills/<slug>.md`), appended one at a time: no guide is
 * converted twice, and a site of any size is never held in memory at once. `astro dev` serves
 * `llms.txt` and the Markdown files, but not this one.
 */
export function llmsFull(): AstroIntegration {
  return {
    name: 'skill-guides:llms-full',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const index = path.join(site, 'llms.txt');
        if (!existsSync(index)) throw new Error('llms-full.txt: the build wrote no llms.txt (src/pages/llms.txt.ts)');
        const llmsTxt = readFileSync(index, 'utf8');
        const target = path.join(site, 'llms-full.txt');
        const [title, description] = llmsTxt.split('\n\n');
        writeFileSync(target, `${title}\n\n${description}\n`);
        const files = listLinkedMarkdown(llmsTxt);
        for (const file of files) appendFileSync(target, `\n${readFileSync(path.join(site, file), 'utf8')}`);
        logger.info(`llms-full.txt: ${files.length} guides`);
      },
    },
  };
}
