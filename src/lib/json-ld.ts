import type { BreadcrumbList, FAQPage, Graph, TechArticle, Thing, WebSite } from 'schema-dts';
import { markdownToPlainText } from './markdown.ts';

/** One visible breadcrumb. `url` is absolute. */
export interface Crumb {
  name: string;
  url: string;
}

/** What the guide graph needs to know about a guide. */
export interface GuideGraphInput {
  url: string;
  title: string;
  description: string;
  updated: string;
  categoryName: string;
  concepts: readonly { term: string }[];
  faq: readonly { question: string; answer: string }[];
  breadcrumbs: readonly Crumb[];
  siteName: string;
  siteUrl: string;
  /** Plain text of an inline-Markdown answer; the page passes its pre-rendered fields. */
  plainText?: (markdown: string) => string;
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
    dateModified: input.updated,
    url: input.url,
    mainEntityOfPage: input.url,
    inLanguage: 'en',
    articleSection: input.categoryName,
    about: [{ '@type': 'Thing', name: input.title }, ...input.concepts.map((concept): Thing => ({ '@type': 'Thing', name: concept.term }))],
    isPartOf: { '@type': 'WebSite', name: input.siteName, url: input.siteUrl },
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
  return { '@context': 'https://schema.org', '@graph': [article, breadcrumbs, faq] };
}

/** The home page's WebSite node. */
export function buildWebSiteGraph(input: { name: string; url: string; description: string }): Graph {
  const site: WebSite = { '@type': 'WebSite', '@id': `${input.url}#website`, name: input.name, url: input.url, description: input.description, inLanguage: 'en' };
  return { '@context': 'https://schema.org', '@graph': [site] };
}

/** A page with only breadcrumbs (category, role, hub pages). */
export function buildBreadcrumbGraph(crumbs: readonly Crumb[]): Graph {
  return { '@context': 'https://schema.org', '@graph': [buildBreadcrumbList(crumbs)] };
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
