import GithubSlugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';

/** The text a screen reader announces for a heading's self-link. */
export function headingLinkLabel(text: string): string {
  return `Link to this section: ${text}`;
}

/**
 * Sätteri plugin: a self-link after every h2 and h3 of a guide body, so a reader can copy a link to
 * a section. The heading and its link share a wrapper (`.heading`), as in Starlight: the link stays
 * out of the heading, so the heading's name, the table of contents and Pagefind's sub-results read
 * the heading's text alone. The link shows on hover and focus (src/styles/components.css) and is
 * left out of the search index. User plugins run before Astro's heading-ids plugin, so this one
 * gives every heading its id, exactly as that plugin would (github-slugger over the text, one
 * slugger per document); Astro then keeps the ids and reports the headings as usual.
 * `src/components/guide/SectionHeading.astro` renders the same markup for the generated sections.
 */
export const headingLinksPlugin: HastPluginEntry = () => {
  const slugger = new GithubSlugger();
  return {
    name: 'skill-guides:heading-links',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const text = ctx.textContent(node);
        const given = node.properties?.id;
        const id = typeof given === 'string' ? given : slugger.slug(text);
        if (typeof given !== 'string') ctx.setProperty(node, 'id', id);
        if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
        ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['heading', `heading-${node.tagName}`] }, children: [{
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-link'], href: `#${id}`, dataPagefindIgnore: '' },
          children: [
            { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: headingLinkLabel(text) }] },
            { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          ],
        }] });
      },
    },
  };
};
