import { z } from 'zod';
import { inlineMarkdownSchema, plainTextSchema, slugSchema } from './common.ts';
import { isCalendarDate, toIsoDate } from '../lib/dates.ts';

/** Interview-question difficulty, shown as a badge. */
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
/** Seniority an example project signals. */
const LEVELS = ['junior', 'mid', 'senior'] as const;

/**
 * `updated` as authors write it: `YYYY-MM-DD`, a real calendar date. Astro's own YAML parser turns
 * unquoted dates into `Date` objects, so a Date is accepted too and normalised to the same string.
 */
export const isoDateSchema = z.union([
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
    .refine(isCalendarDate, 'is not a real calendar date'),
  z
    .date({ error: 'must be a date written YYYY-MM-DD' })
    .refine((date) => !Number.isNaN(date.getTime()), 'is not a real calendar date')
    .transform(toIsoDate),
], { error: 'must be a date written YYYY-MM-DD' });

/** One core concept: a term and a short explanation. */
const conceptSchema = z.strictObject({
  /** The term, plain text (e.g. "Least privilege"). */
  term: plainTextSchema(1, 80).describe('The term, plain text (e.g. "Least privilege").'),
  /** One or two sentences; inline Markdown allowed. */
  summary: inlineMarkdownSchema(600).describe('One or two sentences; inline Markdown allowed.'),
});

/** One interview question as it appears in the table and on the interview-questions hub. */
const interviewQuestionSchema = z.strictObject({
  /**
   * Stable id of the question, unique within the guide: readers' practice progress is kept under it,
   * so it survives edits to the question, its answers and its position. Default: derived from the
   * question text (then fixing a typo in the question starts its card over).
   */
  id: slugSchema.max(60, 'must be at most 60 characters').optional().describe('Stable id of the question, unique within the guide: readers\' practice progress is kept under it. Default: derived from the question text.'),
  /** The question, plain text. */
  question: plainTextSchema(5, 200).describe('The question, plain text.'),
  /** What the interviewer is testing; inline Markdown allowed. */
  whyAsked: inlineMarkdownSchema(600).describe('What the interviewer is testing; inline Markdown allowed.'),
  /** What a strong candidate says; inline Markdown allowed. */
  strongAnswer: inlineMarkdownSchema(1500).describe('What a strong candidate says; inline Markdown allowed.'),
  /** `easy`, `medium` or `hard`. */
  difficulty: z.enum(DIFFICULTIES, { error: `must be one of: ${DIFFICULTIES.join(', ')}` }).describe('`easy`, `medium` or `hard`.'),
});

/** One FAQ item. Visible on the page and emitted as a schema.org Question (https://schema.org/Question). */
const faqItemSchema = z.strictObject({
  /** The question, plain text. Unique within a guide. */
  question: plainTextSchema(5, 200).describe('The question, plain text. Unique within a guide.'),
  /** The answer; inline Markdown allowed. */
  answer: inlineMarkdownSchema(1500).describe('The answer; inline Markdown allowed.'),
});

/** One example project a reader could build to show the skill. */
const exampleProjectSchema = z.strictObject({
  /** Short project name, plain text. */
  project: plainTextSchema(1, 100).describe('Short project name, plain text.'),
  /** What the project covers; inline Markdown allowed. */
  scope: inlineMarkdownSchema(600).describe('What the project covers; inline Markdown allowed.'),
  /** What it proves to a hiring manager; inline Markdown allowed. */
  signal: inlineMarkdownSchema(600).describe('What it proves to a hiring manager; inline Markdown allowed.'),
  /** `junior`, `mid` or `senior`. */
  level: z.enum(LEVELS, { error: `must be one of: ${LEVELS.join(', ')}` }).describe('`junior`, `mid` or `senior`.'),
});

/**
 * Frontmatter of `content/skills/<slug>.mdx`. Unknown keys are errors so that typos never pass.
 * Cross-file rules (references resolve, no duplicate slugs, drafts unreferenced) live in
 * `lib/content-rules.ts`.
 */
