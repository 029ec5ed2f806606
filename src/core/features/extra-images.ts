import { isObject, type JsonObject } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import type { Update, WizardState } from '../model/state.ts';
import { setValue } from '../model/updates.ts';

/** One row of `prePuller.extraImages`: the key becomes the puller's container name. */
export interface ExtraImage {
  key: string;
  name: string;
  tag: string;
  pullPolicy?: string | undefined;
}

export function extraImages(state: WizardState): ExtraImage[] {
  const map = getIn(state.values, ['prePuller', 'extraImages']);
  if (!isObject(map)) return [];
  return Object.entries(map).map(([key, v]) => {
    const image = isObject(v) ? v : {};
    const row: ExtraImage = { key, name: String(image.name ?? ''), tag: String(image.tag ?? '') };
    if (typeof image.pullPolicy === 'string') row.pullPolicy = image.pullPolicy;
    return row;
  });
}

/** Writes the rows back as the chart's map; tags always as strings, never YAML numbers. */
export function setExtraImages(rows: readonly ExtraImage[]): Update {
  const map: JsonObject = {};
  for (const row of rows) {
    const image: JsonObject = { name: row.name, tag: String(row.tag) };
    if (row.pullPolicy) image.pullPolicy = row.pullPolicy;
    map[row.key] = image;
  }
  return setValue(['prePuller', 'extraImages'], map);
}

/** A key not yet used by another row: `image-1`, `image-2`, … */
export function freshImageKey(rows: readonly ExtraImage[]): string {
  for (let i = rows.length + 1; ; i++) {
    const key = `image-${i}`;
    if (!rows.some((r) => r.key === key)) return key;
  }
}
