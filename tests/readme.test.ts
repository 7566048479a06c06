import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { guideSchema } from '../src/schemas/guide.ts';
import { GENERATED_SECTIONS } from '../src/lib/sections.ts';
import { ROOT } from './helpers/paths.ts';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const readme = read('README.md');
const authoring = read('docs/authoring.md');

/** First-column code spans of the Markdown table under `heading` in `text`. */
function tableKeys(text: string, heading: string): string[] {
  const section = text.split(heading)[1]!.split(/\n##+ /)[0]!;
  return [...section.matchAll(/^\| `<?([A-Za-z]+)(?: \/>)?` \|/gm)].map((match) => match[1]!);
}

test('the authoring guide\'s frontmatter reference lists exactly the schema\'s keys, in order', () => {
  assert.deepEqual(tableKeys(authoring, '## Frontmatter reference'), Object.keys(guideSchema.shape));
});

test('the authoring guide lists every generated-section component', () => {
  assert.deepEqual(tableKeys(authoring, '## Body and generated sections'), GENERATED_SECTIONS.map((section) => section.name));
});

test('the README stays under 12 KB, and every docs/ link in it leads to a file', () => {
  assert.ok(Buffer.byteLength(readme) < 12 * 1024, `README.md is ${Buffer.byteLength(readme)} bytes`);
  const links = [...readme.matchAll(/\]\((docs\/[a-z-]+\.md)(?:#[a-z-]+)?\)/g)].map((match) => match[1]!);
  assert.ok(links.length >= 5);
  for (const link of links) assert.doesNotThrow(() => read(link), link);
});

test('.ci/run runs the README\'s test command', () => {
  assert.match(readme, /npm ci && npm test/);
  assert.match(read('.ci/run'), /^npm test$/m);
});

test('the authoring guide\'s pull-request workflow pins every action to a commit SHA and lints with --format github before building', () => {
  const workflow = authoring.split('### On every pull request')[1]!.split('```yaml\n')[1]!.split('```')[0]!;
  const uses = [...workflow.matchAll(/uses: (\S+)/g)].map((match) => match[1]!);
  assert.deepEqual(uses.map((action) => action.split('@')[0]), ['actions/checkout', 'actions/setup-node']);
  for (const action of uses) assert.match(action, /@[0-9a-f]{40}$/, action);
  const steps = [...workflow.matchAll(/- run: (.+)/g)].map((match) => match[1]!);
  assert.deepEqual(steps, ['npm ci', 'npm run --silent lint:content -- --format github', 'npm run build']);
});
