import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server.ts';
import { SITE_DIST } from './paths.ts';

/** Debian's Chromium, or CHROMIUM_PATH. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Why browser tests cannot run, or undefined when they can. In CI a missing browser is a failure,
 * not a skip: `.ci/run` installs Debian's chromium package.
 */
function browserUnavailable(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  const reason = `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI) throw new Error(`Browser tests need Chromium in CI: ${reason}`);
  return reason;
}

/** Starts headless Chromium with the flags this sandbox needs (no network beyond loopback). */
function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** The shipped site served on loopback and one browser, shared by the tests of a file. */
export interface BrowserSuite {
  /** Why the tests are skipped (no Chromium outside CI), or undefined. */
  skip: string | undefined;
  browser: Browser;
  server: StaticServer;
  /** Opens a new page at `pathname` of the served site. */
  open(pathname: string, options?: { width?: number; colorScheme?: 'light' | 'dark' }): Promise<Page>;
}

/**
 * Registers before/after hooks that serve a built site (the shipped one unless `dist` gives
 * another, built before the hooks run; with `headers`, if given) and start Chromium once for the
 * calling test file.
 */
export function useBrowserSuite(headers: () => Record<string, string> = () => ({}), dist: () => string = () => SITE_DIST): BrowserSuite {
  const suite = { skip: browserUnavailable() } as BrowserSuite;
  suite.open = async (pathname, options = {}) => {
    const page = await suite.browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
    await page.goto(`${suite.server.url}${pathname}`);
    return page;
  };
  before(async () => {
    if (suite.skip) return;
    suite.server = await serveStatic(dist(), headers());
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.x A and AA plus best practices) on the page and returns its violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol, so a page's Content-Security-Policy does not block it.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node: { target: string[] }) => node.target.join(' ')),
    }));
  });
}
