import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from './problems.ts';

/** Parsed YAML with a way back from a field path to a line and column in the original file. */
export interface YamlSource {
  /** Plain data (null-prototype-free objects; `__proto__` keys stay ordinary keys). */
  data: unknown;
  /** Syntax errors, already located. */
  problems: Problem[];
  /**
   * Line and column of the value at `path` (of its key when `at` is `'key'`), or of its nearest
   * existing ancestor when the path is missing.
   */
  locate(path: readonly PropertyKey[], at?: 'value' | 'key'): { line: number; column: number };
}

// Alias expansion is where "billion laughs" documents explode; a real guide needs few or none.
const MAX_ALIAS_COUNT = 50;

/**
 * Parses YAML text that starts at `firstLine` of `file`. Uses the YAML 1.2 core schema, so
 * `2026-02-30` stays a string the guide schema can reject instead of becoming March 2nd.
 */
export function parseYamlSource(file: string, text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    schema: 'core',
    uniqueKeys: true,
    lineCounter,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const toPosition = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const problems: Problem[] = doc.errors.map((error) => ({
    file,
    ...toPosition(error.pos[0]),
    field: 'frontmatter',
    message: `YAML syntax error: ${firstSentence(error.message)}`,
  }));
  let data: unknown = undefined;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      problems.push({ file, ...toPosition(0), field: 'frontmatter', message: `YAML error: ${firstSentence(String((error as Error).message))}` });
    }
  }
  const fallback = toPosition(Math.max(0, text.search(/\S/)));
  return {
    data,
    problems,
    locate(path, at = 'value') {
      const node = findNode(doc, path, at);
      return node?.range ? toPosition(node.range[0]) : fallback;
    },
  };
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.trim();
}

/** The node for `path` (a scalar value, or the key of a collection value), else the nearest ancestor's. */
function findNode(doc: Document, path: readonly PropertyKey[], at: 'value' | 'key'): Node | undefined {
  let current: unknown = doc.contents;
  let best: Node | undefined = isNode(current) ? current : undefined;
  for (const [depth, segment] of path.entries()) {
    if (isMap(current)) {
      const pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return best;
      const keyNode = isNode(pair.key) ? pair.key : best;
      // Point at the value when it sits on the key's line (a scalar or a flow collection such as
      // `[a, b]`); a block collection starts on a later line, so point at its key instead.
      const onKeyLine = isScalar(pair.value) || ((isMap(pair.value) || isSeq(pair.value)) && pair.value.flow === true);
      const wantsKey = at === 'key' && depth === path.length - 1;
      best = !wantsKey && onKeyLine && isNode(pair.value) && pair.value.range ? pair.value : keyNode;
      current = pair.value;
    } else if (isSeq(current) && typeof segment === 'number') {
      const item = current.items[segment];
      if (!isNode(item)) return best;
      best = item;
      current = item;
    } else {
      return best;
    }
  }
  return best;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}
