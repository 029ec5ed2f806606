import type { PendingCode } from '../code-review/types.ts';
import type { JsonObject } from './json.ts';

/**
 * What the admin chooses that is not a Helm value: it shapes the ClusterIssuer and the next-steps
 * commands, never config.yaml.
 */
export interface CertManagerSettings {
  issuerName: string;
  email: string;
  acmeServer: 'production' | 'staging';
  /** the ingress class cert-manager's HTTP-01 solver uses; usually the Ingress's own class */
  solverIngressClass: string;
}

/** The whole setup the wizard edits. `values` is the admin's config.yaml as data. */
export interface WizardState {
  /** Helm release name, used by the manifests and the commands */
  release: string;
  namespace: string;
  /**
   * The Kubernetes version the release is meant for (`1.32`, `1.30.4`): what `helm template
   * --kube-version` is told, so the preview refuses as helm does below the chart's kubeVersion.
   * Absent means the default (setups saved and links made before the wizard asked for it).
   */
  kubeVersion?: string;
  /** only what differs from the chart's defaults (or what an imported file set explicitly) */
  values: JsonObject;
  certManager: CertManagerSettings;
  /**
   * The file the admin imported, kept as text so that its comments, unknown keys and any wrapper
   * (`jupyterhub:` …) survive into the download. Absent for a setup started in the wizard.
   */
  imported?: ImportedConfig;
  /**
   * Code that came with a link or an imported file and waits for the admin's review
   * (code-review/): kept beside `values`, so it is in no download, manifest or link until accepted.
   */
  review?: PendingCode[];
  /** what is deployed now, which the Changes view compares the setup with (absent: nothing to compare) */
  baseline?: Baseline;
  /**
   * config.yaml as the admin typed it in the editor while it does not read (a syntax error, a
   * refused file): kept so that nothing typed is lost, and shown in place of the config until it
   * reads again. It changes no value; a text that reads becomes `imported` and clears it.
   */
  configDraft?: string;
}

/**
 * The setup that runs in the cluster now. An import is its own baseline (`import`: the values are
 * read from `imported`, not stored twice); a link keeps the values it opened with; a file opened
 * as "currently deployed" is kept as text, as an import is.
 */
export type Baseline =
  | { from: 'import' }
  | { from: 'link'; values: JsonObject }
  | { from: 'file'; name: string; file: ImportedConfig };

export interface ImportedConfig {
  /** the original file text */
  text: string;
  /** where the chart's values sit in it: `[]` at the top, `['jupyterhub']`, `['binderhub', 'jupyterhub']` … */
  wrapperPath: string[];
  /**
   * How the file was told as written for chart 3.x or older (config/upgrade/older-chart.ts), one
   * clue a line; absent for a file of chart 4.x. Validation says 4.x's behaviour changes only then.
   */
  olderChart?: string[];
}

export const defaultCertManager: CertManagerSettings = {
  issuerName: 'letsencrypt-prod',
  email: '',
  acmeServer: 'production',
  solverIngressClass: 'nginx',
};

/** The Kubernetes version a new setup targets (what the goldens render with: `--kube-version v1.32.0`). */
export const DEFAULT_KUBE_VERSION = '1.32';

/** The Kubernetes version the setup targets. */
export function kubeVersionOf(state: Pick<WizardState, 'kubeVersion'>): string {
  return state.kubeVersion ?? DEFAULT_KUBE_VERSION;
}

export function initialState(): WizardState {
  return {
    release: 'jupyterhub',
    namespace: 'jupyterhub',
    values: {},
    certManager: { ...defaultCertManager },
  };
}

/** A pure state change; the UI dispatches these and keeps the history for undo. */
export type Update = (state: WizardState) => WizardState;
