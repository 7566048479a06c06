import { z } from 'zod';
import { DIFFICULTIES, guideSchema } from './guide.ts';
import { slugSchema } from './common.ts';

// The public data files under /api/ (docs/formats.md). Their JSON Schemas are generated from these
// at build time (/api/schema/*.json), and a build test validates the files against both.

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ format: 'date' });
const urlSchema = z.url();

/** The site a file comes from. */
const siteSchema = z.strictObject({
  /** The site's name. */
  name: z.string().describe('The site\'s name.'),
  /** The home page. */
  url: urlSchema.describe('The home page.'),
});

/** A category or role: its id and name. */
const taxonomyRefSchema = z.strictObject({ id: slugSchema, name: z.string() });

const { concepts, faq } = guideSchema.shape;
const interviewQuestion = guideSchema.shape.interviewQuestions.unwrap().element;
const exampleProject = guideSchema.shape.exampleProjects.unwrap().element;

/** One guide in `/api/guides.json`: its metadata and the data of its generated sections. */
const apiGuideSchema = z.strictObject({
  /** The slug: the guide's file name and URL segment. */
  slug: slugSchema.describe('The slug: the guide\'s file name and URL segment.'),
  /** The guide page. */
  url: urlSchema.describe('The guide page.'),
  /** The guide as Markdown. */
  markdownUrl: urlSchema.describe('The guide as Markdown.'),
  title: z.string(),
  description: z.string(),
  category: taxonomyRefSchema,
  roles: z.array(taxonomyRefSchema),
  /** Last meaningful update. */
  updated: dateSchema.describe('Last meaningful update, YYYY-MM-DD.'),
  /** First published. */
  published: dateSchema.describe('First published, YYYY-MM-DD.'),
  /** Long-text fields hold inline Markdown as written: raw HTML in them is text, to be escaped. */
  concepts: concepts.describe('Core concepts. Long-text fields hold inline Markdown as written: raw HTML in them is text, to be escaped.'),
  /** Every question with its stable id (unique within the guide). */
  interviewQuestions: z.array(interviewQuestion.extend({ id: slugSchema.describe('Stable id, unique within the guide; /api/questions.json prefixes it with the slug.') })).describe('Interview questions in the guide\'s order, each with its stable id.'),
  exampleProjects: z.array(exampleProject),
  faq,
  /** Related guides, as the page links them. */
  relatedSkills: z.array(z.strictObject({ slug: slugSchema, title: z.string(), url: urlSchema })).describe('Related guides, as the page links them.'),
});

/** `/api/guides.json`. */
export const guidesFileSchema = z.strictObject({
  /** This file's JSON Schema. */
  $schema: urlSchema.describe('This file\'s JSON Schema.'),
  site: siteSchema,
  /** Every published guide, by title. */
  guides: z.array(apiGuideSchema).describe('Every published guide, sorted by title.'),
});

/** One question in `/api/questions.json`. */
const apiQuestionSchema = z.strictObject({
  /** `<guide slug>/<question id>`: stable across edits of the question, unique in the site. */
  id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/).describe('`<guide slug>/<question id>`: stable across edits of the question, unique in the site.'),
  guide: z.strictObject({ slug: slugSchema, title: z.string(), url: urlSchema }),
  category: taxonomyRefSchema,
  difficulty: z.enum(DIFFICULTIES),
  /** The question, plain text. */
  question: z.string().describe('The question, plain text.'),
  /** What the interviewer is testing, as plain text (the Markdown rendered, then its text). */
  whyAsked: z.string().describe('What the interviewer is testing, as plain text.'),
  /** What a strong answer says, as plain text. */
  strongAnswer: z.string().describe('What a strong answer says, as plain text.'),
});

/** `/api/questions.json`. */
export const questionsFileSchema = z.strictObject({
  /** This file's JSON Schema. */
  $schema: urlSchema.describe('This file\'s JSON Schema.'),
  site: siteSchema,
  /** Every interview question of every published guide: guides by title, questions in each guide's order. */
  questions: z.array(apiQuestionSchema).describe('Every interview question of every published guide: guides by title, questions in each guide\'s order.'),
});

export type GuidesFile = z.output<typeof guidesFileSchema>;
export type QuestionsFile = z.output<typeof questionsFileSchema>;

/** The public files under /api/ that have a JSON Schema, by the schema's name (`/api/schema/<name>.json`). */
export const API_SCHEMAS = {
  guides: { schema: guidesFileSchema, title: 'Skill guides: /api/guides.json', description: 'Each published guide\'s metadata and the data of its generated sections.' },
  questions: { schema: questionsFileSchema, title: 'Skill guides: /api/questions.json', description: 'Every interview question of every published guide, with its stable id, guide, difficulty and plain-text answers.' },
} as const;
