import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AstroPrerenderer } from 'astro';
import { streamPages } from './pagefind.ts';

const page = (body: string, status = 200, type = 'text/html') => new Response(body, { status, headers: { 'content-type': type } });

function fakePrerenderer(responses: Record<string, Response>): AstroPrerenderer {
  return {
    name: 'fake',
    getStaticPaths: async () => [],
    render: async (request) => responses[new URL(request.url).pathname]!,
  };
}

test('hands every rendered HTML page to the index, 404 included, and leaves the response readable', async () => {
  const added: [string, string][] = [];
  const sink = { add: (url: string, html: Promise<string>) => void html.then((text) => added.push([url, text])) };
  const base = fakePrerenderer({ '/skills/jwt/': page('<h1>JWT</h1>'), '/404.html': page('<h1>Not found</h1>', 404), '/rss.xml': page('<rss/>', 200, 'application/xml') });
  const wrapped = streamPages(sink, base);
  const bodies: string[] = [];
  for (const path of ['/skills/jwt/', '/404.html', '/rss.xml']) {
    const result = await wrapped.render(new Request(`https://example.com${path}`), { routeData: {} as never });
    bodies.push(await (result instanceof Response ? result : result.response).text());
  }
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(bodies, ['<h1>JWT</h1>', '<h1>Not found</h1>', '<rss/>']);
  assert.deepEqual(added.sort(), [['/404.html', '<h1>Not found</h1>'], ['/skills/jwt/', '<h1>JWT</h1>']]);
});

test('passes the other prerenderer steps through to Astro\'s own', async () => {
  const calls: string[] = [];
  const base: AstroPrerenderer = {
    name: 'astro:default',
    setup: async () => void calls.push('setup'),
    getStaticPaths: async () => (calls.push('paths'), []),
    render: async () => page(''),
    teardown: async () => void calls.push('teardown'),
  };
  const wrapped = streamPages({ add: () => {} }, base);
  await wrapped.setup!();
  await wrapped.getStaticPaths();
  await wrapped.teardown!();
  assert.deepEqual(calls, ['setup', 'paths', 'teardown']);
  assert.equal(wrapped.collectStaticImages, undefined);
});
