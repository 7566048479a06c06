import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SITE_DIST, ROOT } from '../helpers/paths.ts';
import { listHtmlFiles, loadPage, readJsonLd, textOf, toSitePath } from '../helpers/dist.ts';
import { openIndex, type IndexClient } from '../helpers/pagefind.ts';
import { checkContentRoot } from '../../src/check/read.ts';
import { listIndexedPages } from '../../src/integrations/pagefind.ts';
import { markdownToPlainText } from '../../src/lib/markdown.ts';
import { formatMonthYear } from '../../src/lib/dates.ts';

const SITE = 'https://skill-guides.example.com';
const report = await checkContentRoot(path.join(ROOT, 'content'));
const published = report.guides.filter((guide) => !guide.data.draft);
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

const categoryName = (id: string) => report.categories.find((category) => category.id === id)!.name;

test('the shipped content passes every content check, with guides in every category', () => {
  assert.deepEqual(report.problems, []);
  assert.deepEqual(published.map((guide) => guide.slug).sort(), ['devsecops', 'docker', 'github-actions', 'hashicorp-vault', 'iam', 'jwt', 'kubernetes', 'oauth-2', 'opentelemetry', 'terraform']);
  assert.deepEqual([...new Set(published.map((guide) => guide.data.category))].sort(), report.categories.map((category) => category.id).sort());
});

