import * as pagefind from 'pagefind';
const t0 = performance.now();
const { index } = await pagefind.createIndex({});
const added = await index.addDirectory({ path: process.argv[2] });
const written = await index.writeFiles({ outputPath: '/tmp/sg/pf-two/pagefind' });
console.log('pages', added.page_count, 'errors', added.errors.length + written.errors.length, 'ms', Math.round(performance.now() - t0));
await pagefind.close();
