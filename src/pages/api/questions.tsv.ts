import type { APIRoute } from 'astro';
import { getSiteContent } from '../../data/site.ts';
import { eachGuide } from '../../data/api.ts';
import { ankiTsv, type AnkiNote } from '../../lib/anki.ts';
import { renderInlineMarkdown } from '../../lib/markdown.ts';
import { questionIdOf } from '../../lib/question-ids.ts';
import { streamText } from '../../lib/text-stream.ts';

/** `/api/questions.tsv`: every interview question as an Anki note (docs/formats.md). */
export const GET: APIRoute = async ({ site }) => {
  const content = await getSiteContent();
  // Links in answers are site paths; in Anki they need the site's origin.
  const absolute = (html: string) => html.replace(/ href="\//g, ` href="${site!.origin}/`);
  function* notes(): Generator<AnkiNote> {
    for (const [guide, data] of eachGuide(content, { withQuestions: true })) {
      for (const question of data.interviewQuestions) {
        yield {
          guid: `${guide.slug}/${questionIdOf(question)}`,
          question: question.question,
          whyAskedHtml: absolute(renderInlineMarkdown(question.whyAsked)),
          strongAnswerHtml: absolute(renderInlineMarkdown(question.strongAnswer)),
          tags: [guide.slug, `difficulty::${question.difficulty}`],
        };
      }
    }
  }
  return new Response(streamText(ankiTsv(notes())), { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
};
