import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkGuideFile, checkTaxonomyFile } from '../check/rules.ts';
import { formatProblem } from '../lib/problems.ts';
import { deriveSlug, renderScaffold, SCAFFOLD_MARKER } from '../lib/scaffold.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { guideSchema } from '../schemas/guide.ts';
import { getContentRoot } from '../check/content-root.ts';
import { displayPath } from '../check/read.ts';

const USAGE = `Usage: npm run new -- "Title" --category <id> [--slug <slug>] [--mdx]

Writes <content root>/skills/<slug>.md (or .mdx with --mdx): a draft guide with valid placeholder frontmatter (today's
date) and every body section, each placeholder marked ${SCAFFOLD_MARKER}. Drafts are built nowhere;
lint rejects a published guide that still holds a placeholder.

Options:
  --category <id>   an id from categories.yaml (required)
  --slug <slug>     file name and URL; default: derived from the title ("Café Déjà Vu" → cafe-deja-vu)
  --mdx             write an .mdx guide, for a body that uses components or expressions (JSX)
  -h, --help        show this help

Environment:
  CONTENT_DIR       content root to write into (default: content)

Exit codes: 0 written, 1 a guide with that slug already exists, 2 usage error or the file could not be written.`;

/** Thrown for bad arguments: exit code 2. */
class UsageError extends Error {}

/** Today's date where the author is, `YYYY-MM-DD`. */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function readCategoryIds(root: string): string[] {
  const file = path.join(root, 'categories.yaml');
  if (!existsSync(file)) throw new UsageError(`${displayPath(file)} is missing: every content root needs categories.yaml`);
  const { entries, problems } = checkTaxonomyFile({ file: displayPath(file), text: readFileSync(file, 'utf8') });
  if (problems.length > 0) throw new UsageError(`${displayPath(file)} has problems; fix them first:\n${problems.map(formatProblem).join('\n')}`);
  return entries.map((entry) => entry.id);
}

/** Runs the command; returns the exit code. */
function main(argv: string[]): number {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { category: { type: 'string' }, slug: { type: 'string' }, mdx: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (parsed.values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const title = parsed.positionals.join(' ').trim();
    if (!title) throw new UsageError('give the guide title, e.g. npm run new -- "Kubernetes" --category platform');
    const titleCheck = guideSchema.shape.title.safeParse(title);
    if (!titleCheck.success) throw new UsageError(`title ${titleCheck.error.issues[0]!.message}`);

    const root = getContentRoot();
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`content root ${displayPath(root)} does not exist (set CONTENT_DIR, or run from the project folder)`);
    const categoryIds = readCategoryIds(root);
    const category = parsed.values.category;
    if (!category) throw new UsageError(`--category is required; valid ids: ${categoryIds.join(', ')}`);
    if (!categoryIds.includes(category)) throw new UsageError(`unknown category "${category}"; valid ids: ${categoryIds.join(', ')}`);

    let slug = parsed.values.slug;
    if (slug !== undefined) {
      if (!SLUG_PATTERN.test(slug)) throw new UsageError(`--slug "${slug}" must be lowercase letters, digits and single hyphens (e.g. "oauth-2")`);
    } else {
      const derived = deriveSlug(title);
      if ('error' in derived) throw new UsageError(derived.error);
      slug = derived.slug;
    }

    const skillsDir = path.join(root, 'skills');
    // A slug is one page whatever the extension or letter case (foo.md, Foo.mdx).
    const clash = existsSync(skillsDir) ? readdirSync(skillsDir).find((name) => [`${slug}.md`, `${slug}.mdx`].includes(name.toLowerCase())) : undefined;
    const target = path.join(skillsDir, `${slug}.${parsed.values.mdx ? 'mdx' : 'md'}`);
    if (clash) {
      process.stderr.write(`new: ${displayPath(path.join(skillsDir, clash))} already exists; not overwriting it (choose another --slug)\n`);
      return 1;
    }

    const text = renderScaffold({ title, category, today: localToday() });
    const { problems } = checkGuideFile({ file: displayPath(target), text });
    if (problems.length > 0) throw new Error(`the scaffold does not pass its own checks:\n${problems.map(formatProblem).join('\n')}`);
    mkdirSync(skillsDir, { recursive: true });
    try {
      writeFileSync(target, text, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      process.stderr.write(`new: ${displayPath(target)} already exists; not overwriting it (choose another --slug)\n`);
      return 1;
    }
    process.stdout.write(
      `Created ${displayPath(target)} (draft: true).\n` +
        `Replace every ${SCAFFOLD_MARKER}, then delete the "draft: true" line and run npm run lint:content.\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`new: ${error.message}\nRun "npm run new -- --help" for usage.\n`);
    } else {
      process.stderr.write(`new: failed: ${(error as Error)?.stack ?? error}\n`);
    }
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
