import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { guideSchema } from '../src/schemas/guide.ts';
import { GENERATED_SECTIONS } from '../src/lib/sections.ts';
import { ROOT } from './helpers/paths.ts';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** First-column code spans of the Markdown table under `heading`. */
function tableKeys(heading: string): string[] {
  const section = readme.split(heading)[1]!.split(/\n##+ /)[0]!;
  return [...section.matchAll(/^\| `<?([A-Za-z]+)(?: \/>)?` \|/gm)].map((match) => match[1]!);
}

test('the README frontmatter reference lists exactly the schema\'s keys, in order', () => {
  assert.deepEqual(tableKeys('### Frontmatter reference'), Object.keys(guideSchema.shape));
});

test('the README lists every generated-section component', () => {
  assert.deepEqual(tableKeys('### Body and generated sections'), GENERATED_SECTIONS.map((section) => section.name));
});

test('.ci/run runs the README\'s test command', () => {
  assert.match(readme, /npm ci && npm test/);
  assert.match(readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8'), /^npm test$/m);
});
