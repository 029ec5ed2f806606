import { manifestsToYaml } from '../../../core/chart/index.ts';
import type { JsonObject } from '../../../core/model/json.ts';
import { linesOf } from '../../../core/text/line-marks.ts';

const cache = new WeakMap<JsonObject, string>();

/**
 * One object's YAML, laid out exactly as in manifests.yaml (without the `---` and `# Source:`
 * lines). Stringifying is the expensive part of the preview, so it happens only for what is
 * unfolded, copied or compared, and once per object.
 */
export function resourceYaml(object: JsonObject): string {
  let text = cache.get(object);
  if (text === undefined) {
    const doc = manifestsToYaml([{ source: '', component: '', object }]);
    // drop the `---` and `# Source:` lines manifestsToYaml puts first
    text = doc.slice(doc.indexOf('\n', doc.indexOf('\n') + 1) + 1);
    cache.set(object, text);
  }
  return text;
}

const lineCache = new WeakMap<JsonObject, readonly string[]>();

/**
 * `linesOf(resourceYaml(object))`, once per object: after an edit the object before it is the one
 * whose lines the previous render split, so a line diff splits only the new text.
 */
export function resourceLines(object: JsonObject): readonly string[] {
  let lines = lineCache.get(object);
  if (lines === undefined) {
    lines = linesOf(resourceYaml(object));
    lineCache.set(object, lines);
  }
  return lines;
}
