import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { renderInWorkers } from './markdown-workers.ts';
import { createGuideProcessor } from './guide-markdown.ts';
import { createProcessorThatExitsInWorkers } from './markdown-workers.fixture.ts';

const GUIDE = `Intro with \`code\` and a [link](/skills/jwt/).

## What is it?

<CoreConcepts />

| Layer | Role |
| --- | --- |
| Edge | Checks \`aud\` |

\`\`\`ts
const map: Map<string, number> = new Map();
\`\`\`

## Usage

<InterviewQuestions />
`;

const SHARED = {
  syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] },
  shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  gfm: true,
  smartypants: true,
} as never;
const MDX = { optimize: true, srcDir: pathToFileURL('/project/src/'), sourcemap: false };
const here = { url: new URL('./guide-markdown.ts', import.meta.url), exportName: 'createGuideProcessor' };

test('compiles MDX in a worker to exactly what the main thread produces', async () => {
  const inWorker = await renderInWorkers(createGuideProcessor, here, { workers: 1 }).createMdxRenderer!(SHARED, MDX);
  const onMain = await createGuideProcessor().createMdxRenderer!(SHARED, MDX);
  const [a, b] = await Promise.all([inWorker.process(GUIDE, '/project/content/skills/x.mdx', { title: 'X' }), onMain.process(GUIDE, '/project/content/skills/x.mdx', { title: 'X' })]);
  assert.equal(a.code, b.code);
  assert.deepEqual(a.astroMetadata, b.astroMetadata);
  assert.match(a.code, /"placements":\[\{"name":"CoreConcepts","afterHeading":1\},\{"name":"InterviewQuestions","afterHeading":2\}\]/);
  assert.match(a.code, /astro-code/);
});

const PLAIN = GUIDE.replace(/<(\w+) \/>/g, '<!--skill-guides:section:$1-->');
const fileURL = pathToFileURL('/project/content/skills/x.mdx');

test('renders Markdown in a worker to exactly what the main thread produces, outline included', async () => {
  const inWorker = await renderInWorkers(createGuideProcessor, here, { workers: 1 }).createRenderer(SHARED);
  const onMain = await createGuideProcessor().createRenderer(SHARED);
  const [a, b] = await Promise.all([inWorker.render(PLAIN, { frontmatter: {}, fileURL }), onMain.render(PLAIN, { frontmatter: {}, fileURL })]);
  assert.equal(a.code, b.code);
  assert.deepEqual(a.metadata, b.metadata);
  assert.deepEqual(a.metadata.frontmatter.placements, [{ name: 'CoreConcepts', afterHeading: 1 }, { name: 'InterviewQuestions', afterHeading: 2 }]);
  assert.match(a.code, /astro-code/);
  assert.match(a.code, /<!--skill-guides:section:CoreConcepts-->/);
});

test('Markdown and MDX jobs share one pool of workers', async () => {
  const processor = renderInWorkers(createGuideProcessor, here, { workers: 1 });
  const [md, mdx] = await Promise.all([processor.createRenderer(SHARED), processor.createMdxRenderer!(SHARED, MDX)]);
  const [a, b] = await Promise.all([md.render(PLAIN, { frontmatter: {} }), mdx.process(GUIDE, '/project/x.mdx', {})]);
  assert.match(a.code, /<h2 id="what-is-it">/);
  assert.match(b.code, /CoreConcepts/);
});

test('reports an MDX syntax error from a worker with its line and column', async () => {
  const renderer = await renderInWorkers(createGuideProcessor, here, { workers: 1 }).createMdxRenderer!(SHARED, MDX);
  await assert.rejects(renderer.process('Fine.\n\n<div>\n\nnever closed\n', '/project/x.mdx', {}), (error: Error & { line?: number }) => {
    assert.match(error.message, /closing tag/);
    // @astrojs/mdx turns `line`, or a `LINE:COL:` message prefix, into the error's location.
    assert.ok(typeof error.line === 'number' || /^\d+:\d+:/.test(error.message), error.message);
    return true;
  });
});

test('falls back to the main thread when a worker cannot load the processor module', async (t) => {
  t.mock.method(console, 'warn', () => {});
  const broken = { url: new URL('./no-such-module.ts', import.meta.url), exportName: 'createGuideProcessor' };
  const renderer = await renderInWorkers(createGuideProcessor, broken, { workers: 1 }).createMdxRenderer!(SHARED, MDX);
  const onMain = await createGuideProcessor().createMdxRenderer!(SHARED, MDX);
  assert.equal((await renderer.process(GUIDE, '/project/x.mdx', {})).code, (await onMain.process(GUIDE, '/project/x.mdx', {})).code);
});

test('stays on the main thread when an integration added a plugin to the processor at runtime', async () => {
  const processor = renderInWorkers(createGuideProcessor, here, { workers: 1 });
  const seen: string[] = [];
  (processor.options as { mdastPlugins: unknown[] }).mdastPlugins.push({ name: 'added-by-integration', heading: () => void seen.push('heading') });
  const renderer = await processor.createMdxRenderer!(SHARED, MDX);
  await renderer.process(GUIDE, '/project/x.mdx', {});
  assert.deepEqual(seen, ['heading', 'heading']);
});

test('finishes the jobs of a worker that exits mid-render on the main thread, MDX and Markdown', async (t) => {
  t.mock.method(console, 'warn', () => {});
  const exiting = { url: new URL('./markdown-workers.fixture.ts', import.meta.url), exportName: 'createProcessorThatExitsInWorkers' };
  const renderer = await renderInWorkers(createProcessorThatExitsInWorkers, exiting, { workers: 1 }).createMdxRenderer!(SHARED, MDX);
  const onMain = await createGuideProcessor().createMdxRenderer!(SHARED, MDX);
  assert.equal((await renderer.process(GUIDE, '/project/x.mdx', {})).code, (await onMain.process(GUIDE, '/project/x.mdx', {})).code);
  const markdown = await renderInWorkers(createProcessorThatExitsInWorkers, exiting, { workers: 1 }).createRenderer(SHARED);
  const markdownOnMain = await createGuideProcessor().createRenderer(SHARED);
  assert.equal((await markdown.render(PLAIN, { frontmatter: {} })).code, (await markdownOnMain.render(PLAIN, { frontmatter: {} })).code);
});
