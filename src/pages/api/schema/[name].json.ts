import type { APIRoute, GetStaticPaths } from 'astro';
import { API_SCHEMAS } from '../../../schemas/api.ts';
import { buildApiJsonSchema } from '../../../schemas/json-schema.ts';
import { toAbsoluteUrl } from '../../../lib/urls.ts';

export const getStaticPaths = (() => Object.keys(API_SCHEMAS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** `/api/schema/<name>.json`: the JSON Schema of `/api/<name>.json`, generated from its zod schema. */
export const GET: APIRoute = ({ params, site }) => {
  const name = params.name as keyof typeof API_SCHEMAS;
  return Response.json(buildApiJsonSchema(name, toAbsoluteUrl(`/api/schema/${name}.json`, site!)));
};
