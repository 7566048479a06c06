import { plainTextToMarkdown } from './markdown-out.ts';

/** What `/llms.txt` lists; every URL absolute. */
export interface LlmsTxtInput {
  name: string;
  description: string;
  /** Categories in the site's order, each with its guides as the home page lists them. */
  sections: readonly { name: string; guides: readonly { title: string; description: string; markdownUrl: string }[] }[];
  /** Links for the "Optional" section (llmstxt.org: what can be skipped when context is short). */
  optional: readonly { title: string; description: string; url: string }[];
}

/**
 * `/llms.txt` in the llmstxt.org format: an H1 with the site's name, its description as a
 * blockquote, then one H2 per category listing its guides' Markdown versions with their
 * descriptions, and an "Optional" section with the data files.
 */
export function buildLlmsTxt(input: LlmsTxtInput): string {
  const link = (title: string, url: string, description: string) => `- [${plainTextToMarkdown(title)}](${url}): ${plainTextToMarkdown(description)}`;
  const blocks = [
    `# ${plainTextToMarkdown(input.name)}`,
    `> ${plainTextToMarkdown(input.description)}`,
    'Each guide below is a Markdown file: the guide\'s text, then its core concepts, interview questions (why asked, strong answer, difficulty), example projects, FAQ and related skills.',
    ...input.sections.map((section) => [`## ${plainTextToMarkdown(section.name)}`, '', ...section.guides.map((guide) => link(guide.title, guide.markdownUrl, guide.description))].join('\n')),
    ['## Optional', '', ...input.optional.map((item) => link(item.title, item.url, item.description))].join('\n'),
  ];
  return `${blocks.join('\n\n')}\n`;
}
