import type { APIRoute } from 'astro';
import { getSiteContent } from '../../data/site.ts';
import { guidesFileText } from '../../data/api.ts';
import { streamText } from '../../lib/text-stream.ts';

/** `/api/guides.json`: every guide's metadata and section data (docs/formats.md). */
export const GET: APIRoute = async ({ site }) =>
  new Response(streamText(guidesFileText(await getSiteContent(), site!)), { headers: { 'Content-Type': 'application/json' } });