for (const guide of published) {
  const { slug, data } = guide;
  const url = `${SITE}/skills/${slug}/`;
  const category = categoryName(data.category);

  test(`/skills/${slug}/ has one h1, canonical, meta description, eyebrow, reading time and updated date`, () => {
    const $ = loadPage(SITE_DIST, `/skills/${slug}/`);
    assert.equal($('h1').length, 1);
    assert.equal(textOf($, 'h1'), data.title);
    assert.equal($('link[rel="canonical"]').attr('href'), url);
    assert.equal($('meta[name="description"]').attr('content'), data.description);
    assert.equal($('meta[property="og:url"]').attr('content'), url);
    assert.equal($('meta[name="twitter:title"]').attr('content'), data.title);
    assert.equal(textOf($, '.eyebrow'), `${category} · Skill guide`);
    assert.match(textOf($, '.guide-head .meta'), new RegExp(`^\\d+ min read · Updated ${formatMonthYear(data.updated)}$`));
    assert.deepEqual($('.breadcrumbs a').toArray().map((a) => $(a).text()), ['Home', category, data.title]);
  });

  test(`/skills/${slug}/ shows every concept, interview question and FAQ item from its frontmatter`, () => {
    const $ = loadPage(SITE_DIST, `/skills/${slug}/`);
    assert.deepEqual($('section[aria-labelledby="core-concepts"] dl dt').toArray().map((dt) => $(dt).text()), data.concepts.map((concept) => concept.term));
    const rows = $('section[aria-labelledby="interview-questions"] tbody tr').toArray();
    assert.equal(rows.length, data.interviewQuestions.length);
    rows.forEach((row, index) => {
      const question = data.interviewQuestions[index]!;
      const cells = $(row).children().toArray().map((cell) => normalise($(cell).text()));
      assert.deepEqual(cells, [question.question, markdownToPlainText(question.whyAsked), markdownToPlainText(question.strongAnswer), question.difficulty[0]!.toUpperCase() + question.difficulty.slice(1)]);
    });
    const faq = $('section.faq details').toArray();
    assert.deepEqual(
      faq.map((item) => [normalise($(item).find('summary').text()), normalise($(item).find('p').text())]),
      data.faq.map((item) => [item.question, markdownToPlainText(item.answer)]),
    );
    assert.equal($('section[aria-labelledby="example-projects"] tbody tr').length, data.exampleProjects.length);
    assert.deepEqual($('section[aria-labelledby="related-skills"] ul .card h3').toArray().map((h) => $(h).text()), data.relatedSkills.map((related) => published.find((other) => other.slug === related)!.data.title));
    assert.equal($(`a[href="/interview-questions/?skill=${slug}"]`).length, 1);
    // content/site.yaml names no repository: no edit or report link (tests/build/fixtures.test.ts has one).
    assert.equal($('.guide-actions, a[href*="/issues/new"], a[href*="/edit/"]').length, 0);
  });

  test(`/skills/${slug}/ JSON-LD is one graph that matches the frontmatter and the visible breadcrumbs`, () => {
    const $ = loadPage(SITE_DIST, `/skills/${slug}/`);
    const blocks = readJsonLd($);
    assert.equal(blocks.length, 1);
    const [graph] = blocks;
    assert.equal(graph['@context'], 'https://schema.org');
    const byType = Object.fromEntries(graph['@graph'].map((node: any) => [node['@type'], node]));
    assert.deepEqual(Object.keys(byType).sort(), ['BreadcrumbList', 'FAQPage', 'Organization', 'TechArticle']);
    assert.equal(byType.TechArticle.headline, data.title);
    assert.equal(byType.TechArticle.description, data.description);
    assert.equal(byType.TechArticle.dateModified, data.updated);
    assert.equal(byType.TechArticle.datePublished, data.published ?? data.updated);
    assert.equal(byType.TechArticle.url, url);
    assert.equal(byType.TechArticle.image, `${SITE}/og.png`);
    assert.deepEqual(byType.TechArticle.isPartOf, { '@id': `${SITE}/#website` });
    assert.deepEqual(byType.TechArticle.publisher, { '@id': `${SITE}/#publisher` });
    assert.deepEqual(byType.Organization, { '@type': 'Organization', '@id': `${SITE}/#publisher`, name: report.settings.publisher!.name, url: report.settings.publisher!.url, logo: { '@type': 'ImageObject', url: `${SITE}/favicon.svg` } });
    assert.deepEqual(byType.BreadcrumbList.itemListElement.map((item: any) => [item.position, item.name, item.item]), [
      [1, 'Home', `${SITE}/`],
      [2, category, `${SITE}/categories/${data.category}/`],
      [3, data.title, url],
    ]);
    assert.deepEqual(
      byType.FAQPage.mainEntity.map((question: any) => [question['@type'], question.name, question.acceptedAnswer['@type'], question.acceptedAnswer.text]),
      data.faq.map((item) => ['Question', item.question, 'Answer', markdownToPlainText(item.answer)]),
    );
  });

  test(`/skills/${slug}/ table of contents lists the page's sections in page order`, () => {
    const $ = loadPage(SITE_DIST, `/skills/${slug}/`);
    const tocIds = $('.toc a').toArray().map((a) => $(a).attr('href')!.slice(1));
    const headingIds = $('.guide-body h2[id], .guide-body h3[id]').toArray().map((h) => $(h).attr('id')!);
    assert.deepEqual(tocIds, headingIds);
    assert.ok(tocIds.includes('faq') && tocIds.includes('core-concepts'));
  });

  test(`/skills/${slug}/ loads no script file: only JSON-LD and the inline search bootstrap`, () => {
    const $ = loadPage(SITE_DIST, `/skills/${slug}/`);
    assert.equal($('script[src]').length, 0);
    assert.deepEqual($('script').toArray().map((s) => $(s).attr('type') ?? 'inline'), ['application/ld+json', 'inline']);
    assert.equal($('[data-pagefind-body]').length, 1);
  });
}

