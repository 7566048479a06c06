import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { formatFieldPath, type Problem } from '../lib/problems.ts';

/** Parsed YAML with a way back from a field path to a line and column in the original file. */
export interface YamlSource {
  /** Plain data (`__proto__` and `constructor` keys stay ordinary own keys; nothing is polluted). */
  data: unknown;
  /** Syntax and resource errors, already located. */
  problems: Problem[];
  /**
   * Line and column of the value at `path` (of its key when `at` is `'key'`), or of its nearest
   * existing ancestor when the path is missing.
   */
  locate(path: readonly PropertyKey[], at?: 'value' | 'key'): { line: number; column: number };
  /** Dotted field path of the deepest node that holds `offset` of the parsed text (`concepts.0.summary`). */
  pathAt(offset: number): PropertyKey[];
  /** Line and column of `needle` as written inside the value at `path`, else of the value itself. */
  locateText(path: readonly PropertyKey[], needle: string): { line: number; column: number };
}

/** Alias expansion is where "billion laughs" documents explode; a real guide needs few or none. */
const MAX_ALIAS_COUNT = 50;
// Each duplicate is located by a walk from the root; past this many, the file is hopeless anyway.
const MAX_DUPLICATES_LISTED = 200;
/** A guide's frontmatter is three levels deep (`faq` → item → `answer`); this leaves ample room. */
const MAX_NESTING_DEPTH = 20;

/**
 * Parses YAML text that starts at `firstLine` of `file`. Uses the YAML 1.2 core schema, so
 * `2026-02-30` stays a string the guide schema can reject instead of becoming March 2nd.
 * Hostile input (alias bombs, deep nesting, duplicate keys by the thousand) yields located problems,
 * never a hang or a crash: every pass over the document is linear and none recurses on its depth.
 *
 * Two parsers, one result. `yaml` keeps every node's position, which a problem needs, but reads a
 * guide's frontmatter about ten times slower than js-yaml, which keeps none. A document js-yaml
 * reads plainly (no error, no anchor, no duplicate or unusual key, not too deep) is read by js-yaml
 * with `yaml`'s scalar rules, and `yaml` parses it only if a position is asked for; any other
 * document is read by `yaml` alone, so every problem is found and worded by one parser.
 *
 * `readAgain`, when given, returns `text` once more. A document read plainly then keeps no hold on
 * `text` (often a slice that would keep a whole file alive) until a position is asked for.
 */
export function parseYamlSource(file: string, text: string, firstLine = 1, root = 'frontmatter', readAgain?: () => string): YamlSource {
  const plain = readPlainly(text);
  if (!plain) return parseWithPositions(file, text, firstLine, root);
  // Only `kept` is seen by the closure below: naming `text` there would keep it alive.
  const kept = readAgain ? undefined : text;
  let located: YamlSource | undefined;
  const withPositions = () => (located ??= parseWithPositions(file, kept ?? readAgain!(), firstLine, root));
  return {
    data: plain.data,
    problems: [],
    locate: (path, at) => withPositions().locate(path, at),
    pathAt: (offset) => withPositions().pathAt(offset),
    locateText: (path, needle) => withPositions().locateText(path, needle),
  };
}

/** The scalars of the YAML 1.2 core schema, resolved exactly as `yaml`'s `core` schema does. */
const coreScalar = <T>(tag: 'null' | 'bool' | 'int' | 'float', rules: [RegExp, (text: string) => T][]) =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (text: unknown) => typeof text === 'string' && rules.some(([pattern]) => pattern.test(text)),
    construct: (text: string) => rules.find(([pattern]) => pattern.test(text))![1](text),
  });
const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    coreScalar('null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
    coreScalar('bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => /^t/i.test(text)]]),
    coreScalar('int', [
      [/^[-+]?[0-9]+$/, (text) => parseInt(text, 10)],
      [/^0o[0-7]+$/, (text) => parseInt(text.slice(2), 8)],
      [/^0x[0-9a-fA-F]+$/, (text) => parseInt(text.slice(2), 16)],
    ]),
    coreScalar('float', [
      [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (text) => (text.slice(-3).toLowerCase() === 'nan' ? NaN : text.startsWith('-') ? -Infinity : Infinity)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat],
    ]),
  ],
});
/** An anchor (`&name`) where a node may start; prose such as `R&D` or `a & b` does not match. */
const MAYBE_ANCHOR = /(?:^|[\s[\]{},:])&[^\s[\]{},]/m;
/**
 * A collection as a key (`[a]: x`, `{a: 1}: x`, or after an explicit `?`): js-yaml names it `a`,
 * `yaml` `[ a ]`. Text such as `[ref]: url` in a value matches too, and is read by `yaml` alone.
 */
