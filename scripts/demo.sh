#!/usr/bin/env bash
# The demo on a fresh machine: installs dependencies, then runs `pnpm careledger demo` with the arguments given
# (default: --out demo-output). With --eventlog kafka it first starts Redis and the Kafka broker.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/install.sh
bash scripts/ensure-chromium.sh
args=("$@")
# --dir is the demo's old name for --out, still accepted.
[[ " ${args[*]-} " == *" --out "* || " ${args[*]-} " == *" --dir "* ]] || args+=(--out demo-output)
if [[ " ${args[*]} " == *" kafka "* ]]; then bash scripts/ensure-services.sh; fi
pnpm --silent careledger demo "${args[@]}"