test('the home page has WebSite and ItemList JSON-LD, a search box, every category and every guide', () => {
  const $ = loadPage(SITE_DIST, '/');
  const [graph] = readJsonLd($);
  assert.deepEqual(graph['@graph'].map((node: any) => node['@type']), ['WebSite', 'Organization', 'ItemList']);
  assert.equal(graph['@graph'][0]['@id'], `${SITE}/#website`);
  const listed = $('#categories ~ section .guide-list a').toArray().map((a) => `${SITE}${$(a).attr('href')}`);
  assert.deepEqual(graph['@graph'][2].itemListElement.map((item: any) => item.url), listed);
  assert.equal($('form[role="search"] input[name="q"]').length, 2);
  for (const guide of published) assert.equal($(`#categories ~ section a[href="/skills/${guide.slug}/"]`).length, 1, guide.slug);
  assert.equal($('#recent ~ ul .card').length, Math.min(6, published.length));
});

test('the interview-questions hub lists every question of every guide, grouped by skill, with answers in <details>', () => {
  const $ = loadPage(SITE_DIST, '/interview-questions/');
  for (const guide of published) {
    const group = $(`section[data-skill="${guide.slug}"]`);
    assert.equal(group.length, 1, guide.slug);
    assert.deepEqual(group.find('li h3').toArray().map((h) => $(h).text()), guide.data.interviewQuestions.map((question) => question.question));
    assert.equal(group.find('li details summary').length, guide.data.interviewQuestions.length);
    assert.equal(group.find(`a[href="/skills/${guide.slug}/"]`).length, 1);
  }
});

test('category and role pages list their guides with descriptions and question counts', () => {
  const $ = loadPage(SITE_DIST, '/categories/security/');
  assert.equal($('.card').length, published.filter((guide) => guide.data.category === 'security').length);
  const iam = published.find((guide) => guide.slug === 'iam')!;
  const card = $('.card').filter((_, element) => $(element).find('a').attr('href') === '/skills/iam/');
  assert.equal(normalise(card.find('p').first().text()), iam.data.description);
  assert.equal(normalise(card.find('.count').text()), `${iam.data.interviewQuestions.length} interview questions`);
  const role = loadPage(SITE_DIST, '/roles/backend-engineer/');
  assert.equal(role('.card').length, published.filter((guide) => guide.data.relatedRoles.includes('backend-engineer')).length);
});

