import type { SiteContent } from './site.ts';
import { loadGuideData } from './guide-content.ts';
import type { GuidesFile, QuestionsFile } from '../schemas/api.ts';
import type { GuideData } from '../schemas/guide.ts';
import { markdownToPlainText } from '../lib/markdown.ts';
import { questionIdOf } from '../lib/question-ids.ts';
import { getGuideMarkdownPath, getGuidePath, toAbsoluteUrl } from '../lib/urls.ts';

/** Published guides (`withQuestions`: those with interview questions) and their full frontmatter, one at a time, by title. */
function* eachGuide(content: SiteContent, options: { withQuestions?: boolean } = {}): Generator<[SiteContent['guides'][number], GuideData]> {
  for (const guide of content.guides) {
    if (options.withQuestions && guide.data.questionCount === 0) continue;
    yield [guide, loadGuideData(guide)];
  }
}

/** `/api/guides.json`: every published guide's metadata and section data (src/schemas/api.ts). */
export function buildGuidesFile(content: SiteContent, site: URL): GuidesFile {
  const url = (path: string) => toAbsoluteUrl(path, site);
  const guides: GuidesFile['guides'] = [];
  for (const [guide, data] of eachGuide(content)) {
    guides.push({
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
    });
  }
  return { $schema: url('/api/schema/guides.json'), site: { name: content.settings.name, url: url('/') }, guides };
}

/** `/api/questions.json`: every interview question with its site-wide stable id, answers as plain text. */
export function buildQuestionsFile(content: SiteContent, site: URL): QuestionsFile {
  const url = (path: string) => toAbsoluteUrl(path, site);
  const questions: QuestionsFile['questions'] = [];
  for (const [guide, data] of eachGuide(content, { withQuestions: true })) {
    for (const question of data.interviewQuestions) {
      questions.push({
        id: `${guide.slug}/${questionIdOf(question)}`,
        guide: { slug: guide.slug, title: data.title, url: url(getGuidePath(guide.slug)) },
        category: { id: guide.category.id, name: guide.category.name },
        difficulty: question.difficulty,
        question: question.question,
        whyAsked: markdownToPlainText(question.whyAsked),
        strongAnswer: markdownToPlainText(question.strongAnswer),
      });
    }
  }
  return { $schema: url('/api/schema/questions.json'), site: { name: content.settings.name, url: url('/') }, questions };
}
