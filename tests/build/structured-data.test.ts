import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Answer, BreadcrumbList, FAQPage, ImageObject, ItemList, ListItem, Organization, Person, Question, TechArticle, Thing, WebSite } from 'schema-dts';
import { SITE_DIST } from '../helpers/paths.ts';
import { listHtmlFiles, loadPage, readJsonLd, toSitePath } from '../helpers/dist.ts';

const SITE = 'https://skill-guides.example.com';

/** A schema.org type as schema-dts defines it, without its subtypes and without the plain-string form. */
type Node<T, K extends string> = Extract<T, { '@type': K }>;

/**
 * Every property each node type of the site's JSON-LD may carry. The compiler checks each name
 * against schema.org's vocabulary through schema-dts (a property the type does not have fails
 * `astro check`); the tests check every node the build wrote against these lists.
 */
const PROPERTIES = {
  WebSite: ['@type', '@id', 'name', 'url', 'description', 'inLanguage', 'publisher'] satisfies (keyof Node<WebSite, 'WebSite'>)[],
  Organization: ['@type', '@id', 'name', 'url', 'logo'] satisfies (keyof Node<Organization, 'Organization'>)[],
  ImageObject: ['@type', 'url'] satisfies (keyof Node<ImageObject, 'ImageObject'>)[],
  Person: ['@type', 'name', 'url'] satisfies (keyof Node<Person, 'Person'>)[],
  TechArticle: ['@type', '@id', 'headline', 'description', 'datePublished', 'dateModified', 'url', 'mainEntityOfPage', 'image', 'inLanguage', 'articleSection', 'about', 'author', 'publisher', 'isPartOf'] satisfies (keyof Node<TechArticle, 'TechArticle'>)[],
  Thing: ['@type', 'name'] satisfies (keyof Node<Thing, 'Thing'>)[],
  BreadcrumbList: ['@type', '@id', 'itemListElement'] satisfies (keyof Node<BreadcrumbList, 'BreadcrumbList'>)[],
  ItemList: ['@type', '@id', 'numberOfItems', 'itemListElement'] satisfies (keyof Node<ItemList, 'ItemList'>)[],
  ListItem: ['@type', 'position', 'name', 'item', 'url'] satisfies (keyof Node<ListItem, 'ListItem'>)[],
  FAQPage: ['@type', '@id', 'url', 'mainEntity'] satisfies (keyof Node<FAQPage, 'FAQPage'>)[],
  Question: ['@type', 'name', 'acceptedAnswer'] satisfies (keyof Node<Question, 'Question'>)[],
  Answer: ['@type', 'text'] satisfies (keyof Node<Answer, 'Answer'>)[],
} as const;

/** Google's required and recommended properties for the types it reads. */
const REQUIRED: Partial<Record<keyof typeof PROPERTIES, readonly string[]>> = {
  TechArticle: ['headline', 'image', 'author', 'datePublished', 'dateModified', 'publisher'],
  Organization: ['name', 'logo'],
  WebSite: ['name', 'url'],
  ItemList: ['itemListElement'],
  BreadcrumbList: ['itemListElement'],
  FAQPage: ['mainEntity'],
  Question: ['name', 'acceptedAnswer'],
  Answer: ['text'],
  Person: ['name'],
};

type Json = Record<string, any>;

/** Every object of a graph, nested ones included, with the path to it. */
function* walk(value: unknown, where: string): Generator<[Json, string]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* walk(item, `${where}[${index}]`);
  } else if (value && typeof value === 'object') {
    yield [value as Json, where];
    for (const [key, child] of Object.entries(value)) if (key !== '@context') yield* walk(child, `${where}.${key}`);
  }
}

const pages = listHtmlFiles(SITE_DIST).map((file) => ({ file, where: toSitePath(file), blocks: readJsonLd(loadPage(SITE_DIST, `/${file}`)) }));

/** Whether a URL on the site names a file the build wrote. */
const existsOnSite = (url: string) => {
  const { pathname } = new URL(url);
  return existsSync(path.join(SITE_DIST, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
};

test('every JSON-LD block on every page parses to one schema.org graph of known types with only their schema.org properties', () => {
  let nodes = 0;
  for (const { where, blocks } of pages) {
    assert.ok(blocks.length <= 1, `${where}: one graph per page`);
    for (const block of blocks) {
      assert.equal(block['@context'], 'https://schema.org', where);
      assert.ok(Array.isArray(block['@graph']), where);
      for (const [node, at] of walk(block['@graph'], `${where} @graph`)) {
        if (Object.keys(node).length === 1 && '@id' in node) continue;
        const type = node['@type'] as keyof typeof PROPERTIES;
        assert.ok(type in PROPERTIES, `${at}: unexpected @type ${type}`);
        const allowed: readonly string[] = PROPERTIES[type];
        for (const key of Object.keys(node)) assert.ok(allowed.includes(key), `${at}: ${type} has no property ${key}`);
        for (const key of REQUIRED[type] ?? []) assert.ok(node[key] !== undefined && node[key] !== '', `${at}: ${type} lacks ${key}`);
        nodes++;
      }
    }
  }
  assert.ok(nodes > 100, `only ${nodes} nodes`);
});

test('every @id reference resolves to a node the site defines, and every URL in structured data is absolute and exists', () => {
  const defined = new Set<string>();
  for (const { blocks } of pages) for (const block of blocks) for (const [node] of walk(block['@graph'], '')) if (node['@id'] && Object.keys(node).length > 1) defined.add(node['@id']);
  assert.ok(defined.has(`${SITE}/#website`) && defined.has(`${SITE}/#publisher`));
  for (const { where, blocks } of pages) {
    for (const block of blocks) {
      for (const [node, at] of walk(block['@graph'], `${where} @graph`)) {
        if (Object.keys(node).length === 1 && node['@id']) assert.ok(defined.has(node['@id']), `${at}: ${node['@id']} is defined nowhere`);
        for (const key of ['url', 'item', 'mainEntityOfPage', 'image']) {
          if (typeof node[key] !== 'string') continue;
          assert.ok(node[key].startsWith(`${SITE}/`), `${at}.${key}: ${node[key]} is not an absolute URL of the site`);
          assert.ok(existsOnSite(node[key]), `${at}.${key}: ${node[key]} does not exist`);
        }
      }
    }
  }
});

test('list pages carry an ItemList of exactly the guides they link, in order, positions from 1', () => {
  const listPages = pages.filter(({ blocks }) => blocks.some((block) => block['@graph'].some((node: Json) => node['@type'] === 'ItemList')));
  assert.deepEqual(
    listPages.map(({ where }) => where.split('/')[1] || 'home').filter((kind, index, all) => all.indexOf(kind) === index).sort(),
    ['categories', 'home', 'interview-questions', 'practice', 'roles'],
  );
  for (const { file, where, blocks } of listPages) {
    const list = blocks[0]['@graph'].find((node: Json) => node['@type'] === 'ItemList');
    assert.deepEqual(list.itemListElement.map((item: Json) => item.position), list.itemListElement.map((_: unknown, index: number) => index + 1), where);
    assert.equal(list.numberOfItems, list.itemListElement.length, where);
    const $ = loadPage(SITE_DIST, `/${file}`);
    const linked = [...new Set($('main a[href^="/skills/"]').toArray().map((a) => $(a).attr('href')!).filter((href) => /^\/skills\/[a-z0-9-]+\/$/.test(href)))];
    const listed = list.itemListElement.map((item: Json) => item.url.replace(SITE, ''));
    assert.deepEqual([...listed].sort(), [...linked].sort(), `${where}: the ItemList names the guides the page links`);
  }
});
