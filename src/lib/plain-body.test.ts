import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSyncedGuide, planPlainBody, sectionMarker, sectionOfMarker, splitAtSectionMarkers, syncedBodyHtml, syncedInlineFields } from './plain-body.ts';

test('a body whose only JSX is bare section placements is plain: each placement becomes a marker', () => {
  const body = 'Intro with `code`, **bold** and a [link](/skills/jwt/).\n\n## Concepts\n\n<CoreConcepts />\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<Faq/>\n';
  assert.deepEqual(planPlainBody(body), {
    plain: true,
    markdown: 'Intro with `code`, **bold** and a [link](/skills/jwt/).\n\n## Concepts\n\n<!--skill-guides:section:CoreConcepts-->\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<!--skill-guides:section:Faq-->\n',
  });
});

test('a placement right under a paragraph line is still a block of its own in both readings', () => {
  assert.equal(planPlainBody('Para text\n<CoreConcepts />\nMore text').plain, true);
});

test('text that MDX and Markdown read alike stays plain: a lone <, entities, references, non-ASCII', () => {
  for (const body of ['a < b', 'a &amp; b &copy;', '[a][b]\n\n[b]: https://example.com', 'Héllo — wörld 日本\n\n<Faq />\n\n## Après']) {
    assert.equal(planPlainBody(body).plain, true, body);
  }
});

test('anything that needs MDX, or that MDX and Markdown read differently, keeps the MDX path', () => {
  const cases: [string, RegExp][] = [
    ['Total: {2 ** 10}', /differ|content/],
    ['export const x = 1\n\nText', /mdxjsEsm/],
    ['import X from "./x.astro"\n\n<X />', /<X> beyond a bare section placement/],
    ['import X from "./x.astro"\n\nText', /mdxjsEsm/],
    ['<Aside>note</Aside>', /<Aside> beyond a bare section placement/],
    ['<CoreConcepts title="x" />', /<CoreConcepts> beyond a bare section placement/],
    ['<CoreConcepts>child</CoreConcepts>', /<CoreConcepts> beyond a bare section placement/],
    ['Inline <Faq /> placement', /mdxJsxTextElement/],
    ['- item\n\n  <Faq />', /does not stand alone/],
    ['Text\n\n    four-space indent', /paragraph in MDX but code in Markdown/],
    ['<!-- a comment -->', /not valid MDX/],
    ['<https://example.com>', /not valid MDX/],
    ['<div>\n\nnever closed', /not valid MDX|beyond/],
  ];
  for (const [body, reason] of cases) {
    const plan = planPlainBody(body);
    assert.equal(plan.plain, false, body);
    assert.match(!plan.plain ? plan.reason : '', reason, body);
  }
});

test('an author cannot forge a marker: an HTML comment is not valid MDX', () => {
  assert.equal(planPlainBody(`${sectionMarker('Faq')}\n\nText`).plain, false);
});

test('markers are recognised exactly, and only for the six generated sections', () => {
  assert.equal(sectionOfMarker('<!--skill-guides:section:RelatedRoles-->\n'), 'RelatedRoles');
  assert.equal(sectionOfMarker('<!--skill-guides:section:Script-->'), undefined);
  assert.equal(sectionOfMarker('<!-- skill-guides:section:Faq -->'), undefined);
  assert.equal(sectionOfMarker('<p>x</p><!--skill-guides:section:Faq-->'), undefined);
});

test('rendered HTML splits at each marker, in order, with the section that follows each run', () => {
  const html = `<p>a</p>\n${sectionMarker('CoreConcepts')}\n<h2 id="b">B</h2>\n${sectionMarker('Faq')}${sectionMarker('RelatedSkills')}\n<p>c</p>`;
  assert.deepEqual(splitAtSectionMarkers(html), [
    { html: '<p>a</p>\n', section: 'CoreConcepts' },
    { html: '\n<h2 id="b">B</h2>\n', section: 'Faq' },
    { html: '', section: 'RelatedSkills' },
    { html: '\n<p>c</p>' },
  ]);
  assert.deepEqual(splitAtSectionMarkers('<p>no sections</p>'), [{ html: '<p>no sections</p>' }]);
});

test('a synced guide file gives back its inline fields and its body HTML, whatever they hold', () => {
  const html = '<p>one\ntwo</p>\n<!--skill-guides:section:Faq-->\n<pre><code>a\n\nb</code></pre>';
  const inline: [string, string][] = [['line\nbreak and "quotes"', '<p>line\nbreak and &quot;quotes&quot;</p>\n'], ['\u2028', '<p>\u2028</p>']];
  const text = formatSyncedGuide({ html, inline });
  assert.deepEqual(syncedInlineFields(text), inline);
  assert.equal(syncedBodyHtml(text), html);
  assert.equal(syncedBodyHtml(formatSyncedGuide({ html: '', inline: [] })), '');
});
