import { isUtf8 } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import { sortProblems, type Problem } from '../lib/problems.ts';
import { checkContent, normalizeText, type ContentReport, type SourceFile } from './rules.ts';
import { checkSiteSettingsFile, DEFAULT_SETTINGS, SITE_SETTINGS_FILE } from './site-settings.ts';
import type { SiteSettings } from '../schemas/site-settings.ts';

/** A content root's report: its guides, categories and roles, and its site settings. */
export interface ContentRootReport extends ContentReport {
  settings: SiteSettings;
}

/** Path as shown in messages: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}

/** A content root that does not exist; its message says what to do. */
export class ContentRootError extends Error {
  constructor(root: string) {
    super(`content root ${displayPath(root)} does not exist (set CONTENT_DIR, or run from the project folder)`);
    this.name = 'ContentRootError';
    // The message says what to do; a stack trace would only bury it.
    this.stack = '';
  }
}

// What editors and operating systems leave beside files: lock files (`.#x.md`), backups (`x.md~`,
// `#x.md#`, `x.md.bak`), swap files (`.x.md.swp`), folder metadata (`.DS_Store`, `Thumbs.db`).
const LITTER = [/^\./, /~$/, /^#.*#$/, /\.(?:bak|orig|swp|swo|tmp)$/i, /^Thumbs\.db$/i, /^desktop\.ini$/i];

/** The guide files of a content root's `skills/` folder, and a problem for anything else in it. */
export function listSkills(root: string): { guides: string[]; problems: Problem[] } {
  const dir = path.join(root, 'skills');
  if (!existsSync(dir)) return { guides: [], problems: [] };
  const guides: string[] = [];
  const problems: Problem[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (LITTER.some((pattern) => pattern.test(name))) continue;
    const file = path.join(dir, name);
    const problem = (message: string) => problems.push({ file: displayPath(file), line: 1, column: 1, field: 'file', message });
    // Follows a symbolic link: a linked guide is a guide, in the check as in the build.
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) problem('is a symbolic link to nothing: remove it, or point it at a guide');
    else if (stat.isDirectory()) problem('is a folder: skills/ holds guide files only (one .md or .mdx file per guide)');
    else if (/\.mdx?$/.test(name)) guides.push(file);
    else if (/\.mdx?$/i.test(name)) problem(`the extension must be lowercase: rename it to ${name.replace(/\.mdx?$/i, (ext) => ext.toLowerCase())}`);
    else problem('is not a guide: skills/ holds guides, .md or .mdx files (editor backups and lock files are ignored)');
  }
  return { guides, problems };
}

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    if (length === 3) {
      const code = ((byte & 0x0f) << 12) | ((bytes[index + 1]! & 0x3f) << 6);
      if (code < 0x800 || (code >= 0xd800 && code < 0xe000)) return index;
    }
    if (length === 4) {
      const code = ((byte & 0x07) << 18) | ((bytes[index + 1]! & 0x3f) << 12);
      if (code < 0x10000 || code > 0x10ffff) return index;
    }
    index += length;
  }
  return -1;
}

/** A file's text (or bytes); a file removed since it was listed reads as empty (and is reported so). */
function readFile(file: string): Buffer;
function readFile(file: string, encoding: 'utf8'): string;
function readFile(file: string, encoding?: 'utf8'): Buffer | string {
  try {
    return encoding ? readFileSync(file, encoding) : readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return encoding ? '' : Buffer.alloc(0);
    throw error;
  }
}

/** A file of the content root, or the problem that stops it being read as UTF-8 text. */
function readSource(file: string): SourceFile | Problem {
  // Decoding replaces a byte that is not UTF-8 with U+FFFD, which a text may also hold as written:
  // only then are the bytes read, to tell the two apart and to say where the bad byte is.
  if (readFile(file, 'utf8').includes('\uFFFD')) {
    const bytes = readFile(file);
    const invalid = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
    if (invalid !== -1) {
      const lines = bytes.subarray(0, invalid).toString('utf8').split(/\r\n|\r|\n/);
      return { file: displayPath(file), line: lines.length, column: lines.at(-1)!.length + 1, field: 'file', message: 'is not UTF-8 text (another encoding, or binary data, from here on): save it as UTF-8' };
    }
  }
  // The text is read again when it is needed (by the check of that file, and again only if a later
  // problem needs a position in it), so the check holds no file's text while it runs. Reading a
  // file as text is cheaper than holding its bytes: Node decodes it from a buffer it reuses, where
  // every buffer kept is fresh memory.
  return {
    file: displayPath(file),
    get text() {
      return readFile(file, 'utf8');
    },
  };
}

