import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '../../data/site.ts';
import { loadGuideMarkdown } from '../../data/guide-markdown.ts';

export const getStaticPaths = (async () => {
  const site = await getSiteContent();
  return site.guides.map((guide) => ({ params: { slug: guide.slug } }));
}) satisfies GetStaticPaths;

/** `/skills/<slug>.md`: the guide as Markdown, for coding assistants and other readers of text. */
export const GET: APIRoute = async ({ params, site }) => {
  const content = await getSiteContent();
  const guide = content.guideBySlug.get(params.slug!)!;
  return new Response(await loadGuideMarkdown(guide, content, site!), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
