#!/usr/bin/env bash
# Every test, on a fresh machine: installs dependencies, starts Redis and the Kafka broker when they are not
# running, type-checks, then runs the whole vitest suite against real DuckDB files, Kafka and Redis.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/install.sh
bash scripts/ensure-services.sh
bash scripts/ensure-chromium.sh
pnpm exec tsc -p tsconfig.json --noEmit
mkdir -p .tmp
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest-results.json "$@" || status=$?
if [[ -f .tmp/vitest-results.json ]]; then
  node -e 'const r=JSON.parse(require("fs").readFileSync(".tmp/vitest-results.json","utf8")); console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests+r.numTodoTests ? `, ${r.numPendingTests+r.numTodoTests} skipped` : ""))'
fi
exit "$status"
