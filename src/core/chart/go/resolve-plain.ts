// how go-yaml v2 would read a plain scalar (to decide quoting)

const nullRe = /^(?:~|null|Null|NULL|)$/;
const boolRe = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const floatRe = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const specialFloatRe = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const intRe = /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9_]+)$/;
/** sexagesimal numbers (`1:20`), which YAML 1.1 readers take as numbers */
export const base60Re = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const timestampRe =
  /^(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?)$/;

/** Whether go-yaml would read `s`, written plain, as something other than that string. */
export function goResolvesNonString(s: string): boolean {
  if (nullRe.test(s) || boolRe.test(s)) return true;
  const c = s.charCodeAt(0);
  // only strings starting like a number can be numbers / timestamps
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    if (specialFloatRe.test(s)) return true;
    const plain = s.replace(/_/g, '');
    if (intRe.test(s) && /[0-9]/.test(plain) && !/^[-+]?0[0-9]*[89]/.test(plain)) {
      // go: ParseInt(plain, 0, 64) / ParseUint; treat digit strings as ints
      if (/^[-+]?[0-9]+$/.test(plain) || /^[-+]?0x[0-9a-fA-F]+$/.test(plain) || /^[-+]?0b[01]+$/.test(plain)) return true;
      if (/^[-+]?0o?[0-7]+$/.test(plain)) return true;
    }
    if (floatRe.test(plain)) return true;
    if (timestampRe.test(s)) return true;
    if (base60Re.test(s)) return true;
  }
  return false;
}
