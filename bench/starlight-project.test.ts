import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newestOfLine, npmEnv, ourSite, ourVersions, starlightProjectFiles } from './starlight-project.ts';

// Nothing here installs packages or asks the registry: the project files are pure functions of
// the versions, and the versions of our side come from files on disk.

const versions = { astro: '7.3.5', starlight: '0.42.4', markdownRemark: '^7.3.0', vite: '8.3.8' };

test('the Starlight package.json pins astro and Starlight exactly, gets Node 24 for npm scripts and forces our vite', () => {
  const files = starlightProjectFiles(versions, 'https://skill-guides.example.com');
  const pkg = JSON.parse(files.find((file) => file.path === 'package.json')!.text) as Record<string, Record<string, string>>;
  assert.deepEqual(pkg.dependencies, { '@astrojs/markdown-remark': '^7.3.0', '@astrojs/starlight': '0.42.4', astro: '7.3.5' });
  assert.deepEqual(pkg.devDependencies, { node: '^24' });
  assert.deepEqual(pkg.overrides, { vite: '8.3.8' });
  assert.equal(pkg.scripts!.build, 'astro build');
});

test('the Astro config is stock Starlight with our site; the content config uses docsLoader and docsSchema', () => {
  const files = starlightProjectFiles(versions, 'https://example.org/guides');
  const config = files.find((file) => file.path === 'astro.config.mjs')!.text;
  assert.match(config, /site: "https:\/\/example\.org\/guides"/);
  assert.match(config, /integrations: \[starlight\(\{ title: 'Skill guides' \}\)\]/);
  const content = files.find((file) => file.path === 'src/content.config.ts')!.text;
  assert.match(content, /docs: defineCollection\(\{ loader: docsLoader\(\), schema: docsSchema\(\) \}\)/);
});

test('newestOfLine picks the newest release of a line, by number, ignoring prereleases and other lines', () => {
  const cases: [string | string[], string | undefined][] = [
    [['0.42.0', '0.42.1', '0.42.10', '0.42.2'], '0.42.10'],
    [['0.41.9', '0.42.3', '0.43.0', '0.42.4-beta.1'], '0.42.3'],
    ['0.42.0', '0.42.0'],
    [['0.421.0', '0.4.2'], undefined],
    [[], undefined],
  ];
  for (const [input, want] of cases) assert.equal(newestOfLine(input, '0.42'), want, JSON.stringify(input));
});

test('our versions come from node_modules and the lock file, our site from SITE_URL or the settings\' default', () => {
  assert.equal(ourSite({}), 'https://skill-guides.example.com');
  assert.equal(ourSite({ SITE_URL: ' https://override.example/ ' }), 'https://override.example/');
  const here = ourVersions(process.cwd());
  assert.match(here.astro, /^7\./);
  assert.match(here.vite, /^\d+\.\d+\.\d+$/);
});

test('the nested npm does not see our package: npm run\'s package and prefix variables are dropped, registry settings kept', () => {
  const env = npmEnv({
    PATH: '/bin',
    INIT_CWD: '/repo',
    npm_config_local_prefix: '/repo',
    npm_package_json: '/repo/package.json',
    npm_package_name: 'skill-guides',
    npm_lifecycle_event: 'bench',
    npm_command: 'run-script',
    npm_config_registry: 'https://registry.example/',
    npm_config_cache: '/root/.npm',
  });
  assert.deepEqual(env, { PATH: '/bin', npm_config_registry: 'https://registry.example/', npm_config_cache: '/root/.npm', npm_config_update_notifier: 'false' });
});
