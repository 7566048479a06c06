import type { GuideData } from '../schemas/guide.ts';
import { inlineMarkdownFields, type InlineMarkdown } from './markdown.ts';
import { countWords } from './reading-time.ts';

/**
 * Words of the frontmatter prose a reader reads on the guide page: plain-text fields as written,
 * inline-Markdown fields (the ones the page renders as Markdown) as their visible text. Counted by
 * the guides loader during sync for plain guides, when the page renders for guides that use MDX.
 */
export function countFrontmatterWords(data: GuideData, markdown: InlineMarkdown): number {
  const plain = [
    data.title,
    data.description,
    ...data.concepts.map((concept) => concept.term),
    ...data.interviewQuestions.map((question) => question.question),
    ...data.faq.map((item) => item.question),
    ...data.exampleProjects.map((project) => project.project),
  ];
  const words = (sum: number, text: string) => sum + countWords(text);
  return plain.reduce(words, 0) + inlineMarkdownFields(data).map((text) => markdown.plainText(text)).reduce(words, 0);
}
