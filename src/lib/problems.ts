/** One content problem, located precisely enough for an editor to jump to it. */
export interface Problem {
  /** Path as the author sees it, relative to the project root when possible. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the file. */
  column: number;
  /** Dotted field path (`faq.2.answer`), or a pseudo-field such as `frontmatter` or `slug`. */
  field: string;
  message: string;
}

/** `content/skills/x.mdx:12:5: faq.2.answer: is required` — the one format the CLI, build and tests share. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.field}: ${problem.message}`;
}

/**
 * The problem as a GitHub Actions workflow command, which the pull request shows on the line it
 * names: `::error file=content/skills/x.md,line=12,col=5,title=faq.2.answer::is required`. Values
 * are escaped as the Actions toolkit escapes them, so a message cannot end the command early.
 */
export function formatGithubAnnotation(problem: Problem, level: 'error' | 'warning' = 'error'): string {
  const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${level} file=${property(problem.file)},line=${problem.line},col=${problem.column},title=${property(problem.field)}::${data(problem.message)}`;
}

/** Sorts by file, then line, then column, so output is stable and reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.field < b.field ? -1 : a.field > b.field ? 1 : 0),
  );
}

/**
 * Turns a zod issue path into the dotted form used in messages (`faq.2.answer`); the empty path is
 * the whole document, named `root` (`frontmatter` in a guide, `categories` in categories.yaml).
 */
export function formatFieldPath(path: readonly PropertyKey[], root = 'frontmatter'): string {
  return path.length === 0 ? root : path.map(String).join('.');
}

/** Error thrown by the build when content has problems; its message is the formatted list. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], advice?: string) {
    const sorted = sortProblems(problems);
    const count = `${sorted.length} content problem${sorted.length === 1 ? '' : 's'}`;
    super(`${count}:\n${sorted.map(formatProblem).join('\n')}${advice ? `\n(${advice})` : ''}`);
    this.name = 'ContentError';
    this.problems = sorted;
    // The problems are the author's, located in their files: a stack trace would only bury them.
    this.stack = '';
  }
}
