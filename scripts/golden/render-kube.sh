#!/usr/bin/env bash
# render.sh (../shared/z2jh/golden) with the Kubernetes version given: `helm template` as for the
# other goldens, but told --kube-version v<major>.<minor>.<patch> (1.30 → v1.30.0).
# usage: render-kube.sh HELM CHART_DIR CONFIG.yaml RELEASE NAMESPACE KUBE_VERSION
set -euo pipefail
helm="${1:?usage: render-kube.sh HELM CHART_DIR CONFIG.yaml RELEASE NAMESPACE KUBE_VERSION}"
chart="${2:?chart dir}"; config="${3:?config file}"
release="${4:?release}"; ns="${5:?namespace}"; kube="${6:?kube version}"
kube="${kube#v}"
case "$kube" in *.*.*) ;; *) kube="$kube.0" ;; esac
home="$(mktemp -d)"; trap 'rm -rf "$home"' EXIT
HOME="$home" "$helm" template "$release" "$chart" --namespace "$ns" --kube-version "v$kube" -f "$config"
