import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { SECTION_COMPONENTS } from '../components/guide/section-components.ts';
import type { Guide, SiteContent } from './site.ts';
import { buildGuideView } from './guide-view.ts';
import { loadGuideSource } from './guide-content.ts';
import { buildGuideMarkdown } from '../lib/guide-markdown.ts';
import { getGuideMarkdownPath, getGuidePath, getRolePath, toAbsoluteUrl } from '../lib/urls.ts';

let container: Promise<experimental_AstroContainer> | undefined;

/**
 * Astro's Container API (documented, experimental), with the MDX renderer: it renders a `.mdx`
 * guide's body outside a page, to HTML that becomes Markdown. Made once per build, on the first
 * `.mdx` guide.
 */
function getContainer(): Promise<experimental_AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => experimental_AstroContainer.create({ renderers }));
  return container;
}

/**
 * A guide as Markdown (src/lib/guide-markdown.ts). A `.md` guide's body is its Markdown as written,
 * with the generated sections written in where the author placed them; a `.mdx` guide's body is
 * rendered (components, expressions and placed sections included) and its HTML converted.
 */
export async function loadGuideMarkdown(guide: Guide, content: SiteContent, site: URL): Promise<string> {
  const source = await loadGuideSource(guide);
  const view = buildGuideView(guide, source.data, content);
  let body: Parameters<typeof buildGuideMarkdown>[0]['body'];
  if (source.markdown !== undefined) {
    body = { markdown: source.markdown, placements: source.placements };
  } else {
    const html = await (await getContainer()).renderToString(source.Content!, { props: { components: SECTION_COMPONENTS }, locals: { guideView: view } });
    body = { html, placements: source.placements };
  }
  return buildGuideMarkdown({
    data: source.data,
    url: toAbsoluteUrl(getGuidePath(guide.slug), site),
    categoryName: guide.category.name,
    body,
    present: view.present,
    relatedGuides: view.relatedGuides.map((related) => ({ title: related.data.title, description: related.data.description, url: toAbsoluteUrl(getGuideMarkdownPath(related.slug), site) })),
    roles: guide.roles.map((role) => ({ name: role.name, url: toAbsoluteUrl(getRolePath(role.id), site) })),
  });
}
