import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { guideFileKey, markdownFingerprint } from './guide-files.ts';

/** A throw-away project root holding src/markdown/ and the rendering packages' package.json files. */
function withProject(check: (root: string) => void): void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'skill-guides-fingerprint-'));
  try {
    cpSync(path.resolve('src', 'markdown'), path.join(root, 'src', 'markdown'), { recursive: true });
    for (const name of ['astro', '@astrojs/markdown-satteri', 'satteri', '@astrojs/prism', 'prismjs']) {
      mkdirSync(path.join(root, 'node_modules', name), { recursive: true });
      writeFileSync(path.join(root, 'node_modules', name, 'package.json'), `{"name":"${name}","version":"1.0.0"}`);
    }
    check(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('a guide file is keyed by the guide\'s text and the Markdown configuration, nothing else', () => {
  withProject((root) => {
    const fingerprint = markdownFingerprint(root);
    assert.equal(markdownFingerprint(root), fingerprint, 'stable');
    assert.equal(guideFileKey('## A', fingerprint), guideFileKey('## A', fingerprint));
    assert.notEqual(guideFileKey('## A', fingerprint), guideFileKey('## B', fingerprint));

    writeFileSync(path.join(root, 'src', 'markdown', 'guide-outline.ts'), '// a plugin changed\n', { flag: 'a' });
    const edited = markdownFingerprint(root);
    assert.notEqual(edited, fingerprint, 'a change to the Markdown pipeline renders every body again');

    writeFileSync(path.join(root, 'node_modules', 'satteri', 'package.json'), '{"name":"satteri","version":"1.0.1"}');
    const upgraded = markdownFingerprint(root);
    assert.notEqual(upgraded, edited, 'so does a new version of a rendering package');

    writeFileSync(path.join(root, 'src', 'markdown', 'guide-outline.test.ts'), '// tests do not shape a render\n', { flag: 'a' });
    mkdirSync(path.join(root, 'src', 'lib'));
    writeFileSync(path.join(root, 'src', 'lib', 'dates.ts'), 'export {};\n');
    assert.equal(markdownFingerprint(root), upgraded, 'tests and code outside src/markdown/ do not');
  });
});
