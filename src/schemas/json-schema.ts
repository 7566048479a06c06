import { z } from 'zod';
import { guideSchema, isoDateSchema } from './guide.ts';
import { taxonomyFileSchema } from './taxonomy.ts';
import { siteSettingsSchema } from './site-settings.ts';
import { API_SCHEMAS } from './api.ts';

/** Committed JSON Schemas, relative to the project root; `npm run schema` regenerates them. */
export const JSON_SCHEMA_FILES = {
  guide: 'src/schemas/guide.schema.json',
  taxonomy: 'src/schemas/taxonomy.schema.json',
  siteSettings: 'src/schemas/site-settings.schema.json',
} as const;

type JsonSchema = Record<string, unknown>;

/**
 * Converts a zod schema for what authors write (`io: 'input'`: defaults make keys optional) to
 * JSON Schema 2020-12. `updated` accepts a Date in zod only because Astro's YAML parser makes one
 * from an unquoted date; in the file it is always text, so the JSON Schema says string + date.
 */
function toJsonSchema(schema: z.ZodType, meta: { title: string; description: string; $id?: string }, io: 'input' | 'output' = 'input'): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def;
      const isDate = def === isoDateSchema._zod.def || def.type === 'date';
      if (!isDate) return;
      const { description } = jsonSchema;
      for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
      Object.assign(jsonSchema, { type: 'string', format: 'date', pattern: String.raw`^\d{4}-\d{2}-\d{2}$` }, description ? { description } : {});
    },
  });
  const { $schema, ...rest } = generated;
  return { $schema, ...meta, ...rest };
}

/** JSON Schema of a guide's frontmatter, generated from the zod schema the build and lint use. */
export function buildGuideJsonSchema(): JsonSchema {
  return toJsonSchema(guideSchema, {
    title: 'Skill guide frontmatter',
    description:
      'Frontmatter of content/skills/<slug>.mdx. Generated from src/schemas/guide.ts by `npm run schema`; do not edit. ' +
      'Cross-file rules (references resolve, unique slugs and FAQ questions, no links to drafts) are checked by `npm run lint:content` only.',
  });
}

/** JSON Schema of `categories.yaml` and `roles.yaml`. */
export function buildTaxonomyJsonSchema(): JsonSchema {
  return toJsonSchema(taxonomyFileSchema, {
    title: 'Skill guide categories or roles',
    description: 'content/categories.yaml or content/roles.yaml. Generated from src/schemas/taxonomy.ts by `npm run schema`; do not edit.',
  });
}

/** JSON Schema of `content/site.yaml`. */
export function buildSiteSettingsJsonSchema(): JsonSchema {
  return toJsonSchema(siteSettingsSchema, {
    title: 'Skill guides site settings',
    description: 'content/site.yaml. Generated from src/schemas/site-settings.ts by `npm run schema`; do not edit. Colour contrast is checked by `npm run lint:content` only.',
  });
}

/**
 * JSON Schema of a public data file (`/api/guides.json`, `/api/questions.json`), as the build
 * publishes it under `/api/schema/<name>.json` with that URL as its `$id`: what the file holds
 * (`io: 'output'`), from the zod schema its endpoint is typed with.
 */
export function buildApiJsonSchema(name: keyof typeof API_SCHEMAS, id: string): JsonSchema {
  const { schema, title, description } = API_SCHEMAS[name];
  return toJsonSchema(schema, { $id: id, title, description }, 'output');
}

/** The exact text of each committed schema file. */
export function renderJsonSchemaFiles(): Record<keyof typeof JSON_SCHEMA_FILES, string> {
  return {
    guide: `${JSON.stringify(buildGuideJsonSchema(), null, 2)}\n`,
    taxonomy: `${JSON.stringify(buildTaxonomyJsonSchema(), null, 2)}\n`,
    siteSettings: `${JSON.stringify(buildSiteSettingsJsonSchema(), null, 2)}\n`,
  };
}
