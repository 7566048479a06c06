import * as pagefind from 'pagefind';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
const dist = process.argv[2]!;
const mode = process.argv[3] ?? 'full';
const files = readdirSync(path.join(dist, 'skills')).map((slug) => [`/skills/${slug}/`, readFileSync(path.join(dist, 'skills', slug, 'index.html'), 'utf8')] as const);
const transform = (html: string) => {
  if (mode === 'full') return html;
  // body only: head + the data-pagefind-body article
  const head = html.slice(0, html.indexOf('</head>') + 7);
  const start = html.indexOf('<article'); const end = html.indexOf('</article>') + 10;
  let body = html.slice(start, end);
  if (mode === 'nocode') body = body.replace(/<pre[\s\S]*?<\/pre>/g, (m) => m.replace(/<\/?span[^>]*>/g, ''));
  return `${head}<body>${body}</body></html>`;
};
const t0 = performance.now();
const { index } = await pagefind.createIndex(process.argv[4] ? { forceLanguage: 'en' } : {});
await Promise.all(files.map(([url, html]) => index!.addHTMLFile({ url, content: transform(html) })));
const t1 = performance.now();
const { execSync } = await import('node:child_process');
console.log(execSync('ps -C pagefind_extended -o pid,time,rss,nlwp').toString());
await index!.writeFiles({ outputPath: '/tmp/sg/pf-x' });
const t2 = performance.now();
console.log(execSync('ps -C pagefind_extended -o pid,time,rss,nlwp').toString());
console.log(mode, 'add', Math.round(t1 - t0), 'write', Math.round(t2 - t1));
await pagefind.close();
