import { int, pick, type Random } from './random.ts';

/** Characters that mean something to YAML or to helm's reader, and some that mean trouble. */
const TOKENS = [
  ':', ' ', '-', '#', '&a', '*a', '<<', '"', "'", '|', '>', '{', '}', '[', ']', ',', '!!', '!!binary ', '!!float ', '? ', '%', '---\n', '...\n',
  '\t', '\n', '  ', '\u0000', '\u0001', '\u007f', '\u0085', '\u2028', '\ufeff', '\ud800', 'é', '😀', '__proto__', 'on', 'yes', '0777', '1e400', '.inf',
  '~', 'null', 'y', '\\u0000', '\\ud800', '&x ', '*x', '\r\n',
];

/** One edit of the kind a typo, a bad paste or a hostile hand makes: insert, delete, replace, repeat. */
export function mutateText(text: string, next: Random): string {
  const at = int(next, text.length + 1);
  switch (int(next, 6)) {
    case 0:
      return text.slice(0, at) + pick(next, TOKENS) + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + int(next, 8));
    case 2:
      return text.slice(0, at) + pick(next, TOKENS) + text.slice(at + 1);
    case 3: {
      // a line repeated (repeated keys, a list item twice)
      const lines = text.split('\n');
      const i = int(next, lines.length);
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    case 4: {
      // a line's indentation changed
      const lines = text.split('\n');
      const i = int(next, lines.length);
      lines[i] = (next() < 0.5 ? '  ' : '') + (lines[i] ?? '').replace(/^ {1,2}/, next() < 0.5 ? '' : ' ');
      return lines.join('\n');
    }
    default:
      // an anchor on one value, aliased elsewhere
      return text.replace(/: ([^\n]+)/, ': &x $1').replace(/(\n\s+\w+:) [^\n&*]+/, '$1 *x');
  }
}
