import { isObject, type Json, type Path } from '../../model/json.ts';
import type { Problem } from '../problem.ts';
import { error, type FieldRule } from './context.ts';

/**
 * `custom` is read in hub.extraConfig with `z2jh.get_config("custom.a.b")`, which splits the path
 * at dots: a key with a dot (or an empty key) can never be reached that way.
 */
export const customRules: FieldRule = (ctx) => {
  const out: Problem[] = [];
  const walk = (node: Json | undefined, path: Path) => {
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const at = [...path, key];
      const dotted = at.map(String).join('.');
      if (key.trim() === '') {
        out.push(error('custom-key', at, `an empty key under \`${path.map(String).join('.')}\` cannot be read with z2jh.get_config(); give it a name`));
      } else if (key.includes('.')) {
        out.push(
          error(
            'custom-key',
            at,
            `the key \`${key}\` contains a dot, but z2jh.get_config("${dotted}") splits at dots and would look for \`${key.split('.').join('` → `')}\`; use \`-\` or \`_\` instead, or nest the keys`,
          ),
        );
      }
      walk(value, at);
    }
  };
  walk(ctx.get(['custom']), ['custom']);
  return out;
};