test('no internal link, asset or #fragment in any built page is broken', () => {
  const pages = listHtmlFiles(SITE_DIST);
  const ids = new Map(pages.map((file) => {
    const $ = loadPage(SITE_DIST, `/${file}`);
    return [toSitePath(file), new Set($('[id]').toArray().map((element) => $(element).attr('id')!))];
  }));
  const broken: string[] = [];
  let checked = 0;
  for (const file of pages) {
    const $ = loadPage(SITE_DIST, `/${file}`);
    const from = toSitePath(file);
    for (const element of $('a[href], link[href], script[src], img[src], meta[property="og:image"], meta[property="og:url"]').toArray()) {
      const raw = $(element).attr('href') ?? $(element).attr('src') ?? $(element).attr('content')!;
      const target = new URL(raw, `${SITE}${from}`);
      if (target.origin !== SITE) continue;
      checked++;
      const pathname = decodeURIComponent(target.pathname);
      const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
      if (!existsSync(path.join(SITE_DIST, file))) {
        broken.push(`${from}: ${raw} (no ${file})`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !ids.get(pathname)?.has(fragment)) broken.push(`${from}: ${raw} (no #${fragment})`);
    }
  }
  assert.deepEqual(broken, []);
  assert.ok(checked > 300, `only ${checked} links checked`);
});

test('sitemap lists every published page and nothing else (not cheat sheets, canonical to their guides); robots.txt points to it; RSS has every guide', () => {
  const sitemap = readFileSync(path.join(SITE_DIST, 'sitemap-0.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.replace(SITE, '')).sort();
  // Not listed: the 404 page and the search page (both noindex), and cheat sheets (canonical to their guides).
  const pages = listHtmlFiles(SITE_DIST).filter((file) => !['404.html', 'search/index.html'].includes(file) && !file.endsWith('/cheat-sheet/index.html')).map(toSitePath).sort();
  assert.deepEqual(listed, pages);
  for (const guide of published) {
    const entry = new RegExp(`<loc>${SITE}/skills/${guide.slug}/</loc><lastmod>([^<]+)</lastmod>`).exec(sitemap);
    assert.equal(entry?.[1]?.slice(0, 10), guide.data.updated, `${guide.slug}: <lastmod> is its updated date`);
  }
  assert.match(readFileSync(path.join(SITE_DIST, 'robots.txt'), 'utf8'), new RegExp(`Sitemap: ${SITE}/sitemap-index.xml`));
  const rss = readFileSync(path.join(SITE_DIST, 'rss.xml'), 'utf8');
  const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]);
  for (const guide of published) assert.ok(links.includes(`${SITE}/skills/${guide.slug}/`), guide.slug);
});

test('the 404 and search pages are not indexable and have no canonical', () => {
  for (const page of ['/404.html', '/search/']) {
    const $ = loadPage(SITE_DIST, page);
    assert.equal($('meta[name="robots"]').attr('content'), 'noindex', page);
    assert.equal($('link[rel="canonical"]').length, 0, page);
  }
});

let opened: Promise<IndexClient> | undefined;
const getIndex = () => (opened ??= openIndex(SITE_DIST));
after(async () => {
  if (opened) await (await opened).close();
});

test('the Pagefind index holds every guide and only guides', async () => {
  const index = await getIndex();
  const hits = [...(await index.search(null, { category: ['Security'] })), ...(await index.search(null, { category: ['Platform engineering'] }))];
  assert.deepEqual(hits.map((hit) => hit.url).sort(), published.map((guide) => `/skills/${guide.slug}/`).sort());
  const filters = await index.filters();
  assert.deepEqual(Object.keys(filters).sort(), ['category', 'difficulty', 'role']);
  assert.equal(filters.role!['Backend engineer'], published.filter((guide) => guide.data.relatedRoles.includes('backend-engineer')).length);
});

test('only guide pages carry data-pagefind-body, the pages the search index reads', () => {
  // Pagefind is given the guide pages alone: a page outside them that carried the attribute would
  // silently stay out of search.
  const withBody = listHtmlFiles(SITE_DIST).filter((file) => loadPage(SITE_DIST, `/${file}`)('[data-pagefind-body]').length > 0);
  assert.deepEqual(withBody, published.map((guide) => `skills/${guide.slug}/index.html`).sort());
  assert.deepEqual(listIndexedPages(SITE_DIST), withBody);
});

test('searching the index for "least privilege" finds the IAM guide first, with its title and category', async () => {
  const [first] = await (await getIndex()).search('least privilege');
  assert.equal(first?.url, '/skills/iam/');
  assert.equal(first?.title, 'Identity and Access Management (IAM)');
  assert.equal(first?.category, 'Security');
  assert.match(first!.excerpt, /<mark>/);
});

test('a query for a guide\'s exact title ranks that guide first', async () => {
  const index = await getIndex();
  for (const guide of published) {
    const [first] = await index.search(guide.data.title);
    assert.equal(first?.url, `/skills/${guide.slug}/`, guide.data.title);
  }
});

test('navigation chrome is not indexed: the site name in the header matches no page body', async () => {
  const hits = await (await getIndex()).search('Skill guides RSS feed Sitemap');
  assert.deepEqual(hits, []);
});

test('search sub-results are the guide\'s headings by their own text, and self-links add no words to the index', async () => {
  const index = await getIndex();
  const [first] = await index.search('least privilege');
  assert.ok(first && first.subResults.length > 0);
  const $ = loadPage(SITE_DIST, '/skills/iam/');
  for (const sub of first.subResults) {
    const id = sub.url.split('#')[1];
    if (!id) continue;
    assert.equal(sub.title, normalise($(`#${id}`).text()), sub.url);
  }
  assert.deepEqual(await index.search('"Link to this section"'), []);
});
