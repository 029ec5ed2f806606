import { chartDefaults } from './chart-defaults.ts';
import { deepEqual, type Json, type Path } from './json.ts';
import { deleteIn, getIn, setIn } from './paths.ts';
import { DEFAULT_KUBE_VERSION, type CertManagerSettings, type Update, type WizardState } from './state.ts';

/**
 * Sets a Helm value. A value equal to the chart's default is removed instead, so config.yaml holds
 * only what the admin changed; `undefined` removes the key.
 */
export function setValue(path: Path, value: Json | undefined): Update {
  return (state) => withValue(state, path, value);
}

export function withValue(state: WizardState, path: Path, value: Json | undefined): WizardState {
  const isDefault = value === undefined || deepEqual(value, getIn(chartDefaults, path));
  if (isDefault) {
    if (getIn(state.values, path) === undefined) return state;
    return { ...state, values: deleteIn(state.values, path) };
  }
  if (getIn(state.values, path) === value) return state;
  return { ...state, values: setIn(state.values, path, value) };
}

/** Several value changes as one step (one undo entry). */
export function setValues(changes: readonly (readonly [Path, Json | undefined])[]): Update {
  return (state) => changes.reduce((s, [path, value]) => withValue(s, path, value), state);
}

export function setRelease(release: string): Update {
  return (state) => ({ ...state, release });
}

export function setNamespace(namespace: string): Update {
  return (state) => ({ ...state, namespace });
}

/** The default version is kept as no setting at all, so a setup that never changed it stays as it was. */
export function setKubeVersion(kubeVersion: string): Update {
  return (state) => {
    if (kubeVersion === DEFAULT_KUBE_VERSION) {
      if (state.kubeVersion === undefined) return state;
      const { kubeVersion: _dropped, ...rest } = state;
      return rest;
    }
    return { ...state, kubeVersion };
  };
}

export function setCertManager(patch: Partial<CertManagerSettings>): Update {
  return (state) => ({ ...state, certManager: { ...state.certManager, ...patch } });
}

/** The effective value at `path`: the admin's, else the chart's default. */
export function effective(state: WizardState, path: Path): Json | undefined {
  const own = getIn(state.values, path);
  return own === undefined ? getIn(chartDefaults, path) : own;
}
