import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { generateCorpus } from './corpus.ts';
import { convertCorpus, convertGuide, inlineMarkdown, plainText, readGuide, type DocFile, type GuideSource } from './starlight-docs.ts';

// ---- helpers ------------------------------------------------------------------------------------

interface Node {
  type: string;
  value?: string;
  depth?: number;
  children?: Node[];
}

/** Parses a doc the way its extension says (MDX or Markdown with GFM); throws on invalid MDX. */
function parseDoc(doc: DocFile): Node {
  return (doc.path.endsWith('.mdx') ? mdxToMdast(doc.text) : markdownToMdast(doc.text)) as MdastNode as unknown as Node;
}

function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function findAll(node: Node, type: string, found: Node[] = []): Node[] {
  if (node.type === type) found.push(node);
  for (const child of node.children ?? []) findAll(child, type, found);
  return found;
}

function frontmatterOf(doc: DocFile): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(doc.text);
  assert.ok(match, `${doc.path}: starts with a frontmatter block`);
  return parseYaml(match[1]!) as Record<string, unknown>;
}

/** h2 texts of a doc, in order. */
const h2s = (tree: Node) => findAll(tree, 'heading').filter((heading) => heading.depth === 2).map(textOf);

const corpus = generateCorpus({ count: 60, seed: 11 });
const docs = convertCorpus(corpus);
const guides = corpus.files.filter((file) => file.path.startsWith('skills/')).map(readGuide);
const docFor = (slug: string) => docs.find((doc) => doc.path === `src/content/docs/skills/${slug}.md` || doc.path === `src/content/docs/skills/${slug}.mdx`)!;

/** A hand-made guide for edge cases; `convertGuide` needs no corpus. */
function guide(overrides: Partial<GuideSource>): GuideSource {
  return {
    slug: 'edge-case',
    mdx: false,
    title: 'Edge case',
    description: 'A guide that exercises the corners of the conversion to Starlight docs.',
    category: 'security',
    draft: false,
    concepts: [{ term: 'Term one', summary: 'Summary one.' }],
    interviewQuestions: [{ question: 'Why is the sky blue?', whyAsked: 'Checks physics.', strongAnswer: 'Rayleigh scattering.', difficulty: 'easy' }],
    faq: [{ question: 'Is it blue?', answer: 'Mostly.' }],
    exampleProjects: [{ project: 'Sky lab', scope: 'Measure it.', signal: 'Curiosity.', level: 'mid' }],
    relatedSkills: [],
    body: '## Intro\n\nSome text.\n',
    ...overrides,
  };
}

// ---- the generated corpus ----------------------------------------------------------------------

test('conversion is deterministic: the same corpus gives byte-identical docs', () => {
  assert.deepEqual(convertCorpus(generateCorpus({ count: 60, seed: 11 })), docs);
});

test('one doc per guide, at skills/<slug> with the guide\'s own extension, plus the splash index', () => {
  assert.equal(docs.length, guides.length + 1);
  for (const source of guides) assert.ok(docFor(source.slug), `doc for ${source.slug}`);
  assert.ok(guides.some((source) => source.mdx), 'the corpus has .mdx guides');
  for (const source of guides) assert.equal(docFor(source.slug).path.endsWith('.mdx'), source.mdx);
});

test('every doc has valid Starlight frontmatter: title and description strings for guides, a splash template for the index', () => {
  for (const source of guides) {
    const data = frontmatterOf(docFor(source.slug));
    assert.deepEqual(Object.keys(data), ['title', 'description']);
    assert.equal(data.title, source.title);
    assert.equal(data.description, source.description);
  }
  const index = docs.find((doc) => doc.path === 'src/content/docs/index.md')!;
  const data = frontmatterOf(index) as { title: string; template: string; hero: { tagline: string; actions: { text: string; link: string }[] } };
  assert.equal(data.title, 'Skill guides');
  assert.equal(data.template, 'splash');
  assert.equal(typeof data.hero.tagline, 'string');
  assert.equal(data.hero.actions[0]!.link, `/skills/${guides[0]!.slug}/`);
});

test('every doc parses (MDX docs as MDX) and keeps the MDX guides\' exports and expressions', () => {
  for (const doc of docs) {
    const tree = parseDoc(doc);
    if (doc.path.endsWith('.mdx')) {
      assert.ok(findAll(tree, 'mdxjsEsm').some((node) => node.value?.startsWith('export const checks')), `${doc.path} keeps its export`);
      assert.ok(findAll(tree, 'mdxTextExpression').some((node) => node.value === 'checks.length'), `${doc.path} keeps its expressions`);
      assert.deepEqual(findAll(tree, 'mdxJsxFlowElement'), [], `${doc.path} has no section components left`);
    }
  }
});