const isProblem = (read: SourceFile | Problem): read is Problem => 'message' in read;

/**
 * Reads a content root from disk and checks every file plus the rules across files. With `only`
 * (guide file paths), reports only those guides' problems, still checked against the whole root.
 * Throws a `ContentRootError` when there is no content root to check.
 */
export async function checkContentRoot(root: string, options: { only?: readonly string[]; externalLinks?: boolean } = {}): Promise<ContentRootReport> {
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new ContentRootError(root);
  const only = options.only && new Set(options.only.map((file) => displayPath(path.resolve(file))));
  const problems: Problem[] = [];
  const skills = listSkills(root);
  // With `only`, lint was asked about some guides: what else is in skills/ is not its business.
  if (!only) problems.push(...skills.problems);
  const read = (file: string) => {
    const source = readSource(file);
    if (!isProblem(source)) return source;
    if (!only || only.has(source.file)) problems.push(source);
    return undefined;
  };
  const guides: SourceFile[] = [];
  const unreadableGuides: string[] = [];
  for (const file of skills.guides) {
    const source = read(file);
    if (source) guides.push(source);
    else unreadableGuides.push(displayPath(file));
  }
  const taxonomy = (name: string) => {
    const file = path.join(root, name);
    if (existsSync(file)) return read(file);
    problems.push({ file: displayPath(file), line: 1, column: 1, field: 'file', message: 'is missing: every content root needs categories.yaml and roles.yaml' });
    return undefined;
  };
  const projectRoot = process.cwd();
  const requireFromProject = createRequire(path.join(projectRoot, 'package.json'));
  const report = await checkContent(
    { guides, unreadableGuides, categories: taxonomy('categories.yaml'), roles: taxonomy('roles.yaml') },
    {
      only,
      externalLinks: options.externalLinks,
      hasPublicFile: (sitePath) => {
        const file = path.join(projectRoot, 'public', path.normalize(sitePath));
        return file.startsWith(path.join(projectRoot, 'public') + path.sep) && (statSync(file, { throwIfNoEntry: false })?.isFile() ?? false);
      },
      resolvesImport: (guideFile, specifier) => {
        if (isBuiltin(specifier)) return true;
        if (specifier.startsWith('.') || specifier.startsWith('/')) {
          const target = specifier.startsWith('/') ? path.join(projectRoot, specifier) : path.resolve(path.dirname(path.resolve(guideFile)), specifier);
          return ['', '.ts', '.js', '.mjs', '.astro', '.jsx', '.tsx', '.mdx', '.md', '.json'].some((extension) => statSync(`${target}${extension}`, { throwIfNoEntry: false })?.isFile());
        }
        try {
          requireFromProject.resolve(specifier);
          return true;
        } catch {
          return existsSync(path.join(projectRoot, 'node_modules', specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')));
        }
      },
    },
  );
  const settingsFile = path.join(root, SITE_SETTINGS_FILE);
  // No site.yaml: every setting has its default.
  const settingsSource = existsSync(settingsFile) ? read(settingsFile) : { file: displayPath(settingsFile), text: '' };
  const site = settingsSource ? checkSiteSettingsFile(settingsSource) : { settings: DEFAULT_SETTINGS, problems: [] };
  return { ...report, problems: sortProblems([...problems, ...site.problems, ...report.problems]), settings: site.settings };
}

/** A checked guide's body (the Markdown or MDX after its frontmatter), read again from its file. */
export function readGuideBody(guide: { file: string; bodyStart: number }): string {
  return normalizeText(readFileSync(path.resolve(guide.file), 'utf8')).slice(guide.bodyStart);
}
