import { SLUG_PATTERN } from '../schemas/common.ts';

/**
 * Marks every placeholder that `npm run new` writes. Lint accepts it in a draft and rejects it in a
 * published guide, so a scaffold cannot go live half-written.
 */
export const SCAFFOLD_MARKER = 'TODO(scaffold)';

/** Body sections of a guide, in SPEC order, each with the hint its placeholder gives the author. */
const SCAFFOLD_SECTIONS: readonly { heading: (title: string) => string; hint: string; table?: true; after?: string }[] = [
  { heading: (title) => `What is ${title}?`, hint: 'define the skill in two or three paragraphs: what it is, where it came from, which standards or products define it.' },
  { heading: () => 'Why companies use it', hint: 'the problems it solves, with concrete numbers or named adopters where you can.', after: '<CoreConcepts />' },
  { heading: () => 'Architecture', hint: 'the moving parts and how they talk to each other; keep the table and add ### subsections for flows.', table: true },
  { heading: () => 'Real-world use cases', hint: 'a bullet list of real deployments, each one line.' },
  { heading: () => 'Advantages', hint: 'what it does better than the alternatives.' },
  { heading: () => 'Limitations', hint: 'where it falls short and what people use instead.' },
  { heading: () => 'Best practices', hint: 'a bullet list of habits a senior engineer would insist on.' },
  { heading: () => 'Common mistakes', hint: 'a bullet list of mistakes seen in reviews and incidents, and their fixes.' },
  { heading: () => 'Backend usage', hint: 'how backend engineers meet it day to day.' },
  { heading: () => 'Frontend usage', hint: 'how frontend engineers meet it, or why they rarely do.' },
  { heading: () => 'DevOps usage', hint: 'pipelines, infrastructure and operations.' },
  { heading: () => 'AI usage', hint: 'how it applies to AI systems and agents.' },
  { heading: () => 'System design considerations', hint: 'scale, failure modes and trade-offs to raise in a design review.', after: '<InterviewQuestions />' },
  { heading: () => 'Resume tips', hint: 'how to show the skill on a resume, with an example bullet.', after: '<ExampleProjects />' },
  { heading: () => 'Career impact', hint: 'which roles value it and how it shapes a career.' },
  { heading: () => 'Learning resources', hint: 'a bullet list of specifications, official docs and hands-on labs, as links.' },
];

/** Letters that Unicode decomposition does not reduce to ASCII, spelled the usual way. */
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd',
  þ: 'th', Þ: 'th', ı: 'i', ħ: 'h', Ħ: 'h', ŋ: 'ng', Ŋ: 'ng',
};

/** Symbols that carry meaning in skill names ("C++", "C#", "R&D"), spelled as words. */
const SYMBOL_WORDS: Record<string, string> = { '+': ' plus ', '#': ' sharp ', '&': ' and ', '@': ' at ' };

/** Result of deriving a slug: the slug, or why none could be made. */
export type SlugResult = { slug: string } | { error: string };

/**
 * Derives a URL slug from a title: accents dropped ("Café Déjà Vu" → "cafe-deja-vu"), `+`, `#`,
 * `&` spelled out ("C++" → "c-plus-plus"), anything else non-alphanumeric becomes a hyphen.
 * Refuses titles with letters that have no ASCII spelling (e.g. "日本語") rather than dropping them.
 */
export function deriveSlug(title: string): SlugResult {
  const spelled = [...title.normalize('NFKD')]
    .map((char) => TRANSLITERATIONS[char] ?? SYMBOL_WORDS[char] ?? char)
    .join('')
    .replace(/\p{M}/gu, '');
  const untranslatable = [...new Set(spelled.match(/[\p{L}\p{N}]/gu)?.filter((char) => !/[a-z0-9]/i.test(char)) ?? [])];
  if (untranslatable.length > 0) {
    return { error: `cannot derive a slug from "${title}": ${untranslatable.slice(0, 5).join(', ')} ha${untranslatable.length === 1 ? 's' : 've'} no ASCII spelling; pass --slug with a transliteration in a-z, 0-9 and hyphens` };
  }
  const slug = spelled.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (!SLUG_PATTERN.test(slug)) return { error: `cannot derive a slug from "${title}": it has no letters or digits; pass --slug` };
  return { slug };
}

