import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { SITE_DIST } from '../helpers/paths.ts';
import { listFiles, listHtmlFiles, loadPage, toSitePath } from '../helpers/dist.ts';

const SITE = 'https://skill-guides.example.com';
const pages = listHtmlFiles(SITE_DIST);

test('every HTML file passes html-validate with the documented rule set (.htmlvalidate.json)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const failures: string[] = [];
  for (const file of pages) {
    const report = await validator.validateFile(path.join(SITE_DIST, file));
    for (const result of report.results) {
      for (const message of result.messages) failures.push(`${file}:${message.line}:${message.column}: ${message.ruleId}: ${message.message}`);
    }
  }
  assert.deepEqual(failures, []);
  assert.ok(pages.length >= 15, `only ${pages.length} pages`);
});

test('every page has lang, a unique title, a meta description, and (if indexable) canonical, Open Graph and Twitter meta', () => {
  const titles = new Map<string, string>();
  for (const file of pages) {
    const $ = loadPage(SITE_DIST, `/${file}`);
    const where = toSitePath(file);
    assert.equal($('html').attr('lang'), 'en', where);
    const title = $('title').text();
    assert.ok(title.length > 0, where);
    assert.equal(titles.get(title), undefined, `${where} shares its title with ${titles.get(title)}`);
    titles.set(title, where);
    const description = $('meta[name="description"]').attr('content') ?? '';
    assert.ok(description.length >= 50 && description.length <= 160, `${where}: description of ${description.length} characters`);
    if ($('meta[name="robots"]').attr('content') === 'noindex') continue;
    // A cheat sheet names its guide as the page to index.
    const canonical = where.replace(/cheat-sheet\/$/, '');
    assert.equal($('link[rel="canonical"]').attr('href'), `${SITE}${canonical}`, where);
    for (const property of ['og:title', 'og:description', 'og:type', 'og:url', 'og:image', 'og:site_name']) {
      assert.ok($(`meta[property="${property}"]`).attr('content'), `${where}: ${property}`);
    }
    for (const name of ['twitter:card', 'twitter:title', 'twitter:description', 'twitter:image', 'twitter:image:alt']) {
      assert.ok($(`meta[name="${name}"]`).attr('content'), `${where}: ${name}`);
    }
    assert.match($('meta[property="og:image"]').attr('content')!, /^https:\/\//);
  }
});

test('nothing follows </html> on any page (the HTML parser would move a stray element into the body)', () => {
  for (const file of pages) {
    const html = readFileSync(path.join(SITE_DIST, file), 'utf8');
    assert.match(html, /<\/html>\s*$/, `${file}: content after </html>`);
    assert.equal(html.match(/<\/html>/g)?.length, 1, file);
  }
});

test('headings go in order with no skipped level on every page', () => {
  for (const file of pages) {
    const $ = loadPage(SITE_DIST, `/${file}`);
    const levels = $('main h1, main h2, main h3, main h4, main h5, main h6').toArray().map((heading) => Number(heading.tagName[1]));
    assert.equal(levels[0], 1, `${file} starts with an h1`);
    levels.forEach((level, index) => {
      if (index > 0) assert.ok(level <= levels[index - 1]! + 1, `${file}: h${levels[index - 1]} followed by h${level}`);
    });
  }
});

test('every table has an accessible name and header cells with scope', () => {
  for (const file of pages) {
    const $ = loadPage(SITE_DIST, `/${file}`);
    $('table').each((_, table) => {
      const named = $(table).find('caption').length > 0 || $(table).parent().attr('aria-label');
      assert.ok(named, `${file}: a table without caption or label`);
      $(table).find('tbody th').each((__, th) => assert.equal($(th).attr('scope'), 'row', file));
      $(table).find('thead th').each((__, th) => assert.ok(['col', undefined].includes($(th).attr('scope')), file));
    });
  }
});

test('links that open a new tab carry rel="noopener"', () => {
  for (const file of pages) {
    const $ = loadPage(SITE_DIST, `/${file}`);
    $('a[target="_blank"]').each((_, link) => assert.match($(link).attr('rel') ?? '', /\bnoopener\b/, file));
  }
});

test('rss.xml is RSS 2.0 with absolute links, a guid and an RFC 822 date per item', () => {
  const $ = load(readFileSync(path.join(SITE_DIST, 'rss.xml'), 'utf8'), { xml: true });
  assert.equal($('rss').attr('version'), '2.0');
  const channel = $('rss > channel');
  for (const element of ['title', 'link', 'description']) assert.ok(channel.children(element).text().trim(), element);
  const items = channel.children('item').toArray();
  assert.ok(items.length >= 5);
  const dates = items.map((item) => {
    const link = $(item).children('link').text();
    assert.match(link, /^https:\/\/skill-guides\.example\.com\/skills\/[a-z0-9-]+\/$/);
    assert.equal($(item).children('guid').text(), link);
    const date = $(item).children('pubDate').text();
    assert.match(date, /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/);
    return Date.parse(date);
  });
  assert.deepEqual(dates, [...dates].sort((a, b) => b - a), 'newest first');
  const self = channel.children('atom\\:link');
  assert.equal(self.attr('href'), `${SITE}/rss.xml`);
  assert.equal(self.attr('rel'), 'self');
  assert.equal(self.attr('type'), 'application/rss+xml');
  assert.equal(Date.parse(channel.children('lastBuildDate').text()), dates[0], 'lastBuildDate is the newest update');
});

test('the sitemap index points at a sitemap of absolute URLs', () => {
  const index = readFileSync(path.join(SITE_DIST, 'sitemap-index.xml'), 'utf8');
  assert.match(index, new RegExp(`<loc>${SITE}/sitemap-0.xml</loc>`));
  assert.ok(listFiles(SITE_DIST).includes('sitemap-0.xml'));
});
