import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

// Pagefind's files; its index chunks (.pf_*) are binary.
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

/**
 * In `astro dev`, serves `/pagefind/*` from the last build's output so search works against the
 * last built index. Without one, the request 404s and the search UI says to run `npm run build`.
 */
export function pagefindDevServer(): AstroIntegration {
  let outDir = '';
  return {
    name: 'skill-guides:pagefind-dev',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const indexDir = path.join(outDir, 'pagefind');
        if (!existsSync(path.join(indexDir, 'pagefind.js'))) {
          logger.warn('No search index yet: search in dev uses the last build\'s index. Run "npm run build" once to create it.');
        }
        server.middlewares.use('/pagefind/', (request, response, next) => {
          const relative = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          const file = path.join(indexDir, path.normalize(relative));
          if (!file.startsWith(indexDir + path.sep) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
          response.setHeader('Cache-Control', 'no-store');
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
