import type { APIRoute } from 'astro';
import { getSiteContent } from '../data/site.ts';
import { buildLlmsTxt } from '../lib/llms-txt.ts';
import { getGuideMarkdownPath, toAbsoluteUrl } from '../lib/urls.ts';

/** `/llms.txt` (llmstxt.org): the site, then its guides by category, linking to their Markdown. */
export const GET: APIRoute = async ({ site }) => {
  const content = await getSiteContent();
  const url = (path: string) => toAbsoluteUrl(path, site!);
  const text = buildLlmsTxt({
    name: content.settings.name,
    description: content.settings.description,
    sections: content.categories.map((category) => ({
      name: category.name,
      guides: (content.guidesByCategory.get(category.id) ?? []).map((guide) => ({ title: guide.data.title, description: guide.data.description, markdownUrl: url(getGuideMarkdownPath(guide.slug)) })),
    })),
    optional: [
      { title: 'Every guide in one file', url: url('/llms-full.txt'), description: 'The Markdown of every guide above, one after another.' },
      { title: 'Guides as JSON', url: url('/api/guides.json'), description: 'Each guide\'s metadata and section data (schema: /api/schema/guides.json).' },
      { title: 'Interview questions as JSON', url: url('/api/questions.json'), description: 'Every interview question with its stable id, guide, difficulty and answers as plain text (schema: /api/schema/questions.json).' },
      { title: 'Interview questions for Anki', url: url('/api/questions.tsv'), description: 'The same questions as a tab-separated file that Anki imports directly.' },
    ],
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
