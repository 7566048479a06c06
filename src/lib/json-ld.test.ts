import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBreadcrumbList, buildGuideGraph, buildHomeGraph, buildListPageGraph, serializeJsonLd, siteIdentityOf, type SiteIdentity } from './json-ld.ts';
import { siteSettingsSchema } from '../schemas/site-settings.ts';

const SITE: SiteIdentity = { name: 'Skill guides', url: 'https://x.test/', description: 'Guides.', publisher: { name: 'Acme', url: 'https://acme.test/' }, logo: 'https://x.test/logo.svg' };

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

test('buildGuideGraph emits a TechArticle, BreadcrumbList, FAQPage (one plain-text Answer per question, in order) and the publisher', () => {
  const url = 'https://x.test/skills/jwt/';
  const graph = buildGuideGraph({
    url,
    title: 'JWT',
    description: 'Tokens.',
    updated: '2026-11-22',
    published: '2026-01-05',
    image: 'https://x.test/og.png',
    categoryName: 'Security',
    concepts: [{ term: 'Claims' }],
    faq: [
      { question: 'Is *alg* safe?', answer: 'Pin `alg` to **RS256**.' },
      { question: 'Second?', answer: 'Yes & no.' },
    ],
    breadcrumbs: [{ name: 'Home', url: 'https://x.test/' }, { name: 'Security', url: 'https://x.test/categories/security/' }, { name: 'JWT', url }],
    site: { ...SITE, author: { name: 'Ada', url: 'https://ada.test/' } },
  });
  assert.deepEqual(graph, {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'TechArticle',
        '@id': `${url}#article`,
        headline: 'JWT',
        description: 'Tokens.',
        datePublished: '2026-01-05',
        dateModified: '2026-11-22',
        url,
        mainEntityOfPage: url,
        image: 'https://x.test/og.png',
        inLanguage: 'en',
        articleSection: 'Security',
        about: [{ '@type': 'Thing', name: 'JWT' }, { '@type': 'Thing', name: 'Claims' }],
        author: { '@type': 'Person', name: 'Ada', url: 'https://ada.test/' },
        publisher: { '@id': 'https://x.test/#publisher' },
        isPartOf: { '@id': 'https://x.test/#website' },
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
      { '@type': 'Organization', '@id': 'https://x.test/#publisher', name: 'Acme', url: 'https://acme.test/', logo: { '@type': 'ImageObject', url: 'https://x.test/logo.svg' } },
    ],
  });
});

test('without a default author, the publisher is the guide\'s author', () => {
  const graph = buildGuideGraph({ url: 'https://x.test/skills/a/', title: 'A', description: 'A.', updated: '2026-01-01', published: '2026-01-01', image: 'https://x.test/og.png', categoryName: 'S', concepts: [], faq: [], breadcrumbs: [], site: SITE }) as unknown as { '@graph': Record<string, unknown>[] };
  assert.deepEqual(graph['@graph'][0]!.author, { '@id': 'https://x.test/#publisher' });
});

test('the home graph holds the WebSite (with its publisher) and an ItemList of the guides in page order', () => {
  assert.deepEqual(buildHomeGraph(SITE, [{ name: 'B', url: 'https://x.test/skills/b/' }, { name: 'A', url: 'https://x.test/skills/a/' }]), {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', '@id': 'https://x.test/#website', name: 'Skill guides', url: 'https://x.test/', description: 'Guides.', inLanguage: 'en', publisher: { '@id': 'https://x.test/#publisher' } },
      { '@type': 'Organization', '@id': 'https://x.test/#publisher', name: 'Acme', url: 'https://acme.test/', logo: { '@type': 'ImageObject', url: 'https://x.test/logo.svg' } },
      {
        '@type': 'ItemList',
        '@id': 'https://x.test/#guides',
        numberOfItems: 2,
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'B', url: 'https://x.test/skills/b/' },
          { '@type': 'ListItem', position: 2, name: 'A', url: 'https://x.test/skills/a/' },
        ],
      },
    ],
  });
});

test('a list page\'s graph holds its breadcrumbs and an ItemList of its guides, named after the page', () => {
  const page = 'https://x.test/categories/security/';
  const graph = buildListPageGraph([{ name: 'Home', url: 'https://x.test/' }, { name: 'Security', url: page }], [{ name: 'A', url: 'https://x.test/skills/a/' }]) as unknown as { '@graph': Record<string, unknown>[] };
  assert.deepEqual(graph['@graph'].map((node) => [node['@type'], node['@id']]), [['BreadcrumbList', `${page}#breadcrumbs`], ['ItemList', `${page}#guides`]]);
});

test('the site identity resolves the settings\' defaults: the publisher is the site, the logo an absolute URL', () => {
  const identity = siteIdentityOf(siteSettingsSchema.parse({ name: 'Guides' }), 'https://guides.test');
  assert.deepEqual(identity, { name: 'Guides', url: 'https://guides.test/', description: siteSettingsSchema.parse({}).description, publisher: { name: 'Guides', url: 'https://guides.test/' }, logo: 'https://guides.test/favicon.svg' });
});
