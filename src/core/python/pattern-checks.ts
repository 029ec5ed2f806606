import type { Pattern, Stmt } from './ast.ts';
import { CompileError } from './compile-error.ts';

/**
 * What CPython's compiler refuses in `case` patterns: an irrefutable pattern (`case _:`,
 * `case x:`) before the last case, alternatives binding different names, a name bound twice,
 * two starred names in a sequence, duplicate mapping keys or class-pattern attributes, and
 * values that are not literals or attribute lookups (f-strings).
 */
export function checkPatterns(match: Extract<Stmt, { type: 'Match' }>, src: string, visitCase: (index: number) => void): void {
  match.cases.forEach((c, i) => {
    const allowIrrefutable = c.guard !== null || i === match.cases.length - 1;
    checkPattern(c.pattern, allowIrrefutable, [], src);
    visitCase(i);
  });
}

function capture(name: string, at: Pattern, stores: string[]): void {
  if (name === '__debug__') throw new CompileError(at, 'cannot assign to __debug__');
  if (stores.includes(name)) throw new CompileError(at, `multiple assignments to name '${name}' in pattern`);
  stores.push(name);
}

function checkPattern(p: Pattern, allowIrrefutable: boolean, stores: string[], src: string): void {
  switch (p.type) {
    case 'MatchAs':
      if (!p.pattern) {
        if (!allowIrrefutable) {
          throw new CompileError(p, p.name ? `name capture '${p.name}' makes remaining patterns unreachable` : 'wildcard makes remaining patterns unreachable');
        }
      } else checkPattern(p.pattern, allowIrrefutable, stores, src);
      if (p.name) capture(p.name, p, stores);
      return;
    case 'MatchStar':
      if (p.name) capture(p.name, p, stores);
      return;
    case 'MatchValue':
      if (p.value.type === 'JoinedStr') throw new CompileError(p, 'patterns may only match literals and attribute lookups');
      return;
    case 'MatchSingleton':
      return;
    case 'MatchSequence': {
      const starred = p.patterns.filter((s) => s.type === 'MatchStar');
      if (starred.length > 1) throw new CompileError(starred[1]!, 'multiple starred names in sequence pattern');
      for (const sub of p.patterns) checkPattern(sub, true, stores, src);
      return;
    }
    case 'MatchMapping': {
      const seen = new Set<string>();
      for (const key of p.keys) {
        if (key.type === 'JoinedStr') throw new CompileError(key, 'mapping pattern keys may only match literals and attribute lookups');
        if (key.type === 'Attribute') continue;
        // Only keys written the same are surely equal ('a' and "a" are too, but are left alone).
        const text = src.slice(key.from, key.to);
        if (seen.has(text)) throw new CompileError(p, `mapping pattern checks duplicate key (${text})`);
        seen.add(text);
      }
      for (const sub of p.patterns) checkPattern(sub, true, stores, src);
      if (p.rest) capture(p.rest, p, stores);
      return;
    }
    case 'MatchClass': {
      const seen = new Set<string>();
      for (const attr of p.kwdAttrs) {
        if (seen.has(attr)) throw new CompileError(p, `attribute name repeated in class pattern: ${attr}`);
        seen.add(attr);
      }
      for (const sub of [...p.patterns, ...p.kwdPatterns]) checkPattern(sub, true, stores, src);
      return;
    }
    case 'MatchOr': {
      let first: string[] | null = null;
      p.patterns.forEach((alt, i) => {
        const bound = [...stores];
        checkPattern(alt, allowIrrefutable && i === p.patterns.length - 1, bound, src);
        const added = bound.slice(stores.length);
        if (first === null) first = added;
        else if (added.length !== first.length || added.some((n) => !first!.includes(n))) {
          throw new CompileError(alt, 'alternative patterns bind different names');
        }
      });
      stores.push(...(first ?? []));
      return;
    }
  }
}
