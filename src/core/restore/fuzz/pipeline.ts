import { renderRelease } from '../../chart/render-release.ts';
import { writeConfig } from '../../config/write-config-for-state.ts';
import { deepEqual } from '../../model/json.ts';
import { initialState, type WizardState } from '../../model/state.ts';
import { encodePermalink } from '../../permalink/codec.ts';
import { locateInText } from '../../validate/locate.ts';
import { validateState } from '../../validate/index.ts';
import { readValuesFile } from '../../values/read-values-file.ts';
import { restore, type UntrustedInput } from '../restore.ts';

/** How one untrusted input fared: refused (with its reason), or taken and carried all the way. */
export type FuzzOutcome =
  | { kind: 'refused'; message: string }
  | { kind: 'taken' }
  /** a bug: a stage threw, or a download or link does not read back as what was taken */
  | { kind: 'broken'; stage: string; detail: string };

/**
 * What every input must survive: restore → write config.yaml → read that back (the same values) →
 * validate and locate → render → a link → open it (the same values). Nothing may throw.
 */
export function runPipeline(input: UntrustedInput): FuzzOutcome {
  let stage = 'restore';
  try {
    const state = restoredState(input);
    if (typeof state === 'string') return { kind: 'refused', message: state };
    stage = 'write config.yaml';
    const text = writeConfig(state);
    stage = 'read the download back';
    const again = restore({ kind: 'text', text, maxBytes: Infinity });
    if (!again.ok) return { kind: 'broken', stage, detail: `the download is refused: ${again.error.message}` };
    if (!deepEqual(again.values, state.values)) return { kind: 'broken', stage, detail: 'the download reads back as other values' };
    // and as helm reads it, with no upgrade in between: a key the upgrade removed must be gone
    const raw = readValuesFile(text, { maxBytes: Infinity, wrapperPath: again.imported.wrapperPath });
    if (!raw.ok || !deepEqual(raw.file.values, state.values)) return { kind: 'broken', stage, detail: 'helm would read the download as other values' };
    stage = 'validate';
    locateInText(validateState(state), text, state.imported?.wrapperPath);
    stage = 'render';
    renderRelease(state.values, { release: state.release, namespace: state.namespace, randomBytes: (n) => new Uint8Array(n) });
    stage = 'make a link';
    const { fragment } = encodePermalink(state, { includeSecrets: true });
    stage = 'open the link';
    const opened = restore({ kind: 'link', link: fragment });
    if (!opened.ok) return { kind: 'broken', stage, detail: `the link is refused: ${opened.error.message}` };
    if (!deepEqual(opened.state.values, state.values)) return { kind: 'broken', stage, detail: 'the link opens to other values' };
    return { kind: 'taken' };
  } catch (error) {
    return { kind: 'broken', stage, detail: `threw: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` };
  }
}

function restoredState(input: UntrustedInput): WizardState | string {
  switch (input.kind) {
    case 'text': {
      const r = restore(input);
      return r.ok ? { ...initialState(), values: r.values, imported: r.imported } : r.error.message;
    }
    case 'link': {
      const r = restore(input);
      return r.ok ? r.state : r.error.message;
    }
    case 'saved': {
      const r = restore(input);
      return r.kind === 'ok' ? r.state : r.kind === 'unusable' ? r.reason : 'nothing saved';
    }
    default:
      // earlier setups, undo history, step progress: lists of states, fuzzed by their own tests
      return 'not a single setup';
  }
}
