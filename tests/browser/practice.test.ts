import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { Rating } from 'ts-fsrs';
import { runAxe, useBrowserSuite } from '../helpers/browser.ts';
import { ROOT, SITE_DIST, TEST_OUTPUT } from '../helpers/paths.ts';
import { checkContentRoot } from '../../src/check/read.ts';
import { parseHeadersFile } from '../../src/lib/security-headers.ts';
import { questionIdOf } from '../../src/lib/question-ids.ts';
import { PRACTICE_STORAGE_KEY, createEmptyProgress, serializeProgress } from '../../src/lib/practice-progress.ts';
import { gradeCard } from '../../src/lib/practice-schedule.ts';

// Every practice test runs under the Content-Security-Policy the build ships in dist/_headers.
const suite = useBrowserSuite(() => parseHeadersFile(readFileSync(path.join(SITE_DIST, '_headers'), 'utf8'))['/*']!);
const { skip } = suite;

const published = (await checkContentRoot(path.join(ROOT, 'content'))).guides.filter((guide) => !guide.data.draft);
const guideOf = (slug: string) => published.find((guide) => guide.slug === slug)!;
const keysOf = (slug: string, difficulty?: string) =>
  guideOf(slug).data.interviewQuestions.filter((question) => !difficulty || question.difficulty === difficulty).map((question) => `${slug}/${questionIdOf(question)}`);

const START = new Date('2026-12-01T09:00:00.000Z');
const MINUTE = 60_000;

interface Watched {
  page: Page;
  /** CSP violations, console errors and uncaught exceptions, in order. */
  problems: string[];
  /** Paths of every script file the page requested. */
  scripts: string[];
  /** Every request the page made, as "METHOD URL". */
  requests: string[];
}

/** Opens `pathname` in a fresh browser context (empty storage), watching for problems and scripts. */
async function openWatched(pathname: string, options: { time?: Date; width?: number; colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {}): Promise<Watched> {
  const page = await suite.browser.newPage({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    acceptDownloads: true,
  });
  const problems: string[] = [];
  const scripts: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    requests.push(`${request.method()} ${request.url()}`);
    if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(request.url())) scripts.push(new URL(request.url()).pathname);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  // Date.now() and new Date() give this time until set again; timers keep running.
  if (options.time) await page.clock.setFixedTime(options.time);
  await page.goto(`${suite.server.url}${pathname}`, { waitUntil: 'networkidle' });
  return { page, problems, scripts, requests };
}

const textOf = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), PRACTICE_STORAGE_KEY);
const storedCards = async (page: Page) => JSON.parse((await stored(page)) ?? '{"cards":{}}').cards as Record<string, { due: string; reps: number; state: number }>;
const focusedAttribute = (page: Page, attribute: string) => page.evaluate((name) => document.activeElement?.hasAttribute(name) ?? false, attribute);