test('every concept, interview question, FAQ item and example project is in the doc, word for word', () => {
  for (const source of guides) {
    const doc = docFor(source.slug);
    const texts = [
      ...source.concepts.flatMap((item) => [item.term, item.summary]),
      ...source.interviewQuestions.flatMap((item) => [item.question, item.whyAsked, item.strongAnswer]),
      ...source.faq.flatMap((item) => [item.question, item.answer]),
      ...source.exampleProjects.flatMap((item) => [item.project, item.scope, item.signal]),
    ];
    for (const text of texts) assert.ok(doc.text.includes(text), `${source.slug}: "${text.slice(0, 60)}…" is in the doc`);
  }
});

test('generated sections have the shape our page shows: concept list, 4-column tables, one h3 per FAQ question, related links', () => {
  for (const source of guides) {
    const tree = parseDoc(docFor(source.slug));
    const tables = findAll(tree, 'table');
    const questions = tables.find((table) => textOf(table.children![0]!.children![0]!) === 'Question')!;
    assert.deepEqual(questions.children![0]!.children!.map(textOf), ['Question', 'Why asked', 'Strong answer', 'Difficulty']);
    assert.equal(questions.children!.length, source.interviewQuestions.length + 1);
    for (const row of questions.children!) assert.equal(row.children!.length, 4);
    assert.deepEqual(questions.children!.slice(1).map((row) => textOf(row.children![3]!)), source.interviewQuestions.map((item) => ({ easy: 'Easy', medium: 'Medium', hard: 'Hard' })[item.difficulty]));
    const projects = tables.find((table) => textOf(table.children![0]!.children![0]!) === 'Project')!;
    assert.deepEqual(projects.children![0]!.children!.map(textOf), ['Project', 'Scope', 'Signal', 'Level']);
    assert.equal(projects.children!.length, source.exampleProjects.length + 1);
    const h3s = findAll(tree, 'heading').filter((heading) => heading.depth === 3).map(textOf);
    for (const item of source.faq) assert.ok(h3s.includes(item.question), `${source.slug}: FAQ heading "${item.question}"`);
    const concepts = findAll(tree, 'list').find((list) => textOf(list).startsWith(source.concepts[0]!.term))!;
    assert.equal(concepts.children!.length, source.concepts.length);
    const links = findAll(tree, 'link') as (Node & { url: string })[];
    for (const slug of source.relatedSkills) assert.ok(links.some((link) => link.url === `/skills/${slug}/`), `${source.slug}: links related ${slug}`);
  }
});

test('sections go where the guide places them, the others after the body in our default order', () => {
  for (const source of guides) {
    const headings = h2s(parseDoc(docFor(source.slug)));
    const generated = headings.filter((text) => ['Core concepts', 'Interview questions', 'Example projects', 'FAQ', 'Related skills'].includes(text));
    assert.equal(new Set(generated).size, generated.length, `${source.slug}: each section once`);
    if (source.body.includes('<CoreConcepts />')) {
      assert.equal(headings[headings.indexOf('Core concepts') - 1], 'Why companies use it');
      assert.equal(headings[headings.indexOf('Interview questions') - 1], 'System design considerations');
      assert.equal(headings[headings.indexOf('Example projects') - 1], 'Resume tips');
      assert.deepEqual(headings.slice(-2), ['FAQ', 'Related skills']);
    } else {
      assert.deepEqual(headings.slice(-5), ['Core concepts', 'Interview questions', 'Example projects', 'FAQ', 'Related skills']);
    }
  }
});

test('the body is kept as written around the sections', () => {
  for (const source of guides) {
    const doc = docFor(source.slug);
    let from = 0;
    for (const chunk of source.body.split(/^<[A-Za-z]+ \/>$/m).map((part) => part.trim())) {
      const at = doc.text.indexOf(chunk, from);
      assert.ok(at >= 0, `${source.slug}: body chunk "${chunk.slice(0, 40)}…" in order`);
      from = at + chunk.length;
    }
  }
});

// ---- edge cases --------------------------------------------------------------------------------

test('table cells escape | (in code spans too) and MDX docs escape { } <, so fields stay text', () => {
  const doc = convertGuide(
    guide({
      mdx: true,
      interviewQuestions: [{ question: 'Is a | b the same as {b}?', whyAsked: 'Pipes `a | b` and {braces}.', strongAnswer: 'Raw <b>html</b> stays text.', difficulty: 'hard' }],
      concepts: [{ term: 'Braces {x}', summary: 'Uses {x} and `{y}` and <https://example.com/x>.' }],
    }),
    new Map(),
  );
  const tree = parseDoc(doc);
  assert.deepEqual(findAll(tree, 'mdxTextExpression'), []);
  assert.deepEqual(findAll(tree, 'mdxJsxTextElement'), []);
  const table = findAll(tree, 'table')[0]!;
  const row = table.children![1]!;
  assert.deepEqual(row.children!.map(textOf), ['Is a | b the same as {b}?', 'Pipes a | b and {braces}.', 'Raw <b>html</b> stays text.', 'Hard']);
  const concept = findAll(tree, 'listItem')[0]!;
  assert.equal(textOf(concept), 'Braces {x} — Uses {x} and {y} and https://example.com/x.');
  assert.ok((findAll(tree, 'link') as (Node & { url: string })[]).some((link) => link.url === 'https://example.com/x'), 'an autolink stays a link in MDX');
});

