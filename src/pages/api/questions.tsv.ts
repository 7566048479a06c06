import type { APIRoute } from 'astro';
import { getSiteContent } from '../../data/site.ts';
import { loadGuideData } from '../../data/guide-content.ts';
import { buildAnkiTsv, type AnkiNote } from '../../lib/anki.ts';
import { renderInlineMarkdown } from '../../lib/markdown.ts';
import { questionIdOf } from '../../lib/question-ids.ts';

/** `/api/questions.tsv`: every interview question as an Anki note (docs/formats.md). */
export const GET: APIRoute = async ({ site }) => {
  const content = await getSiteContent();
  // Links in answers are site paths; in Anki they need the site's origin.
  const absolute = (html: string) => html.replace(/ href="\//g, ` href="${site!.origin}/`);
  const notes: AnkiNote[] = [];
  for (const guide of content.guides.filter((each) => each.data.questionCount > 0)) {
    for (const question of loadGuideData(guide).interviewQuestions) {
      notes.push({
        guid: `${guide.slug}/${questionIdOf(question)}`,
        question: question.question,
        whyAskedHtml: absolute(renderInlineMarkdown(question.whyAsked)),
        strongAnswerHtml: absolute(renderInlineMarkdown(question.strongAnswer)),
        tags: [guide.slug, `difficulty::${question.difficulty}`],
      });
    }
  }
  return new Response(buildAnkiTsv(notes), { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
};
