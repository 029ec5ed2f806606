import type { Json, Path } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import type { Update, WizardState } from '../model/state.ts';
import { effective, withValue } from '../model/updates.ts';
import { tagProblem } from '../validate/rules/images.ts';
import type { Parsed } from './resources.ts';

/** The user image and the page a server opens at; the profile list is in profiles.ts. */
export const USER_ENV_PATHS = {
  imageName: ['singleuser', 'image', 'name'],
  imageTag: ['singleuser', 'image', 'tag'],
  pullPolicy: ['singleuser', 'image', 'pullPolicy'],
  defaultUrl: ['singleuser', 'defaultUrl'],
} as const satisfies Record<string, Path>;

/**
 * A tag as typed: always kept as a string, so `3.10` stays 3.10 (YAML would read it as the number
 * 3.1); refused when no registry would take it. Empty clears it (the chart's own tag).
 */
export function parseTag(text: string): Parsed {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  const problem = tagProblem(t);
  return problem ? { ok: false, message: `The tag ${problem}.` } : { ok: true, value: t };
}

/** A path under the server (`/lab`, `/tree`, `/rstudio`): it must start with `/`. */
export function parseDefaultUrl(text: string): Parsed {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  if (!t.startsWith('/')) return { ok: false, message: `Write a path that starts with /, e.g. /lab (not "${t}").` };
  if (/\s/.test(t)) return { ok: false, message: 'A URL path holds no spaces.' };
  return { ok: true, value: t };
}

/** The tag as the form shows it: a number an import brought in shows as YAML wrote it. */
export function imageTagText(state: WizardState): string {
  const own = getIn(state.values, USER_ENV_PATHS.imageTag);
  return own === undefined || own === null ? '' : String(own);
}

/** Whether the image is the chart's sample image (then the chart's tag goes with it). */
export function usesChartImage(state: WizardState): boolean {
  return getIn(state.values, USER_ENV_PATHS.imageName) === undefined;
}

/** Sets the user image's name; removing it brings back the chart's image and tag. */
export function setImageName(name: string): Update {
  return (state) => {
    const next = withValue(state, USER_ENV_PATHS.imageName, name.trim() === '' ? undefined : name.trim());
    return name.trim() === '' ? withValue(next, USER_ENV_PATHS.imageTag, undefined) : next;
  };
}

export function setImageValue(path: Path, value: Json | undefined): Update {
  return (state) => withValue(state, path, value);
}

export function defaultUrlText(state: WizardState): string {
  const v = effective(state, USER_ENV_PATHS.defaultUrl);
  return typeof v === 'string' ? v : '';
}
