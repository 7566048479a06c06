import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { guideSchema } from './guide.ts';
import { taxonomyFileSchema } from './taxonomy.ts';
import { buildGuideJsonSchema, buildSiteSettingsJsonSchema, buildTaxonomyJsonSchema, JSON_SCHEMA_FILES, renderJsonSchemaFiles } from './json-schema.ts';
import { siteSettingsSchema } from './site-settings.ts';
import { isCalendarDate } from '../lib/dates.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// An independent validator, as an editor would use. `format: date` is RFC 3339 full-date: a real
// calendar day written YYYY-MM-DD.
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('date', isCalendarDate);
const validateGuide = ajv.compile(buildGuideJsonSchema());
const validateTaxonomy = ajv.compile(buildTaxonomyJsonSchema());
ajv.addFormat('uri', (value: string) => URL.canParse(value));
const validateSettings = ajv.compile(buildSiteSettingsJsonSchema());

/** Frontmatter as written in a file: YAML 1.2 core schema, so dates stay strings. */
const frontmatterOf = (text: string): unknown => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? assert.fail('no frontmatter'), { schema: 'core' });

test('the committed JSON Schema files equal a fresh generation from the zod schemas (run npm run schema)', () => {
  const fresh = renderJsonSchemaFiles();
  assert.equal(readFileSync(path.join(ROOT, JSON_SCHEMA_FILES.guide), 'utf8'), fresh.guide);
  assert.equal(readFileSync(path.join(ROOT, JSON_SCHEMA_FILES.taxonomy), 'utf8'), fresh.taxonomy);
  assert.equal(readFileSync(path.join(ROOT, JSON_SCHEMA_FILES.siteSettings), 'utf8'), fresh.siteSettings);
});

test('the JSON Schema describes `updated` as a string date, not the Date that only zod accepts', () => {
  const updated = (buildGuideJsonSchema().properties as Record<string, unknown>).updated;
  assert.deepEqual(updated, {
    type: 'string',
    format: 'date',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    description: 'Last meaningful update, YYYY-MM-DD; drives "Updated Month YYYY", RSS order and dateModified.',
  });
});

const VALID = {
  title: 'Kubernetes',
  description: 'How Kubernetes schedules, heals and scales containers, and what interviews ask about it.',
  category: 'platform',
  updated: '2026-02-28',
  draft: false,
  concepts: [
    { term: 'Pod', summary: 'The smallest deployable unit: one or more containers sharing a network namespace.' },
    { term: 'Controller', summary: 'A loop that moves *actual* state towards `desired` state.' },
    { term: 'Service', summary: 'A stable virtual IP and DNS name in front of a changing set of pods.' },
  ],
  interviewQuestions: [{ question: 'What happens when a node dies?', whyAsked: 'Failure handling.', strongAnswer: 'Pods are rescheduled after the eviction timeout.', difficulty: 'medium' }],
  faq: [{ question: 'Is Kubernetes a PaaS?', answer: 'No: it is a toolkit for building one.' }],
  relatedSkills: ['docker'],
  relatedRoles: ['platform-engineer'],
  exampleProjects: [{ project: 'A home-lab cluster', scope: 'Three nodes with k3s.', signal: 'Hands-on operations.', level: 'junior' }],
};

const changed = (change: (guide: Record<string, any>) => void) => {
  const guide = structuredClone(VALID) as Record<string, any>;
  change(guide);
  return guide;
};

test('a valid guide passes both the zod schema and the JSON Schema', () => {
  assert.equal(guideSchema.safeParse(VALID).success, true);
  assert.equal(validateGuide(VALID), true, JSON.stringify(validateGuide.errors));
  const minimal = changed((guide) => ['draft', 'interviewQuestions', 'relatedSkills', 'relatedRoles', 'exampleProjects'].forEach((key) => delete guide[key]));
  assert.equal(guideSchema.safeParse(minimal).success, true);
  assert.equal(validateGuide(minimal), true, JSON.stringify(validateGuide.errors));
});

test('every shipped guide\'s frontmatter passes both schemas', () => {
  const dir = path.join(ROOT, 'content', 'skills');
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx'))) {
    const data = frontmatterOf(readFileSync(path.join(dir, name), 'utf8'));
    assert.equal(guideSchema.safeParse(data).success, true, name);
    assert.equal(validateGuide(data), true, `${name}: ${JSON.stringify(validateGuide.errors)}`);
  }
});

