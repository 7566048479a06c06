/**
 * Syntax highlighting with classes instead of inline styles. Shiki's `css-variables` theme
 * tokenises each code block once (two themes, light and dark, tokenise it twice: Shiki runs the
 * grammar per theme) and colours tokens with `style="color:var(--astro-code-token-…)"`. This
 * transformer turns those into short classes (`tk-keyword`) that the stylesheet colours for light
 * and dark, merges neighbouring tokens of one colour, and drops the `<pre>` inline style: pages
 * get smaller and carry no inline style at all, so the Content-Security-Policy needs no
 * `'unsafe-inline'` for styles.
 */

interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: unknown[];
}

interface ThemedToken {
  content: string;
  offset: number;
  color?: string;
  fontStyle?: number;
}

/** The Shiki transformer hooks used here (a structural subset of Shiki's `ShikiTransformer`). */
export interface TokenClassTransformer {
  name: string;
  tokens(lines: ThemedToken[][]): ThemedToken[][];
  pre(node: HastElement): void;
  span(node: HastElement): void;
}

const COLOUR = /(?:^|;)\s*color:\s*var\(--astro-code-token-([a-z-]+)\)/;
const FONT_STYLES: [RegExp, string][] = [
  [/font-style:\s*italic/, 'tk-italic'],
  [/font-weight:\s*bold/, 'tk-bold'],
  [/text-decoration:\s*underline/, 'tk-underline'],
];

/** The classes for a token's inline style from the `css-variables` theme (none for plain text). */
export function classesForTokenStyle(style: unknown): string[] {
  if (typeof style !== 'string') return [];
  const colour = COLOUR.exec(style);
  return [...(colour ? [`tk-${colour[1]}`] : []), ...FONT_STYLES.filter(([pattern]) => pattern.test(style)).map(([, name]) => name)];
}

// Punctuation is coloured like plain text: as plain text it merges with its neighbours.
const PUNCTUATION = 'var(--astro-code-token-punctuation)';
const FOREGROUND = 'var(--astro-code-foreground)';

/** Merges neighbouring tokens that render alike (same colour and font style); whitespace joins either side. */
export function mergeTokens(line: readonly ThemedToken[]): ThemedToken[] {
  const merged: ThemedToken[] = [];
  for (const original of line) {
    const token = original.color === PUNCTUATION ? { ...original, color: FOREGROUND } : original;
    const previous = merged.at(-1);
    if (previous && previous.content.trim() === '') {
      // Leading whitespace takes the colour of what follows it.
      Object.assign(previous, { content: previous.content + token.content, color: token.color, fontStyle: token.fontStyle });
    } else if (previous && (token.content.trim() === '' || (previous.color === token.color && (previous.fontStyle ?? 0) === (token.fontStyle ?? 0)))) {
      previous.content += token.content;
    } else {
      merged.push({ ...token });
    }
  }
  return merged;
}

export const tokenClassTransformer: TokenClassTransformer = {
  name: 'skill-guides:token-classes',
  tokens: (lines) => lines.map(mergeTokens),
  pre(node) {
    // Background, text colour and overflow come from the stylesheet.
    delete node.properties.style;
  },
  span(node) {
    const classes = classesForTokenStyle(node.properties.style);
    delete node.properties.style;
    if (classes.length > 0) node.properties.class = classes.join(' ');
  },
};