const MAYBE_COLLECTION_KEY = /[\]}]\s*:|^[\s-]*\?(?:\s|$)/m;
/** Keys both parsers turn into the same property name: a `null` key differs, `__proto__` is special. */
const PLAIN_KEY = /^(?!null$|__proto__$)[\w$-]+$/;

/** The data of `text` if js-yaml reads it exactly as `parseWithPositions` would, else undefined. */
export function readPlainly(text: string): { data: unknown } | undefined {
  if (MAYBE_ANCHOR.test(text) || MAYBE_COLLECTION_KEY.test(text)) return undefined;
  let data: unknown;
  try {
    // Duplicate keys, tags outside the core schema, nesting past js-yaml's limit of 100 and every
    // syntax error throw. An empty document is null to `yaml` and undefined to js-yaml.
    data = load(text, { schema: CORE_SCHEMA }) ?? null;
  } catch {
    return undefined;
  }
  const stack: { value: unknown; depth: number }[] = [{ value: data, depth: 1 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_NESTING_DEPTH) return undefined;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (!PLAIN_KEY.test(key)) return undefined;
      stack.push({ value: item, depth: depth + 1 });
    }
  }
  return { data };
}

/** Parses `text` with every node's position: the path of documents with problems, and of locating them. */
function parseWithPositions(file: string, text: string, firstLine: number, root: string): YamlSource {
  const lineCounter = new LineCounter();
  const toPosition = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const fallbackOffset = Math.max(0, text.search(/\S/));
  const problem = (offset: number, message: string): Problem => ({ file, ...toPosition(offset), field: root, message });

  let doc: Document;
  try {
    // uniqueKeys is off because the library's check is quadratic in the number of keys; the walk
    // below finds duplicates with a Set instead.
    doc = parseDocument(text, { schema: 'core', uniqueKeys: false, lineCounter, prettyErrors: false, keepSourceTokens: false });
  } catch (error) {
    return failed([problem(fallbackOffset, `cannot read YAML: ${firstSentence(String((error as Error)?.message ?? error))}`)]);
  }

  // The composer turns a stack overflow on deep nesting into RESOURCE_EXHAUSTION errors; the other
  // errors it reports then are echoes of the same cause, so one clear message replaces them all.
  const exhausted = doc.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) {
    // Where the stack runs out depends on the caller's stack depth; the line's first character does not.
    const lineStart = text.lastIndexOf('\n', exhausted.pos[0] - 1) + 1;
    const at = lineStart + Math.max(0, text.slice(lineStart).search(/\S/));
    return failed([problem(at, `YAML is nested too deeply to read (more than ${MAX_NESTING_DEPTH} levels); guide fields need at most 3`)]);
  }
  const problems: Problem[] = doc.errors.map((error) => problem(error.pos[0], `YAML syntax error: ${firstSentence(error.message)}`));

  const shape = inspect(doc);
  if (shape.tooDeep) {
    problems.push(problem(shape.tooDeep.range?.[0] ?? fallbackOffset, `YAML is nested more than ${MAX_NESTING_DEPTH} levels deep; guide fields need at most 3`));
  }
  for (const { key, first } of shape.duplicates.slice(0, MAX_DUPLICATES_LISTED)) {
    const { line } = toPosition(first.range![0]);
    const path = pathAtOffset(doc.contents, key.range![0]);
    problems.push({ ...problem(key.range![0], `duplicate key (first defined on line ${line}); the last one would win`), field: formatFieldPath(path, root) });
  }

  // Duplicate keys alone still leave readable data, so the schema can report everything else too.
  let data: unknown = undefined;
  if (doc.errors.length === 0 && !shape.tooDeep) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const message = String((error as Error)?.message ?? error);
      problems.push(
        /alias/i.test(message)
          ? problem(shape.firstAlias?.range?.[0] ?? fallbackOffset, 'YAML aliases expand too much (a "billion laughs" pattern); write the values out instead of repeating *aliases')
          : problem(fallbackOffset, `cannot read YAML: ${firstSentence(message)}`),
      );
    }
  }

  const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
  const findPair = (map: YAMLMap, key: string): Pair | undefined => {
    let index = pairIndex.get(map);
    if (!index) {
      index = new Map();
      // Later pairs overwrite earlier ones, as they do in the parsed data.
      for (const pair of map.items) if (isScalar(pair.key)) index.set(String(pair.key.value), pair);
      pairIndex.set(map, index);
    }
    return index.get(key);
  };

  return {
    data,
    problems,
    locate(path, at = 'value') {
      const node = findNode(doc.contents, path, at, findPair);
      return toPosition(node?.range ? node.range[0] : fallbackOffset);
    },
    pathAt(offset) {
      return pathAtOffset(doc.contents, offset);
    },
    locateText(path, needle) {
      const node = findNode(doc.contents, path, 'value', findPair);
      const found = node?.range ? text.indexOf(needle, node.range[0]) : -1;
      return found !== -1 && found < node!.range![2] ? toPosition(found) : this.locate(path);
    },
  };

  function failed(problems: Problem[]): YamlSource {
    return { data: undefined, problems, locate: () => toPosition(fallbackOffset), pathAt: () => [], locateText: () => toPosition(fallbackOffset) };
  }
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.trim();
}

