import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ankiTsv, type AnkiNote } from './anki.ts';

const buildAnkiTsv = (notes: AnkiNote[]) => [...ankiTsv(notes)].join('');

const note = { guid: 'iam/least-privilege', question: 'What is least privilege?', whyAskedHtml: 'Basics.', strongAnswerHtml: 'Grant <code>only</code> what is needed.', tags: ['iam', 'difficulty::easy'] };

test('the Anki file starts with the headers Anki reads, then one note per line in four tab-separated columns', () => {
  const lines = buildAnkiTsv([note]).split('\n');
  assert.deepEqual(lines.slice(0, 6), ['#separator:tab', '#html:true', '#notetype:Basic', '#columns:GUID\tFront\tBack\tTags', '#guid column:1', '#tags column:4']);
  assert.deepEqual(lines[6]!.split('\t'), ['iam/least-privilege', 'What is least privilege?', '<b>Why asked:</b> Basics.<br><br><b>Strong answer:</b> Grant <code>only</code> what is needed.', 'iam difficulty::easy']);
  assert.equal(lines[7], '');
});

test('tabs and line breaks never split a field, HTML in the question is text, and no field starts a formula or a quoted field', () => {
  const hostile = { ...note, question: '=HYPERLINK("x")\t<script>', whyAskedHtml: 'one\ttwo\r\nthree', strongAnswerHtml: '@SUM(1)\n' };
  const [row] = buildAnkiTsv([hostile, { ...note, question: '+1', guid: '-x' }, { ...note, question: '"quoted" start' }]).split('\n').slice(6);
  const fields = row!.split('\t');
  assert.equal(fields.length, 4);
  assert.equal(fields[1], '&#61;HYPERLINK(&quot;x&quot;) &lt;script&gt;');
  assert.equal(fields[2], '<b>Why asked:</b> one two three<br><br><b>Strong answer:</b> @SUM(1)');
  const all = buildAnkiTsv([{ ...note, question: '+1', guid: '-x' }, { ...note, question: '"quoted" start' }, { ...note, question: '@me' }]).split('\n').slice(6, 9).flatMap((line) => line.split('\t'));
  for (const field of all) assert.doesNotMatch(field, /^[=+\-@"]/, field);
  assert.ok(all.includes('&#43;1') && all.includes('&#45;x') && all.includes('&quot;quoted&quot; start') && all.includes('&#64;me'));
});
