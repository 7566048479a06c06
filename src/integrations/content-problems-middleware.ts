import { defineMiddleware } from 'astro:middleware';
import { formatProblem } from '../lib/problems.ts';
import { readContentProblems } from './content-problems.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * `astro dev`: while the content has problems, every page answers with them, located as lint prints
 * them. Vite's client on the page reloads it once a save fixes them.
 */
export const onRequest = defineMiddleware((_context, next) => {
  const problems = readContentProblems();
  if (problems.length === 0) return next();
  const count = `${problems.length} content problem${problems.length === 1 ? '' : 's'}`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${count}</title><script type="module" src="/@vite/client"></script></head>
<body><main><h1>${count}</h1><p>Fix ${problems.length === 1 ? 'it' : 'them'} and save: this page comes back by itself. <code>npm run lint:content</code> lists the same.</p>
<pre>${problems.map((problem) => escape(formatProblem(problem))).join('\n')}</pre></main></body></html>`;
  return new Response(html, { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
});