export const guideSchema = z.strictObject({
  /** Page title and `<h1>`, plain text, 1–80 characters. */
  title: plainTextSchema(1, 80).describe('Page title and <h1>, plain text, 1–80 characters.'),
  /** Lede and meta description, plain text, 50–160 characters. */
  description: plainTextSchema(50, 160).describe('Lede and meta description, plain text, 50–160 characters.'),
  /** An `id` from `categories.yaml`. */
  category: slugSchema.describe('An id from categories.yaml.'),
  /** Last meaningful update, `YYYY-MM-DD`; drives "Updated Month YYYY", RSS order and `dateModified`. */
  updated: isoDateSchema.describe('Last meaningful update, YYYY-MM-DD; drives "Updated Month YYYY", RSS order and dateModified.'),
  /** First published, `YYYY-MM-DD`: structured data's `datePublished`. Default: `updated`. */
  published: isoDateSchema.optional().describe('First published, YYYY-MM-DD: structured data\'s datePublished. Default: updated.'),
  /** Default `false`. A draft is built nowhere: no page, search entry, sitemap or feed item, no links. */
  draft: z.boolean({ error: 'must be true or false' }).default(false).describe('Default false. A draft is built nowhere: no page, search entry, sitemap or feed item, no links.'),
  /** 3–12 core concepts, rendered as the "Core concepts" section. */
  concepts: z.array(conceptSchema).min(3, 'must list at least 3 concepts').max(12, 'must list at most 12 concepts').describe('3–12 core concepts, rendered as the "Core concepts" section.'),
  /** Optional interview questions, rendered as a table and collected on `/interview-questions/`. */
  interviewQuestions: z.array(interviewQuestionSchema).default([]).describe('Optional interview questions, rendered as a table and collected on /interview-questions/.'),
  /** At least one FAQ item; rendered as an accordion and as FAQPage JSON-LD. */
  faq: z.array(faqItemSchema).min(1, 'must list at least 1 question').describe('At least one FAQ item; rendered as an accordion and as FAQPage JSON-LD.'),
  /** Slugs of other published guides, shown as cards. */
  relatedSkills: z.array(slugSchema).default([]).describe('Slugs of other published guides, shown as cards.'),
  /** Role ids from `roles.yaml`. */
  relatedRoles: z.array(slugSchema).default([]).describe('Role ids from roles.yaml.'),
  /** Optional example projects, rendered as a table. */
  exampleProjects: z.array(exampleProjectSchema).default([]).describe('Optional example projects, rendered as a table.'),
});

/**
 * What the guides collection stores for each published guide: what list pages (home, categories,
 * roles, hub filters, feed, search) need. The full frontmatter and rendered body live in a file
 * beside Astro's data store (src/loaders/guide-files.ts), read by the pages that show them.
 */
export const guideSummarySchema = guideSchema
  .pick({ title: true, description: true, category: true, updated: true, relatedSkills: true, relatedRoles: true })
  .extend({
    /** How many interview questions the guide has. */
    questionCount: z.number().int(),
    /** The difficulties of its questions, each once, in the order they first appear. */
    difficulties: z.array(z.enum(DIFFICULTIES)),
  });

/** A guide's summary, from its validated frontmatter. */
export function summarizeGuide(data: GuideData): GuideSummary {
  const { title, description, category, updated, relatedSkills, relatedRoles, interviewQuestions } = data;
  return { title, description, category, updated, relatedSkills, relatedRoles, questionCount: interviewQuestions.length, difficulties: [...new Set(interviewQuestions.map((question) => question.difficulty))] };
}

/** What authors write. */
type GuideInput = z.input<typeof guideSchema>;
/** What code receives after parsing (defaults applied, date normalised). */
export type GuideData = z.output<typeof guideSchema>;
export type GuideSummary = z.output<typeof guideSummarySchema>;
export type Difficulty = (typeof DIFFICULTIES)[number];
export type Level = (typeof LEVELS)[number];
type InterviewQuestion = z.output<typeof interviewQuestionSchema>;
type FaqItem = z.output<typeof faqItemSchema>;
type Concept = z.output<typeof conceptSchema>;
type ExampleProject = z.output<typeof exampleProjectSchema>;
