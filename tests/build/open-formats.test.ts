import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { load } from 'cheerio';
import { markdownToHtml } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';
import { loadPage, textOf } from '../helpers/dist.ts';
import { checkContentRoot } from '../../src/check/read.ts';
import { guidesFileSchema, questionsFileSchema } from '../../src/schemas/api.ts';
import { markdownToPlainText } from '../../src/lib/markdown.ts';
import { questionIdOf } from '../../src/lib/question-ids.ts';
import { isCalendarDate } from '../../src/lib/dates.ts';

const SITE = 'https://skill-guides.example.com';
const report = await checkContentRoot(path.join(ROOT, 'content'));
const published = report.guides.filter((guide) => !guide.data.draft).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
const read = (file: string) => readFileSync(path.join(SITE_DIST, file), 'utf8');
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A Markdown twin as a reader's Markdown renderer sees it: YAML header and HTML (Sätteri, CommonMark + GFM). */
function readTwin(slug: string) {
  const [, header, content] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(read(`skills/${slug}.md`)) ?? assert.fail(`skills/${slug}.md has no YAML header`);
  return { header: parseYaml(header!, { schema: 'core' }) as Record<string, unknown>, $: load(markdownToHtml(content!).html) };
}

/** The text of the blocks after heading `h` up to the next heading of its level or higher. */
function sectionAfter($: ReturnType<typeof load>, heading: string, level: 2 | 3) {
  const start = $(`h${level}`).filter((_, element) => $(element).text() === heading).first();
  assert.equal(start.length, 1, `no h${level} "${heading}"`);
  return start.nextUntil(level === 2 ? 'h1, h2' : 'h1, h2, h3');
}

for (const guide of published) {
  const { slug, data } = guide;

  test(`/skills/${slug}.md has a YAML header, and the guide page links it as its Markdown alternate`, () => {
    const { header } = readTwin(slug);
    const category = report.categories.find((each) => each.id === data.category)!.name;
    assert.deepEqual(header, { title: data.title, description: data.description, category, updated: data.updated, canonical: `${SITE}/skills/${slug}/` });
    assert.equal(loadPage(SITE_DIST, `/skills/${slug}/`)('link[rel="alternate"][type="text/markdown"]').attr('href'), `/skills/${slug}.md`);
  });

  test(`/skills/${slug}.md has the page's outline and no component tags, and holds exactly the frontmatter's questions and answers in order`, () => {
    const { $ } = readTwin(slug);
    const page = loadPage(SITE_DIST, `/skills/${slug}/`);
    const outline = (doc: ReturnType<typeof load>, scope: string) =>
      doc(`${scope} h2, ${scope} h3`).toArray().filter((heading) => doc(heading).closest('.card').length === 0).map((heading) => `${doc(heading).prop("tagName")!.toLowerCase()} ${normalise(doc(heading).text())}`);
    // The twin gives each interview question and FAQ item an h3; the page shows them in a table and an accordion.
    const itemHeadings = new Set([...data.faq.map((item) => `h3 ${item.question}`), ...data.interviewQuestions.map((question) => `h3 ${question.question}`)]);
    assert.deepEqual(outline($, ':root').filter((entry) => !itemHeadings.has(entry)), outline(page, '.guide-body'));
    assert.equal(textOf($, 'h1'), data.title);
    assert.doesNotMatch(read(`skills/${slug}.md`), /<(CoreConcepts|InterviewQuestions|ExampleProjects|Faq|RelatedSkills|RelatedRoles)\b/);

    const questions = sectionAfter($, 'Interview questions', 2).filter('h3').toArray().map((h) => $(h).text());
    assert.deepEqual(questions, data.interviewQuestions.map((question) => question.question));
    data.interviewQuestions.forEach((question) => {
      const items = sectionAfter($, question.question, 3).find('li').toArray().map((li) => normalise($(li).text()));
      assert.deepEqual(items, [
        `Difficulty: ${question.difficulty[0]!.toUpperCase()}${question.difficulty.slice(1)}`,
        `Why asked: ${markdownToPlainText(question.whyAsked)}`,
        `Strong answer: ${markdownToPlainText(question.strongAnswer)}`,
      ]);
    });
    assert.deepEqual(
      data.faq.map((item) => normalise(sectionAfter($, item.question, 3).text())),
      data.faq.map((item) => markdownToPlainText(item.answer)),
    );
    const concepts = sectionAfter($, 'Core concepts', 2).find('li').toArray().map((li) => normalise($(li).text()));
    assert.deepEqual(concepts, data.concepts.map((concept) => `${concept.term}: ${markdownToPlainText(concept.summary)}`));
    const rows = sectionAfter($, 'Example projects', 2).find('tbody tr').toArray().map((row) => $(row).children().toArray().map((cell) => normalise($(cell).text())));
    assert.deepEqual(rows, data.exampleProjects.map((project) => [project.project, markdownToPlainText(project.scope), markdownToPlainText(project.signal), project.level[0]!.toUpperCase() + project.level.slice(1)]));
  });
}

