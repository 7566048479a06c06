import type { BreadcrumbList, FAQPage, Graph, IdReference, ItemList, Organization, Person, TechArticle, Thing, WebSite } from 'schema-dts';
import { markdownToPlainText } from './markdown.ts';
import { toAbsoluteUrl } from './urls.ts';
import type { SiteSettings } from '../schemas/site-settings.ts';

/** One visible breadcrumb. `url` is absolute. */
export interface Crumb {
  name: string;
  url: string;
}

/** Someone credited on a guide; `url` absolute. */
interface Party {
  name: string;
  url?: string;
}

/** The site as structured data knows it (from the site settings); every URL absolute. */
export interface SiteIdentity {
  name: string;
  /** The home page. */
  url: string;
  description: string;
  publisher: Party;
  /** The publisher's logo. */
  logo: string;
  /** The default author of a guide (a person); without one, the publisher is the author. */
  author?: Party;
}

/** What the guide graph needs to know about a guide. */
export interface GuideGraphInput {
  url: string;
  title: string;
  description: string;
  updated: string;
  /** First published, `YYYY-MM-DD`. */
  published: string;
  /** The page's social image (absolute URL). */
  image: string;
  categoryName: string;
  concepts: readonly { term: string }[];
  faq: readonly { question: string; answer: string }[];
  breadcrumbs: readonly Crumb[];
  site: SiteIdentity;
  /** Plain text of an inline-Markdown answer; the page passes its pre-rendered fields. */
  plainText?: (markdown: string) => string;
}

/** The home page's WebSite node id: other pages refer to the site by it. */
function webSiteId(site: Pick<SiteIdentity, 'url'>): string {
  return `${site.url}#website`;
}

/** The publisher's Organization, with its logo; referred to by `@id` from the site and its guides. */
function buildPublisher(site: SiteIdentity): Organization {
  return {
    '@type': 'Organization',
    '@id': `${site.url}#publisher`,
    name: site.publisher.name,
    ...(site.publisher.url ? { url: site.publisher.url } : {}),
    logo: { '@type': 'ImageObject', url: site.logo },
  } satisfies Organization;
}

/** A guide's author: the site's default author (a person), else the publisher. */
function buildAuthor(site: SiteIdentity): Person | IdReference {
  if (!site.author) return { '@id': `${site.url}#publisher` } satisfies IdReference;
  return { '@type': 'Person', name: site.author.name, ...(site.author.url ? { url: site.author.url } : {}) } satisfies Person;
}

/** Builds the BreadcrumbList for crumbs as shown on the page, positions from 1. */
export function buildBreadcrumbList(crumbs: readonly Crumb[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}

/** One `@graph` for a guide page: TechArticle, BreadcrumbList and FAQPage (one Answer per Question, in order). */
export function buildGuideGraph(input: GuideGraphInput): Graph {
  const plainText = input.plainText ?? markdownToPlainText;
  const article: TechArticle = {
    '@type': 'TechArticle',
    '@id': `${input.url}#article`,
    headline: input.title,
    description: input.description,
    datePublished: input.published,
    dateModified: input.updated,
    url: input.url,
    mainEntityOfPage: input.url,
    image: input.image,
    inLanguage: 'en',
    articleSection: input.categoryName,
    about: [{ '@type': 'Thing', name: input.title }, ...input.concepts.map((concept) => ({ '@type': 'Thing', name: concept.term }) satisfies Thing)],
    author: buildAuthor(input.site),
    publisher: { '@id': `${input.site.url}#publisher` },
    isPartOf: { '@id': webSiteId(input.site) },
  };
  const breadcrumbs: BreadcrumbList = { ...buildBreadcrumbList(input.breadcrumbs), '@id': `${input.url}#breadcrumbs` };
  const faq: FAQPage = {
    '@type': 'FAQPage',
    '@id': `${input.url}#faq`,
    url: input.url,
    mainEntity: input.faq.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: plainText(item.answer) },
    })),
  };
  return { '@context': 'https://schema.org', '@graph': [article, breadcrumbs, faq, buildPublisher(input.site)] };
}

/** One guide in a list page's ItemList; `url` absolute. */
export interface ListedGuide {
  name: string;
  url: string;
}

/** An ItemList of the guides a list page shows, in the order it shows them, positions from 1. */
function buildItemList(guides: readonly ListedGuide[], id: string): ItemList {
  return {
    '@type': 'ItemList',
    '@id': id,
    numberOfItems: guides.length,
    itemListElement: guides.map((guide, index) => ({ '@type': 'ListItem', position: index + 1, name: guide.name, url: guide.url })),
  };
}

/** The home page: the WebSite (with its publisher) and an ItemList of every guide it lists. */
export function buildHomeGraph(site: SiteIdentity, guides: readonly ListedGuide[]): Graph {
  const webSite: WebSite = {
    '@type': 'WebSite',
    '@id': webSiteId(site),
    name: site.name,
    url: site.url,
    description: site.description,
    inLanguage: 'en',
    publisher: { '@id': `${site.url}#publisher` },
  };
  return { '@context': 'https://schema.org', '@graph': [webSite, buildPublisher(site), buildItemList(guides, `${site.url}#guides`)] };
}

/** A list page (category, role, hub): its breadcrumbs and an ItemList of its guides. */
export function buildListPageGraph(crumbs: readonly Crumb[], guides: readonly ListedGuide[]): Graph {
  const url = crumbs.at(-1)!.url;
  return { '@context': 'https://schema.org', '@graph': [{ ...buildBreadcrumbList(crumbs), '@id': `${url}#breadcrumbs` }, buildItemList(guides, `${url}#guides`)] };
}

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/ld+json">` element. Escapes `<`, `>`, `&`, U+2028 and
 * U+2029 as `\uXXXX`, so no string can close the script element, and JSON.parse returns the
 * original text.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE_IN_SCRIPT[char]!);
}

/** The site's identity for structured data, from its settings: defaults resolved, URLs absolute. */
export function siteIdentityOf(settings: SiteSettings, site: URL | string): SiteIdentity {
  const url = toAbsoluteUrl('/', site);
  return {
    name: settings.name,
    url,
    description: settings.description,
    publisher: settings.publisher ?? { name: settings.name, url },
    logo: toAbsoluteUrl(settings.logo, site),
    ...(settings.author ? { author: settings.author } : {}),
  };
}
