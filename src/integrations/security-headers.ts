import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_BOOTSTRAP } from '../lib/inline-scripts.ts';
import { buildSecurityHeaders, formatHeadersFile } from '../lib/security-headers.ts';

// Inline scripts that execute: not `src=` files, not JSON-LD data blocks (CSP does not apply to those).
const INLINE_SCRIPT = /<script(?![^>]*(?:\ssrc=|type="application\/ld\+json"))[^>]*>([\s\S]*?)<\/script>/g;
const OPEN = Buffer.from('<script');
const CLOSE = Buffer.from('</script>');

/**
 * The text of every inline script that executes in a page's HTML (as bytes). Only the stretches
 * from `<script` to the next `</script>` are decoded and matched: most of a page is not script.
 */
export function inlineScriptsOf(html: Buffer): string[] {
  const scripts: string[] = [];
  for (let at = html.indexOf(OPEN); at !== -1; ) {
    const end = html.indexOf(CLOSE, at);
    if (end === -1) break;
    for (const match of html.toString('utf8', at, end + CLOSE.length).matchAll(INLINE_SCRIPT)) scripts.push(match[1]!);
    at = html.indexOf(OPEN, end + CLOSE.length);
  }
  return scripts;
}

/**
 * Writes `dist/_headers` (Netlify, Cloudflare Pages) with a strict Content-Security-Policy, and
 * fails the build if any page has an inline script the policy's hashes do not cover.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'skill-guides:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const allowed = new Set([SEARCH_BOOTSTRAP]);
        const strays: string[] = [];
        for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = path.join(entry.parentPath, entry.name);
          for (const script of inlineScriptsOf(readFileSync(file))) {
            if (!allowed.has(script)) strays.push(`${path.relative(root, file)}: ${script.slice(0, 80)}`);
          }
        }
        if (strays.length > 0) throw new Error(`Inline scripts not covered by the Content-Security-Policy:\n${strays.join('\n')}`);
        const headers = formatHeadersFile({
          '/*': buildSecurityHeaders([...allowed]),
          '/_astro/*': { 'Cache-Control': 'public, max-age=31536000, immutable' },
        });
        writeFileSync(path.join(root, '_headers'), headers);
        logger.info('wrote _headers with the Content-Security-Policy');
      },
    },
  };
}
