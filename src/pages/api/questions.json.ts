import type { APIRoute } from 'astro';
import { getSiteContent } from '../../data/site.ts';
import { questionsFileText } from '../../data/api.ts';
import { streamText } from '../../lib/text-stream.ts';

/** `/api/questions.json`: every interview question with its stable id (docs/formats.md). */
export const GET: APIRoute = async ({ site }) =>
  new Response(streamText(questionsFileText(await getSiteContent(), site!)), { headers: { 'Content-Type': 'application/json' } });
