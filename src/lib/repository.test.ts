import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEditUrl, getReportUrl } from './repository.ts';

const repository = { url: 'https://github.com/acme/guides', branch: 'main', contentPath: 'content' };

test('the edit link opens the guide\'s file on the branch, under the content folder', () => {
  const cases: [typeof repository, string, string][] = [
    [repository, 'iam.md', 'https://github.com/acme/guides/edit/main/content/skills/iam.md'],
    [{ ...repository, url: 'https://github.com/acme/guides/' }, 'jwt.mdx', 'https://github.com/acme/guides/edit/main/content/skills/jwt.mdx'],
    [{ ...repository, url: 'https://github.com/acme/guides.git', branch: 'release/2026', contentPath: 'site/content' }, 'iam.md', 'https://github.com/acme/guides/edit/release/2026/site/content/skills/iam.md'],
  ];
  for (const [repo, file, expected] of cases) assert.equal(getEditUrl(repo, file), expected);
});

test('the report link opens a new issue whose title and body name the guide, encoded', () => {
  const url = new URL(getReportUrl(repository, { title: 'OAuth 2.0 & "PKCE" #1', url: 'https://guides.test/skills/oauth-2/' }));
  assert.equal(`${url.origin}${url.pathname}`, 'https://github.com/acme/guides/issues/new');
  assert.equal(url.searchParams.get('title'), 'Problem in "OAuth 2.0 & "PKCE" #1"');
  assert.match(url.searchParams.get('body')!, /^Page: https:\/\/guides\.test\/skills\/oauth-2\/\n/);
  assert.equal(url.hash, '');
});
