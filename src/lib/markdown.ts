import { micromark } from 'micromark';

// The same field is rendered for the page, the hub, JSON-LD and reading time: parse each text once.
const CACHE_LIMIT = 20_000;
const rendered = new Map<string, string>();

/** micromark's HTML for `text`, memoised (bounded, so a huge site cannot grow it without limit). */
function toHtml(text: string): string {
  let html = rendered.get(text);
  if (html === undefined) {
    html = micromark(text);
    if (rendered.size >= CACHE_LIMIT) rendered.clear();
    rendered.set(text, html);
  }
  return html;
}

/**
 * Renders a frontmatter long-text field (inline Markdown: code, emphasis, links) to HTML.
 * micromark escapes raw HTML and drops unsafe link protocols (`javascript:`), so the output is
 * safe to inject. Block syntax is kept inline: the single paragraph wrapper is removed.
 */
export function renderInlineMarkdown(text: string): string {
  const html = toHtml(text).trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]!.includes('<p>') ? single[1]! : html;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Plain text of an inline-Markdown field, as shown to readers (for JSON-LD, meta and search). */
export function markdownToPlainText(text: string): string {
  return toHtml(text)
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!)
    // Collapse line breaks from the source only: U+2028 and friends are content, kept as written.
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}
