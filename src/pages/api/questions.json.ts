import type { APIRoute } from 'astro';
import { getSiteContent } from '../../data/site.ts';
import { buildQuestionsFile } from '../../data/api.ts';

/** `/api/questions.json`: every interview question with its stable id (docs/formats.md). */
export const GET: APIRoute = async ({ site }) => Response.json(buildQuestionsFile(await getSiteContent(), site!));
