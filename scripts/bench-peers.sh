#!/usr/bin/env bash
# `npm run bench:peers`: Seloste beside the consent tools people pick today, in one run of the
# side-by-side benchmark (the shared bench: same page, real Chromium, phone, slow 4G and
# returning-visit variants). The performance goals of issue 11 are ratios between rows of one
# such run; this script makes that run reproducible and keeps its tables in bench/peers.md.
#
#   SELOSTE_PEER_BENCH=path/to/bench npm run bench:peers [-- run.mjs options]
#
# The bench is not part of this repository (it vendors the peers); by default it is looked for
# at ../shared/bench. It is copied to a temporary folder (it may be read-only), installed and
# built there, and given this checkout's dist/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source=${SELOSTE_PEER_BENCH:-$root/../shared/bench}
if [[ ! -f $source/ours.sh ]]; then
  echo "bench:peers: no peer benchmark at $source (set SELOSTE_PEER_BENCH to its folder)." >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$source/." "$work/"
chmod -R u+w "$work"
(cd "$work" && npm ci --no-audit --no-fund --silent && npm run build --silent)
(cd "$root" && npm run build --silent)
# The floor rows (bench/floor/): the least any banner can do, on the same page; and the same
# one module import later (floor-hop.js), the cost of a loader's shape without its work.
page() { # page NAME SCRIPT...: the bench page with these scripts, deferred
  local dir="$work/$1-page" head="" file
  mkdir -p "$dir"
  for file in "${@:2}"; do cp "$root/bench/floor/$file" "$dir/"; done
  head="<script src=\"/$2\" defer></script>"
  node -e '
const fs = require("fs");
const [template, out, head] = process.argv.slice(1);
fs.writeFileSync(out, fs.readFileSync(template, "utf8").replace("<!--HEAD-->", () => head).replace("<!--BODY-->", ""));
' "$work/peers/template.html" "$dir/index.html" "$head"
}
page floor floor.js
page floor-hop floor-hop.js floor.js
floor=()
for name in floor floor-hop; do
  floor+=(--page "$name=$work/$name-page" --banner-selector 'section.floor' --accept-selector 'section.floor button')
done
args=("$@")
[[ ${#args[@]} -gt 0 ]] || args=(--only vanilla-cookieconsent,osano-cookieconsent --variants phone,slow4g,returning --runs 7)
"$work/ours.sh" "$root" 'section[part~=banner]' 'seloste-banner [part~=accept]' "${args[@]}" "${floor[@]}" --out results/seloste
cp "$work/results/seloste.md" "$root/bench/peers.md"
cp "$work/results/seloste.json" "$root/bench/peers.json"
echo "bench:peers: wrote bench/peers.md and bench/peers.json"
