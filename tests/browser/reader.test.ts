import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserSuite } from '../helpers/browser.ts';

const suite = useBrowserSuite();
const { skip, open } = suite;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('at 1280 px, the home page\'s "Recently updated" cards and their "Updated" lines do not overlap one another', { skip }, async () => {
  const page = await open('/', { width: 1280 });
  try {
    const items = await page.$$eval('#recent ~ .card-grid > li', (elements) =>
      elements.map((li) => [li.querySelector('.card')!, li.querySelector('.updated')!].map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { x, y, width, height };
      })),
    );
    assert.ok(items.length >= 4, 'at least two rows of cards');
    assert.ok(new Set(items.map(([card]) => card!.y)).size >= 2, 'the cards wrap to a second row');
    for (const [index, boxes] of items.entries()) {
      assert.ok(boxes[1]!.y >= boxes[0]!.y + boxes[0]!.height, `card ${index + 1}: its Updated line sits under it`);
      for (const other of items.slice(index + 1)) {
        for (const box of boxes) for (const otherBox of other) assert.equal(intersects(box, otherBox), false, `card ${index + 1} overlaps a later card: ${JSON.stringify([box, otherBox])}`);
      }
    }
  } finally {
    await page.close();
  }
});

test('a section\'s self-link is hidden until the heading is hovered or the link is focused, is named after the section, and links to it', { skip }, async () => {
  const page = await open('/skills/iam/', { width: 1280 });
  try {
    const link = page.locator('#what-is-iam + .heading-link');
    const opacity = () => link.evaluate((element) => getComputedStyle(element).opacity);
    assert.equal(await opacity(), '0');
    await page.hover('#what-is-iam');
    assert.equal(await opacity(), '1');
    await page.mouse.move(0, 0);
    await link.focus();
    assert.equal(await opacity(), '1');
    assert.equal(await link.evaluate((element) => (element as HTMLAnchorElement).textContent), 'Link to this section: What is IAM?#');
    const name = await page.evaluate(() => document.querySelector('#what-is-iam + .heading-link span:not([aria-hidden])')?.textContent);
    assert.equal(name, 'Link to this section: What is IAM?');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#what-is-iam');
    // Generated sections have the same link.
    assert.equal(await page.getAttribute('#faq + .heading-link', 'href'), '#faq');
    assert.equal(await page.$$eval('.guide-body h2, .guide-body h3', (headings) => headings.filter((heading) => heading.id && heading.nextElementSibling?.getAttribute('href') !== `#${heading.id}`).map((heading) => heading.id)).then((missing) => missing.join(', ')), '');
  } finally {
    await page.close();
  }
});
