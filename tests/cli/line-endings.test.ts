import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContentRoot, displayPath } from '../../src/check/read.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { ROOT } from '../helpers/paths.ts';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'lint');

/** Text files of a content root saved as Windows does: CRLF line ends, a byte-order mark, or both. */
const STYLES: Record<string, (text: string) => string> = {
  CRLF: (text) => text.replace(/\n/g, '\r\n'),
  BOM: (text) => `\uFEFF${text}`,
  'CRLF and BOM': (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`,
};

function convert(root: string, style: (text: string) => string): void {
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(md|mdx|yaml)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = readFileSync(file);
    // Files that are not UTF-8 on purpose stay as they are.
    if (!Buffer.from(bytes.toString('utf8')).equals(bytes)) continue;
    writeFileSync(file, style(bytes.toString('utf8')));
  }
}

/** The problems of a content root, with the root's path (in locations and messages) written `<root>`. */
const lines = async (root: string) => (await checkContentRoot(root)).problems.map((problem) => formatProblem(problem).replaceAll(displayPath(root), '<root>'));

test('every lint fixture, saved with CRLF, a BOM or both, gives exactly the problems of its LF twin, at the same places', async () => {
  const fixtures = readdirSync(FIXTURES);
  assert.ok(fixtures.length > 30);
  for (const name of fixtures) {
    const expected = await lines(path.join(FIXTURES, name));
    for (const [style, change] of Object.entries(STYLES)) {
      const root = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-eol-'));
      try {
        cpSync(path.join(FIXTURES, name), root, { recursive: true });
        convert(root, change);
        assert.deepEqual(await lines(root), expected, `${name} with ${style}`);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  }
});
