import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { JSON_SCHEMA_FILES, renderJsonSchemaFiles } from '../schemas/json-schema.ts';

const USAGE = `Usage: npm run schema [-- --check]

Writes the JSON Schemas generated from the zod schemas, for editors and other tools:
  ${JSON_SCHEMA_FILES.guide}      guide frontmatter (content/skills/*.mdx)
  ${JSON_SCHEMA_FILES.taxonomy}   content/categories.yaml and content/roles.yaml
  ${JSON_SCHEMA_FILES.siteSettings}   content/site.yaml

Options:
  --check     write nothing; exit 1 if a committed file differs from a fresh generation
  -h, --help  show this help`;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } }));
  } catch (error) {
    process.stderr.write(`schema: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const fresh = renderJsonSchemaFiles();
  let stale = 0;
  for (const key of Object.keys(JSON_SCHEMA_FILES) as (keyof typeof JSON_SCHEMA_FILES)[]) {
    const file = JSON_SCHEMA_FILES[key];
    const target = path.join(ROOT, file);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current === fresh[key]) continue;
    if (values.check) {
      process.stderr.write(`schema: ${file} is out of date; run npm run schema\n`);
      stale++;
    } else {
      writeFileSync(target, fresh[key]);
      process.stdout.write(`schema: wrote ${file}\n`);
    }
  }
  return stale > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
