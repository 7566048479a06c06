import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkSiteSettingsFile, readSiteUrl } from './site-settings.ts';
import { formatProblem } from '../lib/problems.ts';

const check = (text: string) => checkSiteSettingsFile({ file: 'content/site.yaml', text });

test('a missing or empty site.yaml means every default', () => {
  const { settings, problems } = check('');
  assert.deepEqual(problems, []);
  assert.equal(settings.name, 'Skill guides');
  assert.equal(settings.repository, undefined);
});

test('site.yaml problems are located file:line:col with the field path, as guide problems are', () => {
  const text = ['name: Guides', 'url: ftp://guides.test', 'repository:', '  url: https://github.com/acme/guides', '  branch: "has space"', 'colour: red', 'accentColor:', '  light: "#eeeeee"', '  dark: "#8ab4f8"', ''].join('\n');
  assert.deepEqual(check(text).problems.map(formatProblem).sort(), [
    'content/site.yaml:2:6: url: must be an absolute http:// or https:// URL',
    'content/site.yaml:5:11: repository.branch: must be a branch name',
    'content/site.yaml:6:1: colour: unknown key',
    'content/site.yaml:8:10: accentColor.light: must have a contrast of at least 4.5:1 against the light page backgrounds (#ffffff, #f5f7fa); it has 1.08:1',
  ].sort());
});

test('a YAML syntax error is located too, and the settings fall back to the defaults', () => {
  const { settings, problems } = check('name: [unclosed\n');
  assert.equal(problems.length > 0, true);
  assert.match(formatProblem(problems[0]!), /^content\/site\.yaml:\d+:\d+: frontmatter: YAML syntax error/);
  assert.equal(settings.name, 'Skill guides');
});

test('astro.config.ts reads the site URL from site.yaml, and the default when the file is missing or invalid', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-settings-'));
  try {
    assert.equal(readSiteUrl(root), 'https://skill-guides.example.com');
    writeFileSync(path.join(root, 'site.yaml'), 'url: https://guides.acme.test\n');
    assert.equal(readSiteUrl(root), 'https://guides.acme.test');
    writeFileSync(path.join(root, 'site.yaml'), 'url: 42\n');
    assert.equal(readSiteUrl(root), 'https://skill-guides.example.com');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
