import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getCategoryPath, getCheatSheetPath, getGuidePath, getInterviewHubPath, getRolePath, slugifyHeadings, toAbsoluteUrl } from './urls.ts';

test('page paths end in a slash, as the site is built with trailingSlash: always', () => {
  assert.equal(getGuidePath('oauth-2'), '/skills/oauth-2/');
  assert.equal(getCheatSheetPath('oauth-2'), '/skills/oauth-2/cheat-sheet/');
  assert.equal(getCategoryPath('security'), '/categories/security/');
  assert.equal(getRolePath('staff-engineer'), '/roles/staff-engineer/');
  assert.equal(getInterviewHubPath(), '/interview-questions/');
  assert.equal(getInterviewHubPath('iam'), '/interview-questions/?skill=iam');
});

const absoluteCases: [string, string, string][] = [
  ['/skills/jwt/', 'https://guides.example.org', 'https://guides.example.org/skills/jwt/'],
  ['/skills/jwt/', 'https://guides.example.org/', 'https://guides.example.org/skills/jwt/'],
  ['/', 'https://guides.example.org', 'https://guides.example.org/'],
  ['/interview-questions/?skill=iam', 'https://g.example', 'https://g.example/interview-questions/?skill=iam'],
];
for (const [pathname, site, expected] of absoluteCases) {
  test(`toAbsoluteUrl joins ${pathname} to ${site}`, () => assert.equal(toAbsoluteUrl(pathname, site), expected));
}

test('slugifyHeadings gives the anchors Astro gives a document\'s headings, repeats numbered', () => {
  assert.deepEqual(slugifyHeadings(['What is OAuth 2.0?', 'Backend / Frontend usage', 'FAQ', 'FAQ']), ['what-is-oauth-20', 'backend--frontend-usage', 'faq', 'faq-1']);
});