/** Escapes the characters that MDX or Markdown would read as syntax in heading text. */
function escapeMarkdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|~]/g, (char) => `\\${char}`);
}

/** Inputs of a new guide. */
export interface ScaffoldOptions {
  title: string;
  category: string;
  /** `YYYY-MM-DD`. */
  today: string;
}

/**
 * The text of a new draft guide: valid frontmatter whose every value is a marked placeholder, and
 * every body section of SPEC (with the generated-section components where the shipped guides put them).
 */
export function renderScaffold({ title, category, today }: ScaffoldOptions): string {
  const todo = (text: string) => JSON.stringify(`${SCAFFOLD_MARKER}: ${text}`);
  const lines = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${todo('say in 50 to 160 characters what this skill is and why engineers learn it.')}`,
    `category: ${category}`,
    `updated: ${today}`,
    '# Delete the draft line once every placeholder is replaced: lint rejects a published guide that still has one.',
    'draft: true',
    'concepts:',
    ...[1, 2, 3].flatMap((n) => [
      `  - term: ${todo(`concept ${n}`)}`,
      `    summary: ${todo('one or two sentences; inline Markdown such as `code` and [links](https://example.com) works.')}`,
    ]),
    '# Each question keeps its id for good: readers\' practice progress is stored under it.',
    'interviewQuestions:',
    '  - id: question-1',
    `    question: ${todo('a question an interviewer really asks?')}`,
    `    whyAsked: ${todo('what the question tests.')}`,
    `    strongAnswer: ${todo('what a strong candidate says, with specifics.')}`,
    '    difficulty: medium # easy, medium or hard',
    'faq:',
    `  - question: ${todo('a question readers search for?')}`,
    `    answer: ${todo('a direct answer in a few sentences.')}`,
    '# Slugs of other published guides, e.g. - oauth-2',
    'relatedSkills: []',
    '# Role ids from roles.yaml, e.g. - backend-engineer',
    'relatedRoles: []',
    'exampleProjects:',
    `  - project: ${todo('a project a reader could build')}`,
    `    scope: ${todo('what the project covers.')}`,
    `    signal: ${todo('what it proves to a hiring manager.')}`,
    '    level: junior # junior, mid or senior',
    '---',
    '',
    `${SCAFFOLD_MARKER}: an opening paragraph on why this skill matters and what the guide covers.`,
  ];
  const heading = escapeMarkdownText(title);
  for (const section of SCAFFOLD_SECTIONS) {
    lines.push('', `## ${section.heading(heading)}`, '', `${SCAFFOLD_MARKER}: ${section.hint}`);
    if (section.table) {
      lines.push('', '| Component | Responsibility | Notes |', '| --- | --- | --- |', `| ${SCAFFOLD_MARKER} | ${SCAFFOLD_MARKER} | ${SCAFFOLD_MARKER} |`);
    }
    if (section.after) lines.push('', section.after);
  }
  return `${lines.join('\n')}\n`;
}

/** Every occurrence of the scaffold marker in `text`, as 1-based line and column. */
export function findScaffoldMarkers(text: string, limit = Number.POSITIVE_INFINITY): { offset: number; line: number; column: number }[] {
  const found: { offset: number; line: number; column: number }[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (let offset = text.indexOf(SCAFFOLD_MARKER); offset !== -1 && found.length < limit; offset = text.indexOf(SCAFFOLD_MARKER, offset + 1)) {
    for (let newline = text.indexOf('\n', scanned); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
      line++;
      lineStart = newline + 1;
    }
    scanned = offset;
    found.push({ offset, line, column: offset - lineStart + 1 });
  }
  return found;
}