test('llms.txt follows llmstxt.org: the site, then every published guide once under its category, linking to its Markdown', () => {
  const text = read('llms.txt');
  const lines = text.split('\n');
  assert.equal(lines[0], '# Skill guides');
  assert.match(lines[2]!, /^> \S/);
  const links = [...text.matchAll(/^- \[([^\]]+)\]\(([^)]+)\): (.+)$/gm)];
  const guideLinks = links.filter((match) => match[2]!.endsWith('.md'));
  assert.deepEqual(guideLinks.map((match) => match[2]).sort(), published.map((guide) => `${SITE}/skills/${guide.slug}.md`).sort());
  for (const [, title, url, description] of guideLinks) {
    const guide = published.find((each) => `${SITE}/skills/${each.slug}.md` === url)!;
    assert.equal(title, guide.data.title);
    assert.equal(description, guide.data.description);
    assert.ok(existsSync(path.join(SITE_DIST, new URL(url!).pathname)), url);
  }
  const sections = text.split(/^## /m).slice(1).map((section) => section.split('\n')[0]);
  assert.deepEqual(sections, [...report.categories.map((category) => category.name).sort((a, b) => text.indexOf(`## ${a}`) - text.indexOf(`## ${b}`)), 'Optional']);
  for (const match of links.filter((each) => !each[2]!.endsWith('.md'))) assert.ok(existsSync(path.join(SITE_DIST, new URL(match[2]!).pathname)), match[2]);
});

test('llms-full.txt holds the Markdown of every guide, in the order llms.txt lists them', () => {
  const full = read('llms-full.txt');
  const order = [...read('llms.txt').matchAll(/\(https:[^)]+\/skills\/([a-z0-9-]+)\.md\)/g)].map((match) => match[1]!);
  assert.ok(full.startsWith('# Skill guides\n\n> '));
  let from = 0;
  for (const slug of order) {
    const at = full.indexOf(read(`skills/${slug}.md`), from);
    assert.ok(at >= from, `${slug} missing or out of order`);
    from = at + 1;
  }
});

// An independent validator for the published JSON Schemas.
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('date', isCalendarDate);
ajv.addFormat('uri', (value: string) => URL.canParse(value));
const readJson = (file: string) => JSON.parse(read(file));

