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
  /** only what differs from the chart's defaults (or what an imported file set explicitly) */
  values: JsonObject;
  certManager: CertManagerSettings;
  /**
   * The file the admin imported, kept as text so that its comments, unknown keys and any wrapper
   * (`jupyterhub:` …) survive into the download. Absent for a setup started in the wizard.
   */
  imported?: ImportedConfig;
  /**
   * config.yaml as the admin typed it in the editor while it does not read (a syntax error, a
   * refused file): kept so that nothing typed is lost, and shown in place of the config until it
   * reads again. It changes no value; a text that reads becomes `imported` and clears it.
   */
  configDraft?: string;
}

export interface ImportedConfig {
  /** the original file text */
  text: string;
  /** where the chart's values sit in it: `[]` at the top, `['jupyterhub']`, `['binderhub', 'jupyterhub']` … */
  wrapperPath: string[];
}

export const defaultCertManager: CertManagerSettings = {
  issuerName: 'letsencrypt-prod',
  email: '',
  acmeServer: 'production',
  solverIngressClass: 'nginx',
};

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