test('Markdown docs show raw HTML in fields as text, as our page does', () => {
  const tree = parseDoc(convertGuide(guide({ faq: [{ question: 'Is <script> safe?', answer: 'Never <script>alert(1)</script> but `<b>` and <https://example.com/>.' }] }), new Map()));
  assert.deepEqual(findAll(tree, 'html'), []);
  const faq = findAll(tree, 'heading').find((heading) => heading.depth === 3)!;
  assert.equal(textOf(faq), 'Is <script> safe?');
  assert.ok((findAll(tree, 'link') as (Node & { url: string })[]).some((link) => link.url === 'https://example.com/'));
});

test('a placement inside a code block is code, not a section', () => {
  const doc = convertGuide(guide({ body: '## Intro\n\n```mdx\n<CoreConcepts />\n```\n\n<Faq />\n\n## After\n' }), new Map());
  assert.ok(doc.text.includes('```mdx\n<CoreConcepts />\n```'));
  assert.deepEqual(h2s(parseDoc(doc)), ['Intro', 'FAQ', 'After', 'Core concepts', 'Interview questions', 'Example projects']);
});

test('sections our page hides are left out; missing and draft related guides are not linked', () => {
  const draft = guide({ slug: 'draft-one', title: 'Draft one', draft: true });
  const live = guide({ slug: 'live-one', title: 'Live one' });
  const bySlug = new Map([draft, live].map((entry) => [entry.slug, entry]));
  const empty = convertGuide(guide({ exampleProjects: [], interviewQuestions: [], relatedSkills: ['draft-one', 'missing'] }), bySlug);
  assert.deepEqual(h2s(parseDoc(empty)), ['Intro', 'Core concepts', 'Interview questions', 'FAQ']);
  assert.ok(empty.text.includes('No interview questions for this skill yet.'));
  const linked = convertGuide(guide({ relatedSkills: ['draft-one', 'live-one', 'missing'], body: 'Text.\n\n<RelatedRoles />\n' }), bySlug);
  assert.ok(linked.text.includes('- [Live one](/skills/live-one/) — A guide that exercises'));
  assert.ok(!linked.text.includes('draft-one') && !linked.text.includes('<RelatedRoles'));
});

test('drafts get no doc, no index entry and no related-skills link (body links stay as written)', () => {
  const withDraft = generateCorpus({ count: 5, seed: 3 });
  const file = withDraft.files.find((entry) => entry.path.startsWith('skills/'))!;
  file.text = file.text.replace('\n---\n', '\ndraft: true\n---\n');
  const converted = convertCorpus(withDraft);
  const slug = /^skills\/(.+)\.mdx?$/.exec(file.path)![1]!;
  assert.ok(withDraft.files.filter((entry) => entry.path.startsWith('skills/')).map(readGuide).some((entry) => entry.relatedSkills.includes(slug)), 'some guide relates the draft');
  assert.equal(converted.length, 5);
  assert.ok(converted.every((doc) => !doc.path.includes(slug)));
  assert.ok(!converted[0]!.text.includes(`](/skills/${slug}/)`), 'index');
  for (const doc of converted) assert.ok(!(doc.text.split('## Related skills')[1] ?? '').includes(`](/skills/${slug}/)`), doc.path);
});

test('inline and plain-text escaping, by example', () => {
  const cases: [string, string, string][] = [
    ['inline md', inlineMarkdown('a <b> `<c>` {d}', { mdx: false }), 'a \\<b> `<c>` {d}'],
    ['inline mdx', inlineMarkdown('a <b> `<c>` {d}', { mdx: true }), 'a \\<b> `<c>` \\{d\\}'],
    ['inline cell', inlineMarkdown('a | `b | c`', { mdx: false, cell: true }), 'a \\| `b \\| c`'],
    ['line breaks', inlineMarkdown('one\n  two', { mdx: false }), 'one two'],
    ['plain', plainText('C# *really* [x] | y'), 'C\\# \\*really\\* \\[x\\] \\| y'],
  ];
  for (const [name, got, want] of cases) assert.equal(got, want, name);
});