const invalidGuides: [string, Record<string, any>][] = [
  ['a missing required key', changed((guide) => delete guide.faq)],
  ['an unknown key', changed((guide) => (guide.relatedskills = []))],
  ['an unknown key inside a list item', changed((guide) => (guide.concepts[0].extra = 'x'))],
  ['a title of the wrong type', changed((guide) => (guide.title = ['Kubernetes']))],
  ['an empty title', changed((guide) => (guide.title = ''))],
  ['a title over 80 characters', changed((guide) => (guide.title = 'K'.repeat(81)))],
  ['a title with leading whitespace', changed((guide) => (guide.title = ' Kubernetes'))],
  ['a title with trailing whitespace', changed((guide) => (guide.title = 'Kubernetes\u00a0'))],
  ['a title on two lines', changed((guide) => (guide.title = 'Kuber\nnetes'))],
  ['a description under 50 characters', changed((guide) => (guide.description = 'Too short.'))],
  ['a description over 160 characters', changed((guide) => (guide.description = 'x'.repeat(161)))],
  ['a category that is not a slug', changed((guide) => (guide.category = 'Platform Engineering'))],
  ['a date in another format', changed((guide) => (guide.updated = '28/02/2026'))],
  ['a date that does not exist', changed((guide) => (guide.updated = '2026-02-30'))],
  ['a draft flag that is not a boolean', changed((guide) => (guide.draft = 'yes'))],
  ['fewer than 3 concepts', changed((guide) => guide.concepts.splice(2))],
  ['more than 12 concepts', changed((guide) => (guide.concepts = Array.from({ length: 13 }, () => VALID.concepts[0])))],
  ['a blank concept summary', changed((guide) => (guide.concepts[0].summary = '   '))],
  ['a concept summary over 600 characters', changed((guide) => (guide.concepts[0].summary = 'x'.repeat(601)))],
  ['an unknown difficulty', changed((guide) => (guide.interviewQuestions[0].difficulty = 'trivial'))],
  ['an interview question under 5 characters', changed((guide) => (guide.interviewQuestions[0].question = 'Why?'))],
  ['an empty FAQ', changed((guide) => (guide.faq = []))],
  ['an FAQ answer that is not text', changed((guide) => (guide.faq[0].answer = 42))],
  ['a related skill that is not a slug', changed((guide) => (guide.relatedSkills = ['Not_A_Slug']))],
  ['a related role that is not a slug', changed((guide) => (guide.relatedRoles = ['Platform Engineer']))],
  ['an unknown project level', changed((guide) => (guide.exampleProjects[0].level = 'principal'))],
  ['a list where a mapping belongs', changed((guide) => (guide.faq[0] = ['question', 'answer']))],
];

for (const [kind, guide] of invalidGuides) {
  test(`a guide with ${kind} fails both the zod schema and the JSON Schema`, () => {
    assert.equal(guideSchema.safeParse(guide).success, false, 'zod accepted it');
    assert.equal(validateGuide(guide), false, 'the JSON Schema accepted it');
  });
}

test('categories.yaml and roles.yaml pass both schemas, and a broken entry fails both', () => {
  for (const name of ['categories.yaml', 'roles.yaml']) {
    const data = parse(readFileSync(path.join(ROOT, 'content', name), 'utf8'));
    assert.equal(taxonomyFileSchema.safeParse(data).success, true, name);
    assert.equal(validateTaxonomy(data), true, `${name}: ${JSON.stringify(validateTaxonomy.errors)}`);
  }
  const entry = { id: 'security', name: 'Security', description: 'Identity, access and secrets.' };
  for (const broken of [[], [{ ...entry, id: 'Sec urity' }], [{ ...entry, extra: 1 }], [{ ...entry, description: 'Too short.' }], [{ id: 'security', name: 'Security' }]]) {
    assert.equal(taxonomyFileSchema.safeParse(broken).success, false, JSON.stringify(broken));
    assert.equal(validateTaxonomy(broken), false, JSON.stringify(broken));
  }
});

test('site.yaml passes both schemas, an empty file takes every default, and a broken setting fails both', () => {
  const shipped = parse(readFileSync(path.join(ROOT, 'content', 'site.yaml'), 'utf8'));
  assert.equal(siteSettingsSchema.safeParse(shipped).success, true);
  assert.equal(validateSettings(shipped), true, JSON.stringify(validateSettings.errors));
  assert.equal(validateSettings({}), true);
  assert.equal(siteSettingsSchema.parse({}).url, 'https://skill-guides.example.com');
  const broken = [{ url: 'ftp://x.test' }, { url: 'not a url' }, { name: '' }, { nmae: 'typo' }, { repository: { branch: 'main' } }, { logo: '//cdn.test/x.svg' }, { accentColor: { light: 'blue', dark: '#8ab4f8' } }, { publisher: { name: 'A', extra: 1 } }];
  for (const settings of broken) {
    assert.equal(siteSettingsSchema.safeParse(settings).success, false, JSON.stringify(settings));
    assert.equal(validateSettings(settings), false, JSON.stringify(settings));
  }
});

test('an accent colour with too little contrast against the page backgrounds is rejected by zod, with the ratio', () => {
  const result = siteSettingsSchema.safeParse({ accentColor: { light: '#7fb2ff', dark: '#8ab4f8' } });
  assert.equal(result.success, false);
  assert.match(result.error!.issues[0]!.message, /^must have a contrast of at least 4\.5:1 against the light page backgrounds \(#ffffff, #f5f7fa\); it has 2\.\d\d:1$/);
  assert.equal(siteSettingsSchema.safeParse({ accentColor: { light: '#0b57d0', dark: '#8ab4f8' } }).success, true);
});