interface Shape {
  /** First node deeper than MAX_NESTING_DEPTH, if any. */
  tooDeep?: Node;
  /** First alias (`*name`) in document order. */
  firstAlias?: Node;
  /** Keys that repeat an earlier key of the same mapping. */
  duplicates: { key: Node & { value: unknown }; first: Node }[];
}

/** One iterative pass over the document: depth, first alias and duplicate keys. */
function inspect(doc: Document): Shape {
  const shape: Shape = { duplicates: [] };
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isAlias(node)) {
      if (!shape.firstAlias || (node.range && shape.firstAlias.range && node.range[0] < shape.firstAlias.range[0])) shape.firstAlias = node;
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_NESTING_DEPTH) {
      shape.tooDeep = node;
      break;
    }
    if (isMap(node)) {
      const seen = new Map<string, Node>();
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.range) {
          const name = String(pair.key.value);
          const first = seen.get(name);
          if (first) shape.duplicates.push({ key: pair.key, first });
          else seen.set(name, pair.key);
        } else if (pair.key) {
          stack.push({ node: pair.key, depth: depth + 1 });
        }
        stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    }
  }
  shape.duplicates.sort((a, b) => a.key.range![0] - b.key.range![0]);
  return shape;
}

/** The node for `path` (a scalar value, or the key of a collection value), else the nearest ancestor's. */
function findNode(root: unknown, path: readonly PropertyKey[], at: 'value' | 'key', findPair: (map: YAMLMap, key: string) => Pair | undefined): Node | undefined {
  let current: unknown = root;
  let best: Node | undefined = isNode(current) ? current : undefined;
  for (const [depth, segment] of path.entries()) {
    if (isMap(current)) {
      const pair = findPair(current, String(segment));
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

/** Path of keys and indexes down to the deepest collection entry whose range holds `offset`. */
function pathAtOffset(root: unknown, offset: number): PropertyKey[] {
  const path: PropertyKey[] = [];
  let current: unknown = root;
  const holds = (node: unknown) => isNode(node) && node.range && node.range[0] <= offset && offset < node.range[2];
  for (let depth = 0; depth <= MAX_NESTING_DEPTH; depth++) {
    if (isMap(current)) {
      const pair = current.items.find((item) => holds(item.value) || holds(item.key));
      if (!pair || !isScalar(pair.key)) break;
      path.push(String(pair.key.value));
      current = pair.value;
    } else if (isSeq(current)) {
      const index = current.items.findIndex(holds);
      if (index === -1) break;
      path.push(index);
      current = current.items[index];
    } else {
      break;
    }
  }
  return path;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}
