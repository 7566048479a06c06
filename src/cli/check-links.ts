import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { getContentRoot } from '../check/content-root.ts';
import { checkContentRoot, ContentRootError, displayPath } from '../check/read.ts';
import type { ExternalLink } from '../check/rules.ts';
import { formatGithubAnnotation, formatProblem, sortProblems, type Problem } from '../lib/problems.ts';

const USAGE = `Usage: npm run check:links [-- [options]]

Fetches every external (http: and https:) link written in the guides, bodies and frontmatter text,
and reports each one that is dead, redirected or could not be checked, where it is written:

  content/skills/x.md:LINE:COL: link: https://example.com/old is dead (404)

It needs the network, so it is not part of npm test. Internal links are checked by lint:content
and the build; this command adds the outside world. A URL written in several places is fetched once.

Options:
  --format text|github  output format (default text); github prints GitHub Actions commands
  --concurrency N       requests in flight at once (default 4)
  --timeout SECONDS     give up on one request after this long (default 20)
  --retries N           retries of a 5xx answer or a network error (default 3); a 429 answer is
                        retried after the Retry-After time the server asks for
  -h, --help            show this help

Environment:
  CONTENT_DIR           content root to check (default: content)

Exit codes: 0 no dead links (redirects and unchecked links are printed as warnings),
1 dead links, 2 usage error or the check could not run.`;

class UsageError extends Error {}

interface Options {
  format: 'text' | 'github';
  concurrency: number;
  timeoutSeconds: number;
  retries: number;
}

function parseOptions(argv: string[]): Options | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', default: 'text' },
        concurrency: { type: 'string', default: '4' },
        timeout: { type: 'string', default: '20' },
        retries: { type: 'string', default: '3' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  if (values.format !== 'text' && values.format !== 'github') throw new UsageError(`--format must be "text" or "github", got "${values.format}"`);
  const count = (name: string, value: string, min: number) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, got "${value}"`);
    return number;
  };
  return {
    format: values.format,
    concurrency: count('concurrency', values.concurrency, 1),
    timeoutSeconds: count('timeout', values.timeout, 1),
    retries: count('retries', values.retries, 0),
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
/** The URL as linkinator reports it: parsed, without its fragment. */
const keyOf = (url: string) => {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
};

/** Why a broken result failed, in a few words: the status, or the network error. */
function failureOf(result: LinkResult): string {
  if (result.status) return `is dead (${result.status})`;
  const detail = result.failureDetails?.find((each): each is Error => each instanceof Error);
  const cause = (detail?.cause as { code?: string } | undefined)?.code ?? detail?.message;
  return `did not answer${cause ? ` (${cause})` : ''}`;
}

interface Findings {
  dead: Map<string, string>;
  warnings: Map<string, string>;
}

/**
 * Checks each URL once with linkinator: they are written as links of one page it crawls without
 * recursion, so its queue, retries and redirect handling apply to exactly these URLs.
 */
async function checkUrls(urls: readonly string[], options: Options): Promise<Findings> {
  const findings: Findings = { dead: new Map(), warnings: new Map() };
  const wanted = new Set(urls.map(keyOf));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-links-'));
  try {
    const page = path.join(dir, 'index.html');
    writeFileSync(page, `<!doctype html><meta charset="utf-8"><title>External links</title>\n${urls.map((url) => `<a href="${escapeHtml(url)}">link</a>`).join('\n')}\n`);
    const checker = new LinkChecker();
    checker.on('redirect', ({ url, targetUrl, status }) => {
      if (wanted.has(url)) findings.warnings.set(url, `redirects${targetUrl ? ` to ${targetUrl}` : ''}${status >= 300 && status < 400 ? ` (${status})` : ''}: link to where it ends`);
    });
    checker.on('retry', ({ url, secondsUntilRetry, status }) => process.stderr.write(`check:links: ${url} answered ${status}; retrying in ${secondsUntilRetry} s\n`));
    const { links } = await checker.check({
      path: page,
      recurse: false,
      concurrency: options.concurrency,
      timeout: options.timeoutSeconds * 1000,
      retry: true,
      retryErrors: options.retries > 0,
      retryErrorsCount: options.retries,
      retryErrorsJitter: 2000,
      redirects: 'warn',
    });
    for (const result of links) {
      if (!wanted.has(result.url)) continue;
      if (result.state === LinkState.BROKEN) findings.dead.set(result.url, failureOf(result));
      else if (result.state === LinkState.SKIPPED) findings.warnings.set(result.url, `could not be checked: the site blocks automated requests${result.status ? ` (${result.status})` : ''}`);
    }
    const answered = new Set(links.map((result) => result.url));
    for (const url of wanted) if (!answered.has(url)) findings.warnings.set(url, 'was not checked');
    return findings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  try {
    const options = parseOptions(argv);
    if (options === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const root = getContentRoot();
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(new ContentRootError(root).message);
    const report = await checkContentRoot(root, { externalLinks: true });
    if (report.problems.length > 0) {
      process.stderr.write(`check:links: the content has ${report.problems.length} problem(s) of its own (npm run lint:content); links of guides that cannot be read are not checked\n`);
    }
    const links: ExternalLink[] = report.externalLinks.filter((link) => URL.canParse(link.url));
    const urls = [...new Set(links.map((link) => link.url))];
    const pages = new Set(urls.map(keyOf)).size;
    process.stderr.write(`check:links: ${pages} external pages in ${links.length} links of ${report.checkedFiles.length} guides\n`);
    const findings = await checkUrls(urls, options);
    const located = (level: 'error' | 'warning') => {
      const messages = level === 'error' ? findings.dead : findings.warnings;
      return sortProblems(links.flatMap((link): Problem[] => {
        const message = messages.get(keyOf(link.url));
        return message && !(level === 'warning' && findings.dead.has(keyOf(link.url))) ? [{ file: link.file, line: link.line, column: link.column, field: 'link', message: `${link.url} ${message}` }] : [];
      }));
    };
    const dead = located('error');
    const warnings = located('warning');
    for (const [level, problems] of [['error', dead], ['warning', warnings]] as const) {
      for (const problem of problems) {
        process.stdout.write(`${options.format === 'github' ? formatGithubAnnotation(problem, level) : `${formatProblem(problem)}${level === 'warning' ? ' (warning)' : ''}`}\n`);
      }
    }
    process.stderr.write(`check:links: ${findings.dead.size} dead, ${findings.warnings.size} to look at, ${pages - findings.dead.size - findings.warnings.size} fine\n`);
    return dead.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) process.stderr.write(`check:links: ${error.message}\nRun "npm run check:links -- --help" for usage.\n`);
    else process.stderr.write(`check:links: the check could not run: ${(error as Error)?.stack ?? error}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
