#!/usr/bin/env bash
# Regenerates the golden manifests under test/golden/ with the real chart and helm.
# Needs the prepared chart (../shared/z2jh/golden/prepare-chart.sh) and helm (get-helm.sh);
# CI cannot run this: the outputs are committed.
#
#   scripts/golden/regenerate.sh [HELM] [CHART_DIR]     (defaults: /tmp/helm/helm /tmp/z2jh/jupyterhub)
#
# test/golden/configs/NN-name.yaml      -> test/golden/expected/NN-name.yaml   (helm's stdout)
#                                       or test/golden/expected/NN-name.error.txt (helm's stderr, on refusal)
#   an optional NN-name.args holds "RELEASE NAMESPACE [KUBE_VERSION]" for that config; a kube
#   version (as `render --kube-version` takes it: 1.30) reaches helm as --kube-version v1.30.0
#   (render-kube.sh), without one helm gets render.sh's v1.32.0.
# ../shared/corpus/real-configs (files 4.4.0 accepts): the z2jh values block, extracted per
#   SOURCES.tsv (into a temporary file: the corpus is not copied into the project), rendered to
#   test/golden/corpus-expected/<file>. The test reads the corpus from ../shared itself.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
shared="$(cd "$repo/../shared" && pwd)"
helm="${1:-/tmp/helm/helm}"
chart="${2:-/tmp/z2jh/jupyterhub}"
render="$shared/z2jh/golden/render.sh"
[ -x "$helm" ] || bash "$shared/z2jh/golden/get-helm.sh" "$(dirname "$helm")"
[ -d "$chart" ] || { echo "missing chart at $chart (run prepare-chart.sh)" >&2; exit 1; }

gold="$repo/test/golden"
for cfg in "$gold"/configs/*.yaml; do
  name="$(basename "$cfg" .yaml)"
  args=(jupyterhub jupyterhub)
  [ -f "$gold/configs/$name.args" ] && read -r -a args < "$gold/configs/$name.args"
  rm -f "$gold/expected/$name.yaml" "$gold/expected/$name.error.txt"
  renderer="$render"
  [ "${#args[@]}" -ge 3 ] && renderer="$repo/scripts/golden/render-kube.sh"
  if ! bash "$renderer" "$helm" "$chart" "$cfg" "${args[@]}" > "$gold/expected/$name.yaml" 2> "$gold/expected/$name.error.txt"; then
    rm -f "$gold/expected/$name.yaml"
    echo "refused: $name"
  else
    rm -f "$gold/expected/$name.error.txt"
  fi
done

corpus="$shared/corpus/real-configs"
values="$(mktemp -d)"; trap 'rm -rf "$values"' EXIT
mkdir -p "$gold/corpus-expected"
tail -n +2 "$corpus/SOURCES.tsv" | while IFS=$'\t' read -r file _repo _path _commit _lic _feat _era _date location _note validation; do
  [ "$validation" = "valid" ] || continue
  python3 - "$corpus/$file" "$location" "$values/$file" <<'PY'
import sys, yaml
src, location, dest = sys.argv[1:4]
data = yaml.safe_load(open(src)) or {}
if location != "top-level":
    for key in location.split("."):
        data = data.get(key) or {}
yaml.safe_dump(data, open(dest, "w"), sort_keys=False, default_flow_style=False, allow_unicode=True)
PY
  bash "$render" "$helm" "$chart" "$values/$file" > "$gold/corpus-expected/$file" \
    || { echo "corpus file refused by helm: $file" >&2; rm -f "$gold/corpus-expected/$file"; }
done
echo "goldens regenerated"
