import { micromark } from 'micromark';

/**
 * Renders a frontmatter long-text field (inline Markdown: code, emphasis, links) to HTML.
 * micromark escapes raw HTML and drops unsafe link protocols (`javascript:`), so the output is
 * safe to inject. Block syntax is kept inline: the single paragraph wrapper is removed.
 */
export function renderInlineMarkdown(text: string): string {
  const html = micromark(text).trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]!.includes('<p>') ? single[1]! : html;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Plain text of an inline-Markdown field, as shown to readers (for JSON-LD, meta and search). */
export function markdownToPlainText(text: string): string {
  return micromark(text)
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!)
    // Collapse line breaks from the source only: U+2028 and friends are content, kept as written.
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}
