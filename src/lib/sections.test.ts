import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildToc, type SectionName } from './sections.ts';

const headings = [
  { depth: 2, slug: 'what-is-x', text: 'What is X?' },
  { depth: 3, slug: 'detail', text: 'Detail' },
  { depth: 4, slug: 'deep', text: 'Deep' },
  { depth: 2, slug: 'architecture', text: 'Architecture' },
];
const all = new Set<SectionName>(['CoreConcepts', 'InterviewQuestions', 'ExampleProjects', 'Faq', 'RelatedSkills', 'RelatedRoles']);

test('buildToc appends unplaced sections after the body in default order and skips h4+', () => {
  assert.deepEqual(buildToc(headings, [], new Set(['CoreConcepts', 'Faq'])).map((entry) => entry.id), ['what-is-x', 'detail', 'architecture', 'core-concepts', 'faq']);
});

test('buildToc puts a placed section after the heading it follows in the body', () => {
  const toc = buildToc(headings, [{ name: 'CoreConcepts', afterHeading: 1 }, { name: 'Faq', afterHeading: 0 }], all);
  assert.deepEqual(toc.map((entry) => entry.id), ['faq', 'what-is-x', 'core-concepts', 'detail', 'architecture', 'interview-questions', 'example-projects', 'related-skills', 'related-roles']);
  assert.deepEqual(toc[2], { depth: 2, id: 'core-concepts', text: 'Core concepts' });
});

test('buildToc leaves out sections with nothing to show, placed or not', () => {
  const toc = buildToc(headings, [{ name: 'ExampleProjects', afterHeading: 4 }], new Set(['CoreConcepts']));
  assert.deepEqual(toc.map((entry) => entry.id), ['what-is-x', 'detail', 'architecture', 'core-concepts']);
});