test('the JSON files validate against the JSON Schemas the build publishes, and against the zod schemas they come from', () => {
  for (const [name, schema] of [['guides', guidesFileSchema], ['questions', questionsFileSchema]] as const) {
    const published = readJson(`api/schema/${name}.json`);
    assert.equal(published.$id, `${SITE}/api/schema/${name}.json`);
    const file = readJson(`api/${name}.json`);
    assert.equal(file.$schema, published.$id);
    const validate = ajv.compile(published);
    assert.equal(validate(file), true, JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(schema.safeParse(file).success, true, name);
    assert.equal(validate({ ...file, extra: 1 }), false, `${name}: the schema rejects an unknown key`);
  }
});

test('/api/guides.json holds every published guide with its metadata and section data as written', () => {
  const { guides } = readJson('api/guides.json');
  assert.deepEqual(guides.map((guide: any) => guide.slug), published.map((guide) => guide.slug));
  for (const { slug, data } of published) {
    const entry = guides.find((guide: any) => guide.slug === slug);
    assert.equal(entry.url, `${SITE}/skills/${slug}/`);
    assert.equal(entry.markdownUrl, `${SITE}/skills/${slug}.md`);
    assert.deepEqual([entry.title, entry.description, entry.category.id, entry.updated], [data.title, data.description, data.category, data.updated]);
    assert.deepEqual(entry.concepts, data.concepts);
    assert.deepEqual(entry.faq, data.faq);
    assert.deepEqual(entry.exampleProjects, data.exampleProjects);
    assert.deepEqual(entry.interviewQuestions, data.interviewQuestions.map((question) => ({ ...question, id: questionIdOf(question) })));
    assert.deepEqual(entry.relatedSkills.map((related: any) => related.slug), data.relatedSkills);
  }
});

test('/api/questions.json holds exactly every guide\'s questions, in the guide\'s order, with stable ids and plain-text answers', () => {
  const { questions } = readJson('api/questions.json');
  const expected = published.flatMap(({ slug, data }) =>
    data.interviewQuestions.map((question) => ({ id: `${slug}/${questionIdOf(question)}`, guide: slug, difficulty: question.difficulty, question: question.question, whyAsked: markdownToPlainText(question.whyAsked), strongAnswer: markdownToPlainText(question.strongAnswer) })),
  );
  assert.deepEqual(questions.map((question: any) => ({ id: question.id, guide: question.guide.slug, difficulty: question.difficulty, question: question.question, whyAsked: question.whyAsked, strongAnswer: question.strongAnswer })), expected);
  assert.equal(new Set(questions.map((question: any) => question.id)).size, questions.length, 'ids are unique');
});

test('/api/questions.tsv holds exactly every guide\'s questions in order, one Anki note per line', () => {
  const [headers, rows] = [[] as string[], [] as string[][]];
  for (const line of read('api/questions.tsv').split('\n').filter(Boolean)) (line.startsWith('#') ? headers.push(line) : rows.push(line.split('\t')));
  assert.ok(headers.includes('#separator:tab') && headers.includes('#html:true') && headers.includes('#guid column:1') && headers.includes('#tags column:4'));
  const expected = published.flatMap(({ slug, data }) => data.interviewQuestions.map((question) => ({ slug, question })));
  assert.equal(rows.length, expected.length);
  rows.forEach((row, index) => {
    const { slug, question } = expected[index]!;
    assert.equal(row.length, 4);
    assert.equal(row[0], `${slug}/${questionIdOf(question)}`);
    assert.equal(load(row[1]!).text(), question.question);
    const back = normalise(load(row[2]!.replaceAll('<br>', ' ')).text());
    assert.equal(back, `Why asked: ${markdownToPlainText(question.whyAsked)} Strong answer: ${markdownToPlainText(question.strongAnswer)}`);
    assert.deepEqual(row[3]!.split(' '), [slug, `difficulty::${question.difficulty}`]);
  });
});

test('every link and image of the Markdown twins and llms-full.txt is absolute: they are read away from the page', () => {
  for (const file of [...published.map((guide) => `skills/${guide.slug}.md`), 'llms-full.txt']) {
    const $ = load(markdownToHtml(read(file)).html);
    const urls = [...$('a[href]').toArray().map((element) => $(element).attr('href')!), ...$('img[src]').toArray().map((element) => $(element).attr('src')!)];
    assert.ok(urls.length > 0, file);
    const relative = urls.filter((url) => !/^(?:https?|mailto):/.test(url));
    assert.deepEqual(relative, [], `${file} has links that depend on its address`);
  }
});