/** Presses Tab until the element carrying `attribute` has the focus, as a keyboard user would. */
async function tabTo(page: Page, attribute: string): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await focusedAttribute(page, attribute)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached [${attribute}]`);
}

/** Requests that are not a GET of the site itself: anything that could carry progress away. */
const outbound = (requests: string[]) => requests.filter((request) => !request.startsWith(`GET ${suite.server.url}/`));

/** Writes progress into the page's storage and reloads, as a reader coming back would. */
async function storeAndReload(page: Page, text: string): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PRACTICE_STORAGE_KEY, text]);
  await page.reload({ waitUntil: 'networkidle' });
}

/** Starts a round with the keyboard and grades every card with the given keys (the last one repeats). */
async function practiseRound(page: Page, keys: string[]): Promise<number> {
  await page.focus('[data-start]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-card]:not([hidden])');
  const total = Number((await textOf(page, '[data-card-position]')).match(/of (\d+)/)![1]);
  for (let index = 0; index < total; index++) {
    await page.keyboard.press('Space');
    await page.keyboard.press(keys[Math.min(index, keys.length - 1)]!);
  }
  await page.waitForSelector('[data-summary]:not([hidden])');
  return total;
}

test('a full practice round: reveal, grade with every rating, and find the progress kept after a reload', { skip }, async () => {
  const { page, problems, requests } = await openWatched('/practice/?skill=iam', { time: START });
  try {
    const expected = await page.$$eval('li[data-id]:not([hidden])', (items) =>
      items.map((item) => ({ key: item.dataset.id, question: item.querySelector('[data-question]')!.textContent, why: item.querySelector('[data-why]')!.innerHTML, strong: item.querySelector('[data-strong]')!.innerHTML })),
    );
    assert.deepEqual(expected.map((question) => question.key), keysOf('iam'));
    await tabTo(page, 'data-start');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-card]:not([hidden])');
    const keys = ['1', '2', '3', '4', '3', '4'];
    for (const [index, question] of expected.entries()) {
      assert.equal(await textOf(page, '[data-card-position]'), `Card ${index + 1} of ${expected.length}`);
      assert.equal(await textOf(page, '[data-card-question]'), question.question);
      assert.equal(await textOf(page, '[data-card-kind]'), 'New question');
      assert.ok(await focusedAttribute(page, 'data-card-question'), 'the question takes the focus');
      assert.equal(await page.isHidden('[data-answer]'), true, 'the answer waits for the reader');
      await page.keyboard.press('Space');
      assert.equal(await page.isVisible('[data-answer]'), true);
      assert.equal(await page.innerHTML('[data-card-why]'), question.why, 'why it is asked, as the guide renders it');
      assert.equal(await page.innerHTML('[data-card-strong]'), question.strong, 'the strong answer, as the guide renders it');
      assert.ok(await focusedAttribute(page, 'data-answer-heading'));
      await page.waitForFunction(() => /^Answer shown\./.test(document.querySelector('[data-announce]')!.textContent ?? ''));
      assert.deepEqual(await page.$$eval('[data-grade] [data-when]', (spans) => spans.map((span) => span.textContent)).then((whens) => whens.slice(0, 3)), ['in 1 minute', 'in 6 minutes', 'in 10 minutes']);
      await page.keyboard.press(keys[index]!);
      if (index < expected.length - 1) {
        const label = ['Again', 'Hard', 'Good', 'Easy'][Number(keys[index]) - 1];
        await page.waitForFunction((text) => (document.querySelector('[data-announce]')!.textContent ?? '').startsWith(text), `${label}: next review`);
      }
      assert.equal(await textOf(page, '[data-counts]').then((counts) => counts.split('.')[0]), `0 due now · ${expected.length - index - 1} new · ${index + 1} scheduled later (next in 1 minute)`, 'the counts follow each grade');
    }
    await page.waitForSelector('[data-summary]:not([hidden])');
    assert.ok(await focusedAttribute(page, 'data-summary-heading'));
    assert.equal(await textOf(page, '[data-summary-text]'), 'You graded 6 questions.');
    assert.deepEqual(await page.$$eval('[data-summary-grades] li', (items) => items.map((item) => item.textContent)), ['Again: 1', 'Hard: 1', 'Good: 2', 'Easy: 2']);
    assert.match(await textOf(page, '[data-next-due]'), /^The next card is due in 1 minute, Dec 1, 2026, \d+:01 [AP]M\.$/);
    await page.waitForFunction(() => /Round complete: you graded 6\./.test(document.querySelector('[data-announce]')!.textContent ?? ''));

    const cards = await storedCards(page);
    assert.deepEqual(Object.keys(cards).sort(), [...keysOf('iam')].sort());
    assert.equal(cards[keysOf('iam')[0]!]!.due, new Date(START.getTime() + MINUTE).toISOString(), 'Again brings a question back in a minute');
    assert.ok(Object.values(cards).every((card) => card.reps === 1));

    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('[data-practice][data-practice-ready]');
    assert.equal(await textOf(page, '[data-counts]'), '0 due now · 0 new · 6 scheduled later (next in 1 minute). You have practised 6 of these.');
    assert.equal(await page.isDisabled('[data-start]'), true);
    assert.deepEqual(outbound(requests), [], 'nothing leaves the browser');
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('due dates move forward under a fake clock, and each successful review waits longer', { skip }, async () => {
  const keys = keysOf('jwt', 'easy');
  const { page, problems } = await openWatched('/practice/?skill=jwt&difficulty=easy', { time: START });
  try {
    let now = START;
    const intervals: number[] = [];
    for (let review = 0; review < 3; review++) {
      assert.equal(await practiseRound(page, ['3']), keys.length);
      const cards = await storedCards(page);
      const due = new Date(cards[keys[0]!]!.due);
      intervals.push(due.getTime() - now.getTime());
      // A minute before it is due, nothing is; at its due time, every card of the selection is.
      await page.clock.setFixedTime(new Date(due.getTime() - MINUTE));
      await page.reload({ waitUntil: 'networkidle' });
      await page.waitForSelector('[data-practice][data-practice-ready]');
      assert.match(await textOf(page, '[data-counts]'), /^0 due now · 0 new/);
      now = due;
      await page.clock.setFixedTime(now);
      await page.reload({ waitUntil: 'networkidle' });
      await page.waitForSelector('[data-practice][data-practice-ready]');
      assert.match(await textOf(page, '[data-counts]'), new RegExp(`^${keys.length} due now · 0 new`));
    }
    assert.equal(intervals[0], 10 * MINUTE, 'a new question graded Good comes back after its 10-minute learning step');
    assert.ok(intervals[1]! >= 24 * 60 * MINUTE && intervals[2]! > intervals[1]!, intervals.join(', '));
    await page.click('[data-start]');
    assert.equal(await textOf(page, '[data-card-kind]'), 'Due for review');
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('filters from the URL are applied: several skills, a difficulty, a category', { skip }, async () => {
  const { page, problems } = await openWatched('/practice/?skill=iam&skill=jwt&difficulty=hard');
  try {
    const shown = () => page.$$eval('li[data-id]:not([hidden])', (items) => items.filter((item) => item.checkVisibility()).map((item) => item.dataset.id));
    const expected = [...keysOf('iam', 'hard'), ...keysOf('jwt', 'hard')];
    assert.deepEqual(await shown(), expected);
    const total = published.reduce((sum, guide) => sum + guide.data.interviewQuestions.length, 0);
    assert.equal(await textOf(page, '[data-selection]'), `${expected.length} of ${total} questions selected: ${guideOf('iam').data.title}, ${guideOf('jwt').data.title} · Hard.`);
    assert.deepEqual(await page.$$eval('.practice-filters input:checked', (boxes) => boxes.map((box) => `${(box as HTMLInputElement).name}=${(box as HTMLInputElement).value}`)), ['skill=iam', 'skill=jwt', 'difficulty=hard']);
    assert.equal(await textOf(page, '[data-counts]'), 'None practised in this browser yet.');
    await page.click('[data-start]');
    await page.waitForSelector('[data-card]:not([hidden])');
    assert.equal(await textOf(page, '[data-card-position]'), `Card 1 of ${expected.length}`);

    // The filter form submits a new query, applied the same way.
    await page.click('.practice-filters summary');
    for (const box of await page.$$('.practice-filters input:checked')) await box.uncheck();
    await page.check('.practice-filters input[name="category"][value="platform"]');
    await Promise.all([page.waitForURL(/category=platform/), page.click('.practice-filters button[type="submit"]')]);
    await page.waitForSelector('[data-practice][data-ready]');
    const platform = published.filter((guide) => guide.data.category === 'platform').flatMap((guide) => keysOf(guide.slug));
    assert.deepEqual((await shown()).sort(), platform.sort());

    await page.goto(`${suite.server.url}/practice/?skill=no-such-skill`);
    await page.waitForSelector('[data-practice][data-ready]');
    assert.match(await textOf(page, '[data-selection]'), /^No question matches this selection/);
    assert.equal(await page.isDisabled('[data-start]'), true);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('export, clear and import give back the same progress', { skip }, async () => {
  const { page, problems, requests } = await openWatched('/practice/?skill=oauth-2', { time: START });
  try {
    await practiseRound(page, ['3', '1', '4']);
    const before = await stored(page);
    const counts = await textOf(page, '[data-counts]');
    await page.focus('[data-practice-data] summary');
    await page.keyboard.press('Enter');
    await tabTo(page, 'data-export');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.equal(download.suggestedFilename(), 'skill-guides-practice-2026-12-01.json');
    const file = path.join(TEST_OUTPUT, 'practice-export.json');
    await download.saveAs(file);
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), JSON.parse(before!));
    assert.match(await textOf(page, '[data-data-status]'), /^Exported progress for \d+ questions\.$/);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('[data-clear]');
    await page.waitForFunction(() => /^Progress cleared/.test(document.querySelector('[data-data-status]')!.textContent ?? ''));
    assert.equal(await stored(page), null);
    assert.match(await textOf(page, '[data-counts]'), /^0 due now · \d+ new\.$/);

    await page.setInputFiles('[data-import]', file);
    await page.waitForFunction(() => /^Imported progress/.test(document.querySelector('[data-data-status]')!.textContent ?? ''));
    assert.equal(await stored(page), before);
    assert.equal(await textOf(page, '[data-counts]'), counts);

    // A file that is not progress changes nothing.
    const foreign = path.join(TEST_OUTPUT, 'practice-foreign.json');
    writeFileSync(foreign, '{"cards":"mine"}');
    await page.setInputFiles('[data-import]', foreign);
    await page.waitForFunction(() => /was not imported/.test(document.querySelector('[data-data-status]')!.textContent ?? ''));
    assert.match(await textOf(page, '[data-data-status]'), /^practice-foreign\.json was not imported: it is not practice progress saved by this site\. Your progress was not changed\.$/);
    assert.equal(await stored(page), before);
    assert.deepEqual(outbound(requests), [], 'nothing leaves the browser: export is a download made in the page');
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('corrupt or foreign stored data never breaks the page: it says so and offers a reset', { skip }, async () => {
  const cases: [string, RegExp][] = [
    ['{"format":"skill-guides-practice", "cards": {', /it is not valid JSON/],
    ['{"theme":"dark"}', /it is not practice progress saved by this site/],
    [JSON.stringify({ format: 'skill-guides-practice', version: 1, cards: { 'iam/x': { due: 'soon' } } }), /it does not have the expected format/],
  ];
  for (const [text, reason] of cases) {
    const { page, problems } = await openWatched('/practice/?skill=iam');
    try {
      await storeAndReload(page, text);
      await page.waitForSelector('[data-problem]:not([hidden])');
      assert.match(await textOf(page, '[data-problem-text]'), reason);
      assert.equal(await page.getAttribute('[data-problem]', 'role'), 'alert');
      assert.equal(await page.isDisabled('[data-start]'), true);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-problem-download]')]);
      assert.equal(readFileSync(await download.path(), 'utf8'), text, 'the reader can keep a copy of what was stored');

      await page.goto(`${suite.server.url}/interview-questions/`, { waitUntil: 'networkidle' });
      await page.waitForSelector('.hub-progress');
      assert.match(await textOf(page, '.hub-progress'), /could not be read/);

      await page.goto(`${suite.server.url}/practice/?skill=iam`, { waitUntil: 'networkidle' });
      await page.click('[data-problem-reset]');
      assert.equal(await stored(page), null);
      assert.equal(await page.isHidden('[data-problem]'), true);
      assert.equal(await page.isEnabled('[data-start]'), true);
      assert.deepEqual(problems, [], text);
    } finally {
      await page.close();
    }
  }
});

test('a guide page requests no script for a new reader; for one who has practised, only the module that shows what is due', { skip }, async () => {
  const { page, scripts, problems } = await openWatched('/skills/iam/', { time: START });
  try {
    assert.equal(scripts.join(', '), '', 'no script for a reader who never practised');
    const link = page.locator('a', { hasText: `Practise these ${keysOf('iam').length} questions` });
    assert.equal(await link.getAttribute('href'), '/practice/?skill=iam');
    assert.equal(await page.locator('.practice-due').count(), 0);

    const [first, second] = keysOf('iam');
    const cards = { [first!]: gradeCard(undefined, Rating.Good, new Date(START.getTime() - 60 * MINUTE)), [second!]: gradeCard(undefined, Rating.Easy, START), 'jwt/elsewhere': gradeCard(undefined, Rating.Again, START) };
    await storeAndReload(page, serializeProgress({ ...createEmptyProgress(), cards }));
    await page.waitForSelector('.practice-due');
    assert.equal(await textOf(page, '.practice-due'), '(you have practised 2; 1 due now)');
    assert.deepEqual(scripts.map((script) => script.replace(/\.[\w-]+\.js$/, '.js')), ['/_astro/practice-due.js']);

    // Data that does not look like progress shows nothing, and breaks nothing.
    for (const text of ['{"format":"skill-guides-practice","cards":', '{"cards":{}}', serializeProgress(createEmptyProgress())]) {
      await storeAndReload(page, text);
      assert.equal(await page.locator('.practice-due').count(), 0, text);
    }
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('the practice page loads the scheduler only when the reader starts, or at once for a reader who has practised', { skip }, async () => {
  const { page, scripts, problems } = await openWatched('/practice/');
  try {
    assert.ok(scripts.length > 0 && scripts.every((script) => !script.includes('practice-app')), scripts.join(', '));
    await page.click('[data-start]');
    await page.waitForSelector('[data-card]:not([hidden])');
    assert.ok(scripts.some((script) => script.startsWith('/_astro/practice-app.')), scripts.join(', '));

    scripts.length = 0;
    await storeAndReload(page, serializeProgress(createEmptyProgress()));
    await page.waitForSelector('[data-practice][data-practice-ready]');
    assert.ok(scripts.some((script) => script.startsWith('/_astro/practice-app.')), scripts.join(', '));
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('the hub shows practised and due counts per skill once the reader has practised, and its practice link keeps the filters', { skip }, async () => {
  const { page, scripts, problems } = await openWatched('/interview-questions/?difficulty=hard', { time: START });
  try {
    await page.waitForSelector('.hub-filters[data-ready]');
    assert.equal(await page.$$eval('.hub-progress', (lines) => lines.length), 0);
    assert.ok(scripts.every((script) => !script.includes('hub-progress')), 'nothing loads for a reader who never practised');
    const link = 'a[data-practice-link]';
    assert.equal(await page.getAttribute(link, 'href'), '/practice/?difficulty=hard');
    await page.selectOption('#hub-skill', 'iam');
    assert.equal(await page.getAttribute(link, 'href'), '/practice/?skill=iam&difficulty=hard');
    assert.equal(await textOf(page, link), `Practise these ${keysOf('iam', 'hard').length} questions`);

    const [first, second] = keysOf('iam');
    const dueCard = gradeCard(undefined, Rating.Good, new Date(START.getTime() - 60 * MINUTE));
    const laterCard = gradeCard(undefined, Rating.Easy, START);
    await storeAndReload(page, serializeProgress({ ...createEmptyProgress(), cards: { [first!]: dueCard, [second!]: laterCard } }));
    await page.waitForSelector('section[data-skill="iam"] .hub-progress');
    assert.equal(await textOf(page, 'section[data-skill="iam"] .hub-progress'), `Practised 2 of ${keysOf('iam').length} · 1 due now · Practise the due ones`);
    assert.equal(await page.getAttribute('section[data-skill="iam"] .hub-progress a', 'href'), '/practice/?skill=iam');
    assert.equal(await page.$$eval('.hub-progress', (lines) => lines.length), 1, 'skills not practised show nothing');
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('without JavaScript the practice page lists every question with its answer and says the scheduler needs JavaScript', { skip }, async () => {
  const { page } = await openWatched('/practice/?skill=iam', { javaScriptEnabled: false });
  try {
    assert.match(await textOf(page, 'noscript'), /scheduler needs JavaScript, and so does choosing questions/);
    assert.equal(await page.isVisible('[data-practice]'), false);
    assert.equal(await page.isVisible('.practice-filters'), false);
    const total = published.reduce((sum, guide) => sum + guide.data.interviewQuestions.length, 0);
    assert.equal(await page.locator('li[data-id]').filter({ visible: true }).count(), total, 'the query cannot be read, so every question is listed');
    await page.click('#skill-iam li:first-child summary');
    assert.equal(await page.isVisible('#skill-iam li:first-child [data-strong]'), true);
  } finally {
    await page.close();
  }
});

test('the answer appears without motion when the reader asks for reduced motion', { skip }, async () => {
  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    const { page } = await openWatched('/practice/?skill=jwt');
    try {
      await page.emulateMedia({ reducedMotion });
      await page.click('[data-start]');
      await page.click('[data-reveal]');
      const animation = await page.$eval('[data-answer]', (element) => getComputedStyle(element).animationName);
      assert.equal(animation, reducedMotion === 'reduce' ? 'none' : 'practice-reveal');
    } finally {
      await page.close();
    }
  }
});

test('the cheat sheet holds every question of its guide with its strong answer, and prints on one or two A4 pages', { skip }, async () => {
  for (const guide of published) {
    const { page, problems } = await openWatched(`/skills/${guide.slug}/cheat-sheet/`);
    try {
      const questions = await page.$$eval('.sheet-questions li', (items) => items.map((item) => ({ question: item.querySelector('h3')!.firstChild!.textContent!.trim(), answer: item.querySelector('p')!.textContent!.trim() })));
      assert.deepEqual(questions.map((item) => item.question), guide.data.interviewQuestions.map((question) => question.question), guide.slug);
      assert.ok(questions.every((item) => item.answer.length > 40), guide.slug);
      assert.equal(await page.$$eval('.sheet-faq dt', (terms) => terms.length), guide.data.faq.length);
      assert.equal(await page.$$eval('.sheet-concepts dt', (terms) => terms.length), guide.data.concepts.length);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
      assert.ok(pages >= 1 && pages <= 2, `${guide.slug}: ${pages} A4 pages`);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  }
});

/** Puts the practice page in a state for axe: idle (new reader), revealed answer, round summary. */
const STATES: Record<string, (page: Page) => Promise<void>> = {
  idle: async () => {},
  revealed: async (page) => {
    await page.click('[data-start]');
    await page.click('[data-reveal]');
    await page.waitForSelector('[data-answer]:not([hidden])');
  },
  summary: async (page) => {
    await practiseRound(page, ['3']);
  },
};

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    for (const [state, prepare] of Object.entries(STATES)) {
      test(`axe-core finds no violations on the practice page (${state}), ${colorScheme} scheme, ${width} px wide`, { skip }, async () => {
        const { page, problems } = await openWatched('/practice/?skill=jwt', { width, colorScheme });
        try {
          await page.emulateMedia({ reducedMotion: 'reduce' });
          await prepare(page);
          assert.deepEqual(await runAxe(page), []);
          assert.deepEqual(problems, []);
        } finally {
          await page.close();
        }
      });
    }
    test(`axe-core finds no violations on a cheat sheet, ${colorScheme} scheme, ${width} px wide`, { skip }, async () => {
      const { page } = await openWatched('/skills/kubernetes/cheat-sheet/', { width, colorScheme });
      try {
        assert.deepEqual(await runAxe(page), []);
      } finally {
        await page.close();
      }
    });
  }
}
