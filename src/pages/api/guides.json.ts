import type { APIRoute } from 'astro';
import { getSiteContent } from '../../data/site.ts';
import { buildGuidesFile } from '../../data/api.ts';

/** `/api/guides.json`: every guide's metadata and section data (docs/formats.md). */
export const GET: APIRoute = async ({ site }) => Response.json(buildGuidesFile(await getSiteContent(), site!));
