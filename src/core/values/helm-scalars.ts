import { isMap, isPair, isScalar, isSeq, visit, type Document } from 'yaml';

/**
 * Where helm's YAML reader (go-yaml v2 through sigs.k8s.io/yaml) and the `yaml` library part ways,
 * checked against helm 4.1.4, made to agree: the text is read as helm reads it, or refused where
 * helm refuses it. The documents are changed in place (explicit tags resolved), so every reader of
 * them — the import, the download's patcher — sees the same data.
 */
export interface HelmRefusal {
  /** offsets into the text */
  start: number;
  end: number;
  message: string;
}

/** YAML 1.1's printable characters, less the line breaks helm reads where the yaml library does not. */
const NOT_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\u0085\u2028\u2029]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BOOL_WORDS = new Map<string, boolean>(
  ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((w) => [w, true] as [string, boolean]).concat(
    ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((w) => [w, false] as [string, boolean]),
  ),
);
const NULL_WORDS = new Set(['', '~', 'null', 'Null', 'NULL']);
const INT = /^[-+]?(0b[01]+|0x[0-9a-fA-F]+|0o?[0-7]+|0|[1-9][0-9]*)$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INFINITY = /^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Refusals of the text as a whole: characters helm will not read, and `%YAML` directives. */
export function textRefusals(text: string): HelmRefusal[] {
  const out: HelmRefusal[] = [];
  const bad = NOT_PRINTABLE.exec(text) ?? LONE_SURROGATE.exec(text);
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    const why = /[\u0085\u2028\u2029]/.test(bad[0])
      ? `helm reads the character U+${code} as a line break, where it is not one here; replace it with a real line break or a space`
      : `helm refuses control characters in a values file, and there is one (U+${code}) here; delete it (or write it as an escape like "\\t" inside double quotes)`;
    out.push({ start: bad.index, end: bad.index + bad[0].length, message: why });
  }
  const directive = /^%YAML\b/m.exec(text);
  if (directive) {
    out.push({ start: directive.index, end: directive.index + directive[0].length, message: "helm's YAML reader refuses a %YAML directive; delete the line (values files need none)" });
  }
  return out;
}

/**
 * Resolves explicit tags the way helm does (`!!binary` decoded, `!!float 1` a number, `!!bool yes`
 * true …), keeps a plain number too large for a float as the string helm keeps (`1e400`), and
 * returns what helm refuses: a tag whose text does not fit it, a list or mapping as a key, an
 * invalid Unicode escape.
 */
export function resolveAsHelm(doc: Document.Parsed): HelmRefusal[] {
  const out: HelmRefusal[] = [];
  const at = (node: { range?: [number, number, number] | null }, message: string) => {
    const [start, end] = node.range ?? [0, 0];
    out.push({ start, end, message });
  };
  visit(doc, {
    Pair(_key, pair) {
      if (isPair(pair) && (isMap(pair.key) || isSeq(pair.key))) at(pair.key, 'helm refuses a list or a mapping as a key (a `? ` complex key); use a plain text key');
    },
    Scalar(_key, node) {
      if (typeof node.value === 'string' && LONE_SURROGATE.test(node.value)) {
        at(node, 'helm refuses an invalid Unicode escape here (half of a surrogate pair, like "\\ud800"); write the whole character');
        return;
      }
      const source = typeof node.source === 'string' ? node.source : String(node.value ?? '');
      if (!node.tag) {
        if (typeof node.value === 'number' && !Number.isFinite(node.value) && node.type === 'PLAIN' && !INFINITY.test(source)) node.value = source;
        return;
      }
      const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      const resolved = resolveTagged(tag, source);
      if (resolved === undefined) return;
      if ('refuse' in resolved) at(node, resolved.refuse);
      else {
        node.value = resolved.value;
        node.tag = undefined;
      }
    },
  });
  return out;
}

/** What helm makes of `!!tag text`: a value, a refusal, or undefined to leave the yaml library's reading. */
function resolveTagged(tag: string, text: string): { value: unknown } | { refuse: string } | undefined {
  const cannot = (as: string) => ({ refuse: `helm cannot read \`${text}\` as ${as} (the ${tag} tag says it is one); fix the value or drop the tag` });
  switch (tag) {
    case '!!bool':
      return BOOL_WORDS.has(text) ? { value: BOOL_WORDS.get(text) } : cannot('a boolean');
    case '!!int': {
      const n = parseInt11(text);
      return n === undefined ? cannot('an integer') : { value: n };
    }
    case '!!float': {
      const plain = text.replace(/_/g, '');
      if (INFINITY.test(plain)) return { value: plain.toLowerCase().includes('nan') ? Number.NaN : plain.startsWith('-') ? -Infinity : Infinity };
      const n = parseInt11(text) ?? (FLOAT.test(plain) ? Number(plain) : undefined);
      return n === undefined ? cannot('a number') : { value: n };
    }
    case '!!null':
      return NULL_WORDS.has(text) ? { value: null } : cannot('null');
    case '!!binary': {
      const compact = text.replace(/\s+/g, '');
      if (!BASE64.test(compact) || compact.length % 4 === 1) return { refuse: 'helm refuses this !!binary value: it is not valid base64' };
      return { value: decodeBase64(compact) };
    }
    default:
      return undefined;
  }
}

function parseInt11(text: string): number | undefined {
  const plain = text.replace(/_/g, '');
  if (!INT.test(plain)) return undefined;
  const sign = plain.startsWith('-') ? -1 : 1;
  const digits = plain.replace(/^[-+]/, '');
  if (digits.startsWith('0b')) return sign * parseInt(digits.slice(2), 2);
  if (digits.startsWith('0x')) return sign * parseInt(digits.slice(2), 16);
  if (digits.startsWith('0o')) return sign * parseInt(digits.slice(2), 8);
  if (digits.length > 1 && digits.startsWith('0')) return sign * parseInt(digits.slice(1), 8);
  return sign * parseInt(digits, 10);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The bytes base64 stands for, as text (helm turns them into a string the same way). */
function decodeBase64(b64: string): string {
  const clean = b64.replace(/=+$/, '');
  const bytes: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const ch of clean) {
    acc = (acc << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}
