import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where tests write builds; ignored by git. */
export const TEST_OUTPUT = path.join(ROOT, '.test-output');
/** The shipped site, built once per test run by tests/global-setup.ts. */
export const SITE_DIST = path.join(TEST_OUTPUT, 'site');
