import type { Guide, SiteContent } from './site.ts';
import { loadGuideData } from './guide-content.ts';
import type { GuidesFile, QuestionsFile } from '../schemas/api.ts';
import type { GuideData } from '../schemas/guide.ts';
import { markdownToPlainText } from '../lib/markdown.ts';
import { questionIdOf } from '../lib/question-ids.ts';
import { jsonWithArray } from '../lib/text-stream.ts';
import { getGuideMarkdownPath, getGuidePath, toAbsoluteUrl } from '../lib/urls.ts';

/** Published guides (`withQuestions`: those with interview questions) and their full frontmatter, one at a time, by title. */
export function* eachGuide(content: SiteContent, options: { withQuestions?: boolean } = {}): Generator<[Guide, GuideData]> {
  for (const guide of content.guides) {
    if (options.withQuestions && guide.data.questionCount === 0) continue;
    yield [guide, loadGuideData(guide)];
  }
}

/** The head every data file starts with: its schema and the site. */
function headOf(content: SiteContent, site: URL, name: 'guides' | 'questions'): Omit<GuidesFile, 'guides'> {
  return { $schema: toAbsoluteUrl(`/api/schema/${name}.json`, site), site: { name: content.settings.name, url: toAbsoluteUrl('/', site) } };
}

/** `/api/guides.json` as JSON text, one guide at a time: every published guide's metadata and section data (src/schemas/api.ts). */
export function guidesFileText(content: SiteContent, site: URL): Generator<string> {
  const url = (path: string) => toAbsoluteUrl(path, site);
  function* guides(): Generator<GuidesFile['guides'][number]> {
    for (const [guide, data] of eachGuide(content)) {
      yield {
        slug: guide.slug,
        url: url(getGuidePath(guide.slug)),
        markdownUrl: url(getGuideMarkdownPath(guide.slug)),
        title: data.title,
        description: data.description,
        category: { id: guide.category.id, name: guide.category.name },
        roles: guide.roles.map((role) => ({ id: role.id, name: role.name })),
        updated: data.updated,
        published: data.published ?? data.updated,
        concepts: data.concepts,
        interviewQuestions: data.interviewQuestions.map((question) => ({ ...question, id: questionIdOf(question) })),
        exampleProjects: data.exampleProjects,
        faq: data.faq,
        relatedSkills: data.relatedSkills.flatMap((slug) => {
          const related = content.guideBySlug.get(slug);
          return related ? [{ slug, title: related.data.title, url: url(getGuidePath(slug)) }] : [];
        }),
      };
    }
  }
  return jsonWithArray(headOf(content, site, 'guides'), 'guides', guides());
}

/** `/api/questions.json` as JSON text, one question at a time: each with its site-wide stable id, answers as plain text. */
export function questionsFileText(content: SiteContent, site: URL): Generator<string> {
  function* questions(): Generator<QuestionsFile['questions'][number]> {
    for (const [guide, data] of eachGuide(content, { withQuestions: true })) {
      for (const question of data.interviewQuestions) {
        yield {
          id: `${guide.slug}/${questionIdOf(question)}`,
          guide: { slug: guide.slug, title: data.title, url: toAbsoluteUrl(getGuidePath(guide.slug), site) },
          category: { id: guide.category.id, name: guide.category.name },
          difficulty: question.difficulty,
          question: question.question,
          whyAsked: markdownToPlainText(question.whyAsked),
          strongAnswer: markdownToPlainText(question.strongAnswer),
        };
      }
    }
  }
  return jsonWithArray(headOf(content, site, 'questions'), 'questions', questions());
}
