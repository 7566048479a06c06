import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';
import { loadPage } from '../helpers/dist.ts';
import { checkContentRoot } from '../../src/check/read.ts';
import { renderInlineMarkdown } from '../../src/lib/markdown.ts';
import { questionIdOf } from '../../src/lib/question-ids.ts';

const SITE = 'https://skill-guides.example.com';
const published = (await checkContentRoot(path.join(ROOT, 'content'))).guides.filter((guide) => !guide.data.draft);

test('/practice/ lists every question of every guide, keyed by its stable id, with the guide\'s answer HTML in <details>', () => {
  const $ = loadPage(SITE_DIST, '/practice/');
  for (const guide of published) {
    const items = $(`section[data-skill="${guide.slug}"] li[data-id]`).toArray().map((item) => $(item));
    assert.deepEqual(items.map((item) => item.attr('data-id')), guide.data.interviewQuestions.map((question) => `${guide.slug}/${questionIdOf(question)}`));
    guide.data.interviewQuestions.forEach((question, index) => {
      const item = items[index]!;
      assert.equal(item.find('[data-question]').text(), question.question);
      assert.equal(item.attr('data-difficulty'), question.difficulty);
      assert.equal(item.find('details [data-why]').html(), `<p>${renderInlineMarkdown(question.whyAsked)}</p>`);
      assert.equal(item.find('details [data-strong]').html(), `<p>${renderInlineMarkdown(question.strongAnswer)}</p>`);
    });
  }
  assert.match($('noscript').text(), /scheduler needs JavaScript/);
});

test('the practice page is linked from the home page, the hub and every guide with questions', () => {
  assert.equal(loadPage(SITE_DIST, '/')('a[href="/practice/"]').length, 1);
  assert.equal(loadPage(SITE_DIST, '/interview-questions/')('a[data-practice-link][href="/practice/"]').length, 1);
  for (const guide of published) {
    const $ = loadPage(SITE_DIST, `/skills/${guide.slug}/`);
    const link = $(`a[href="/practice/?skill=${guide.slug}"]`);
    assert.equal(link.text(), `Practise these ${guide.data.interviewQuestions.length} questions`, guide.slug);
  }
});

test('each guide links to its cheat sheet, which is canonical to the guide and has no structured data of its own', () => {
  for (const guide of published) {
    const sheet = `/skills/${guide.slug}/cheat-sheet/`;
    assert.equal(loadPage(SITE_DIST, `/skills/${guide.slug}/`)(`a[href="${sheet}"]`).length, 1, guide.slug);
    const $ = loadPage(SITE_DIST, sheet);
    assert.equal($('link[rel="canonical"]').attr('href'), `${SITE}/skills/${guide.slug}/`);
    assert.equal($('meta[property="og:url"]').attr('content'), `${SITE}/skills/${guide.slug}/`);
    assert.equal($('h1').text(), `${guide.data.title} cheat sheet`);
    assert.equal($('script[type="application/ld+json"]').length, 0);
    assert.equal($('script[src]').length, 0, 'a cheat sheet loads no script');
  }
});
