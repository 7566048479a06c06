import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatGithubAnnotation, formatProblem, type Problem } from '../lib/problems.ts';
import { getContentRoot } from '../check/content-root.ts';
import { checkContentRoot, ContentRootError, displayPath, listSkills } from '../check/read.ts';

const USAGE = `Usage: npm run lint:content [-- [options] [paths...]]

Checks every guide of the content root without building: frontmatter against the guide schema,
body headings, scaffold placeholders in published guides, and the cross-file rules (references
resolve, no duplicate slugs, no links to drafts). Prints one line per problem:

  content/skills/x.md:LINE:COL: field.path: message

Paths: guide files (or folders of guides) under <content root>/skills/. Only those guides are
reported, but they are still checked against the whole content root. Default: every guide.

Options:
  --format FORMAT      text (default); json prints {"problems": [...], ...}; github prints
                       GitHub Actions commands (::error file=…,line=…,col=…,title=…::message),
                       which a pull request shows on the changed lines
  -h, --help           show this help

Environment:
  CONTENT_DIR          content root to check (default: content)

Exit codes: 0 no problems, 1 problems found, 2 usage error or the check could not run.`;

/** Thrown for bad arguments or an unusable content root: exit code 2. */
class UsageError extends Error {}

const FORMATS = ['text', 'json', 'github'] as const;

interface Options {
  format: (typeof FORMATS)[number];
  paths: string[];
}

function parseOptions(argv: string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) return 'help';
  const format = parsed.values.format;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  return { format: format as Options['format'], paths: parsed.positionals };
}

/** Turns positional paths into the guide files they name, all inside `<root>/skills/`. */
function resolveGuidePaths(root: string, paths: readonly string[]): string[] {
  const skillsDir = path.join(root, 'skills');
  const { guides } = listSkills(root);
  const files: string[] = [];
  for (const given of paths) {
    const target = path.resolve(given);
    if (!existsSync(target)) throw new UsageError(`${given}: no such file or folder`);
    if (statSync(target).isDirectory()) {
      if (target !== root && target !== skillsDir) throw new UsageError(`${given}: not the content root or its skills/ folder (${displayPath(skillsDir)})`);
      files.push(...guides);
      continue;
    }
    if (!guides.includes(target)) {
      throw new UsageError(`${given}: not a guide of the content root: guides are ${displayPath(skillsDir)}/*.md and *.mdx (set CONTENT_DIR to check another root)`);
    }
    files.push(target);
  }
  return files;
}

function render(format: Options['format'], problems: readonly Problem[], root: string, guides: number): string {
  if (format === 'json') return `${JSON.stringify({ root: displayPath(root), guides, problems }, null, 2)}\n`;
  const line = format === 'github' ? formatGithubAnnotation : formatProblem;
  return problems.map((problem) => `${line(problem)}\n`).join('');
}

function summary(problems: readonly Problem[], guides: number): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  const guideCount = `${guides} guide${guides === 1 ? '' : 's'} checked`;
  if (problems.length === 0) return `lint:content: no problems (${guideCount})`;
  return `lint:content: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${guideCount})`;
}

/** Runs the command; returns the exit code. */
async function main(argv: string[]): Promise<number> {
  try {
    const options = parseOptions(argv);
    if (options === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const root = getContentRoot();
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(new ContentRootError(root).message);
    const only = options.paths.length > 0 ? resolveGuidePaths(root, options.paths) : undefined;
    const report = await checkContentRoot(root, { only });
    const guides = report.checkedFiles.length;
    process.stdout.write(render(options.format, report.problems, root, guides));
    process.stderr.write(`${summary(report.problems, guides)}\n`);
    return report.problems.length === 0 ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`lint:content: ${error.message}\nRun "npm run lint:content -- --help" for usage.\n`);
    } else {
      process.stderr.write(`lint:content: the check could not run: ${(error as Error)?.stack ?? error}\n`);
    }
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
