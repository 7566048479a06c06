import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBreadcrumbList, buildGuideGraph, serializeJsonLd } from './json-ld.ts';

test('serializeJsonLd escapes characters that could end the script element, and parses back to the same text', () => {
  const hostile = { name: '</script><script>alert(1)</script> & \u2028\u2029 <!--' };
  const json = serializeJsonLd(hostile);
  assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
  assert.match(json, /\\u003c\/script\\u003e/);
  assert.deepEqual(JSON.parse(json), hostile);
});

test('buildBreadcrumbList numbers positions from 1 in visible order', () => {
  assert.deepEqual(buildBreadcrumbList([{ name: 'Home', url: 'https://x.test/' }, { name: 'JWT', url: 'https://x.test/skills/jwt/' }]), {
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.test/' },
      { '@type': 'ListItem', position: 2, name: 'JWT', item: 'https://x.test/skills/jwt/' },
    ],
  });
});

test('buildGuideGraph emits one TechArticle, BreadcrumbList and FAQPage with one plain-text Answer per question, in order', () => {
  const url = 'https://x.test/skills/jwt/';
  const graph = buildGuideGraph({
    url,
    title: 'JWT',
    description: 'Tokens.',
    updated: '2026-11-22',
    categoryName: 'Security',
    concepts: [{ term: 'Claims' }],
    faq: [
      { question: 'Is *alg* safe?', answer: 'Pin `alg` to **RS256**.' },
      { question: 'Second?', answer: 'Yes & no.' },
    ],
    breadcrumbs: [{ name: 'Home', url: 'https://x.test/' }, { name: 'Security', url: 'https://x.test/categories/security/' }, { name: 'JWT', url }],
    siteName: 'Skill guides',
    siteUrl: 'https://x.test/',
  });
  assert.deepEqual(graph, {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'TechArticle',
        '@id': `${url}#article`,
        headline: 'JWT',
        description: 'Tokens.',
        dateModified: '2026-11-22',
        url,
        mainEntityOfPage: url,
        inLanguage: 'en',
        articleSection: 'Security',
        about: [{ '@type': 'Thing', name: 'JWT' }, { '@type': 'Thing', name: 'Claims' }],
        isPartOf: { '@type': 'WebSite', name: 'Skill guides', url: 'https://x.test/' },
      },
      {
        '@type': 'BreadcrumbList',
        '@id': `${url}#breadcrumbs`,
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.test/' },
          { '@type': 'ListItem', position: 2, name: 'Security', item: 'https://x.test/categories/security/' },
          { '@type': 'ListItem', position: 3, name: 'JWT', item: url },
        ],
      },
      {
        '@type': 'FAQPage',
        '@id': `${url}#faq`,
        url,
        mainEntity: [
          { '@type': 'Question', name: 'Is *alg* safe?', acceptedAnswer: { '@type': 'Answer', text: 'Pin alg to RS256.' } },
          { '@type': 'Question', name: 'Second?', acceptedAnswer: { '@type': 'Answer', text: 'Yes & no.' } },
        ],
      },
    ],
  });
});
