import release from '../data/chart-release.json' with { type: 'json' };

/*
 * The chart release the core is written for: every default, rule, message and rendered label
 * takes the chart's name and versions from here. data/chart-release.json is made from the chart's
 * git repository by scripts/chart-data.mjs (README: "Moving to the next chart release").
 */

/** The chart's name (Chart.yaml `name`), as `helm.sh/chart` labels and values.yaml's `Chart.Name` give it. */
export const CHART_NAME: string = release.name;

/** The chart version (the release tag; `helm install --version`). */
export const CHART_VERSION: string = release.version;

/** The JupyterHub version the chart ships (Chart.yaml `appVersion`). */
export const CHART_APP_VERSION: string = release.appVersion;

/** The Kubernetes versions the chart installs on (Chart.yaml `kubeVersion`, a semver range: `>=1.28.0-0`). */
export const CHART_KUBE_VERSION: string = release.kubeVersion;
