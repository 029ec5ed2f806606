import { randomIndex } from './prng.ts';

/**
 * Small edits of real snippets, the slips of someone typing: a deleted bracket, colon, quote or
 * comma, a stray character, a line split or joined, an indentation off by a few spaces, '=' for
 * '==', a smart quote, a backslash, a keyword swapped; and changes of layout. Many leave the code
 * valid (an edit inside a comment or a string), which keeps the checker honest about valid code;
 * CPython decides.
 */
type Mutation = (source: string, random: () => number) => string | null;

const STRAY_CHARACTERS = [' ', '(', ')', '[', ']', '{', '}', ':', ',', '.', "'", '"', '=', '+', '*', '#', '\\', '\t', '\n', 'x', '1', '@', '!'];
const KEYWORD_SWAPS: readonly [string, string][] = [
  ['def ', 'class '], [' in ', ' is '], ['if ', 'elif '], ['else', 'elif'], ['return ', 'yield '], ['for ', 'while '],
  ['import ', 'from '], ['try', 'finally'], ['except', 'else'], ['and', 'or not'], ['async ', ''], ['await ', ''],
  ['None', 'none'], ['lambda', 'def'], [' as ', ' = '], ['with ', 'async with '], ['(', '(*'], ['=', ':='],
];

function positionsOf(source: string, pattern: RegExp): number[] {
  const at: number[] = [];
  for (const m of source.matchAll(pattern)) at.push(m.index);
  return at;
}

function pick<T>(items: readonly T[], random: () => number): T | null {
  return items.length ? items[randomIndex(random, items.length)]! : null;
}

function deleteOneOf(pattern: RegExp): Mutation {
  return (source, random) => {
    const at = pick(positionsOf(source, pattern), random);
    return at === null ? null : source.slice(0, at) + source.slice(at + 1);
  };
}

function lineSpans(source: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i === source.length || source[i] === '\n') {
      if (i > start || i < source.length) spans.push([start, i]);
      start = i + 1;
    }
  }
  return spans;
}

const MUTATIONS: readonly Mutation[] = [
  deleteOneOf(/[()[\]{}]/g),
  deleteOneOf(/:/g),
  deleteOneOf(/['"]/g),
  deleteOneOf(/,/g),
  (source, random) => {
    if (!source) return null;
    const at = randomIndex(random, source.length);
    return source.slice(0, at) + source.slice(at + 1);
  },
  (source, random) => {
    const at = randomIndex(random, source.length + 1);
    return source.slice(0, at) + pick(STRAY_CHARACTERS, random)! + source.slice(at);
  },
  (source, random) => {
    if (source.length < 2) return null;
    const at = randomIndex(random, source.length - 1);
    return source.slice(0, at) + source[at + 1]! + source[at]! + source.slice(at + 2);
  },
  (source, random) => {
    const span = pick(lineSpans(source), random);
    if (!span) return null;
    const line = source.slice(span[0], span[1]);
    return random() < 0.5 ? source.slice(0, span[0]) + source.slice(span[1] + 1) : source.slice(0, span[1]) + '\n' + line + source.slice(span[1]);
  },
  (source, random) => {
    const spans = lineSpans(source).filter(([a, b]) => source.slice(a, b).trim() !== '');
    const span = pick(spans, random);
    if (!span) return null;
    const line = source.slice(span[0], span[1]);
    const indent = /^[ \t]*/.exec(line)![0].length;
    const choice = randomIndex(random, 3);
    const changed =
      choice === 0 ? ' '.repeat(1 + randomIndex(random, 4)) + line : choice === 1 ? line.slice(Math.min(indent, 1 + randomIndex(random, 4))) : '\t' + line;
    return source.slice(0, span[0]) + changed + source.slice(span[1]);
  },
  (source, random) => {
    const equal = positionsOf(source, /==/g);
    const assign = positionsOf(source, /(?<![=!<>+\-*/%&|^@:])=(?!=)/g);
    if (equal.length && random() < 0.5) {
      const at = pick(equal, random)!;
      return source.slice(0, at) + source.slice(at + 1);
    }
    const at = pick(assign, random);
    return at === null ? null : source.slice(0, at) + '=' + source.slice(at);
  },
  (source, random) => {
    const at = randomIndex(random, source.length + 1);
    return random() < 0.5 ? source.slice(0, at) + '\n' + source.slice(at) : source.slice(0, at) + '\n    ' + source.slice(at);
  },
  deleteOneOf(/\n/g),
  (source, random) => {
    const at = pick(positionsOf(source, /['"]/g), random);
    if (at === null) return null;
    return source.slice(0, at) + pick(['\u201c', '\u201d', '\u2018', '\u2019'], random)! + source.slice(at + 1);
  },
  (source, random) => {
    const at = pick(positionsOf(source, /['"]/g), random);
    if (at === null) return null;
    return source.slice(0, at + 1) + pick(['\\U', '\\x', '\\N', '\\u', 'C:\\Users\\', '\\'], random)! + source.slice(at + 1);
  },
  (source, random) => {
    const at = pick(positionsOf(source, /\b[A-Za-z_]\w*/g), random);
    if (at === null) return null;
    const word = /^\w+/.exec(source.slice(at))![0];
    return source.slice(0, at) + source.slice(at + word.length);
  },
  // Layout that is usually still valid: a line broken after a comma, a comment, a tab for four
  // spaces, a backslash continuation.
  (source, random) => {
    const at = pick(positionsOf(source, /, /g), random);
    return at === null ? null : source.slice(0, at + 1) + '\n' + source.slice(at + 2);
  },
  (source, random) => {
    const span = pick(lineSpans(source), random);
    return span ? source.slice(0, span[1]) + '  # note' + source.slice(span[1]) : null;
  },
  (source, random) => {
    const at = pick(positionsOf(source, /^ {4}/gm), random);
    return at === null ? null : source.slice(0, at) + '\t' + source.slice(at + 4);
  },
  (source, random) => {
    const at = pick(positionsOf(source, / /g), random);
    return at === null ? null : source.slice(0, at) + ' \\\n' + source.slice(at);
  },
  (source, random) => {
    const swap = pick(KEYWORD_SWAPS, random)!;
    const [from, to] = random() < 0.5 ? swap : ([swap[1], swap[0]] as const);
    if (!from) return null;
    const at = pick(positionsOf(source, new RegExp(from.replace(/[()*]/g, '\\$&'), 'g')), random);
    return at === null ? null : source.slice(0, at) + to + source.slice(at + from.length);
  },
];

/**
 * `perSnippet` mutations of each snippet (one edit each, a second one time in four), in a
 * deterministic order for a given `random`. Edits that change nothing are skipped.
 */
export function mutateSnippets(snippets: readonly string[], perSnippet: number, random: () => number): string[] {
  const out: string[] = [];
  for (const snippet of snippets) {
    let made = 0;
    for (let attempt = 0; made < perSnippet && attempt < perSnippet * 4; attempt++) {
      let mutated: string | null = pick(MUTATIONS, random)!(snippet, random);
      if (mutated !== null && random() < 0.25) mutated = pick(MUTATIONS, random)!(mutated, random) ?? mutated;
      if (mutated === null || mutated === snippet) continue;
      out.push(mutated);
      made++;
    }
  }
  return out;
}
