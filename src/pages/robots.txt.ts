import type { APIRoute } from 'astro';
import { toAbsoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${toAbsoluteUrl('/sitemap-index.xml', site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
