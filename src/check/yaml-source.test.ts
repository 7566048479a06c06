import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { parseYamlSource, readPlainly } from './yaml-source.ts';

/** What the `yaml` library alone reads from `text`: the oracle both of parseYamlSource's paths must match. */
function oracle(text: string): unknown {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: false });
  if (doc.errors.length > 0) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 50 });
  } catch {
    return undefined;
  }
}

const SCALARS = [
  '12', '+12', '-0', '012', '0o17', '0x1F', '0X1F', '0b101', '-0x1A', '+0o7', '1_000', '1,000', '1:30',
  '1e3', '1E3', '12e03', '1.', '.5', '+.5', '-.5', '1.e5', '0.1e+5', '1e', '.e3', '.', '.inf', '-.Inf', '+.INF', '.NaN', '.nan', 'nan', 'Infinity',
  'true', 'True', 'TRUE', 'tRUE', 'yes', 'on', '~', 'null', 'Null', 'NULL', '', '2026-01-15', '2026-02-30', '2026-01-15T10:00:00Z',
  '"12"', "'true'", '!!str 5', '!!int 5', '!!float 5', '!!bool true', '!!null ""', '!!binary aGk=', '!custom x',
];
const DOCUMENTS = [
  '~: x', 'null: x', '"null": x', '1: x', 'true: x', '[a, b]: x', '[a]: x', '{[a]: x}', '{[a]:x}', 'a:\n  [b, c]: d', '? [a]\n: x', '? {a: 1}\n: x', '- ? a\n  : b',
  '[a,\n b]: x', 'a: "see [ref]: here"', ': x', '"": x', 'a b: x', 'é: x',
  '__proto__: {polluted: 1}', 'constructor: x', 'a: 1\na: 2',
  'a: &x [1]\nb: *x', 'a: &x 1\nb: *x', 'a: R&D, Tom & Jerry, &amp; and a&b', 'a: [&x 1, *x]', '{"a":&x 1, "b": *x}',
  'a: b\n\tc: d', 'a: x\n---\nb: y\n', 'a: x\n...\n', '%YAML 1.2\n---\na: x', 'a: @x', 'a: x: y', 'a: "x" y', "a: 'x",
  'a: |\n  x\n\n  y\n', 'a: >-\n  x\n   y\n  z\n', 'a: "\\x41\\u00e9\\N\\_"', 'a: "multi\n  line"', 'a: plain\n  folded\n\n  para',
  'a: x #c\n#d', 'a: x#y', 'a: {b: c, d}', 'a: [b: c]', '- a\n- b', 'plain', '',
  `a: ${'['.repeat(19)}1${']'.repeat(19)}`,
];

test('parseYamlSource reads every scalar, key and document exactly as the yaml library does', () => {
  for (const text of [...SCALARS.map((scalar) => `a: ${scalar}\n`), ...DOCUMENTS]) {
    const source = parseYamlSource('guide.md', text);
    const expected = oracle(text);
    assert.deepEqual(source.data, expected, JSON.stringify(text));
    // Anything the oracle cannot read, or reads with duplicate keys, is reported.
    if (expected === undefined || text === 'a: 1\na: 2') assert.ok(source.problems.length > 0, JSON.stringify(text));
  }
});

test('documents nested too deeply are a located problem on either path', () => {
  const block = `a:\n${Array.from({ length: 21 }, (_, depth) => `${'  '.repeat(depth + 1)}- `).join('\n')}x`;
  for (const [text, line] of [[`a: ${'['.repeat(20)}1${']'.repeat(20)}`, 1], [block, 21], [`a: ${'['.repeat(5000)}`, 1]] as const) {
    const source = parseYamlSource('guide.md', text);
    assert.equal(source.data, undefined);
    assert.match(source.problems[0]!.message, /nested/);
    assert.equal(source.problems[0]!.line, line);
  }
});

test('parseYamlSource reads the shipped content and every fixture as the yaml library does', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const files: string[] = [];
  const collect = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) collect(file);
      else if (/\.(mdx?|ya?ml)$/.test(entry.name)) files.push(file);
    }
  };
  collect(path.join(root, 'content'));
  collect(path.join(root, 'tests/fixtures'));
  assert.ok(files.length > 50);
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    const yamlText = /\.ya?ml$/.test(file) ? text : /^---[ \t]*\n([\s\S]*?\n)---/.exec(text)?.[1];
    if (yamlText === undefined) continue;
    assert.deepEqual(parseYamlSource(file, yamlText).data, oracle(yamlText), file);
  }
});

test('js-yaml reads plain documents, and leaves to yaml every one it could read differently', () => {
  assert.deepEqual(readPlainly('title: OAuth\nfaq:\n  - question: Why "R&D"?\n    answer: 0x1F\n'), { data: { title: 'OAuth', faq: [{ question: 'Why "R&D"?', answer: 31 }] } });
  assert.deepEqual(readPlainly(''), { data: null });
  for (const text of ['a: &x 1\nb: *x', 'a: 1\na: 2', '~: x', 'null: x', '__proto__: {p: 1}', '[a]: x', '{[a]: x}', '? a\n: b', 'a: !custom x', 'a: x: y', `a: ${'['.repeat(20)}1${']'.repeat(20)}`]) {
    assert.equal(readPlainly(text), undefined, JSON.stringify(text));
  }
});

test('a document read on the fast path still locates its fields', () => {
  const text = 'title: OAuth\nfaq:\n  - question: Why?\n    answer: Because of [this](https://example.com).\n';
  const source = parseYamlSource('guide.md', text, 2);
  assert.deepEqual(source.problems, []);
  assert.deepEqual(source.locate(['faq', 0, 'answer']), { line: 5, column: 13 });
  assert.deepEqual(source.locate(['faq', 0], 'key'), { line: 4, column: 5 });
  assert.deepEqual(source.pathAt(text.indexOf('Why')), ['faq', 0, 'question']);
  assert.deepEqual(source.locateText(['faq', 0, 'answer'], 'https://example.com'), { line: 5, column: 31 });
});
