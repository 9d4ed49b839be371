#!/usr/bin/env bash
# Installs what careledger needs on a fresh machine: pnpm 10 (from the npm registry) and the workspace's
# dependencies (none runs an install script). Safe to run again.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
PNPM_VERSION=10.34.8

if ! command -v node >/dev/null 2>&1; then
  echo "careledger needs Node.js 20 (node was not found on PATH)" >&2
  exit 1
fi
if ! command -v pnpm >/dev/null 2>&1 || [[ "$(pnpm --version 2>/dev/null)" != 10.* ]]; then
  echo "installing pnpm@$PNPM_VERSION" >&2
  if ! npm install -g --silent "pnpm@$PNPM_VERSION" >/dev/null 2>&1; then
    # No permission for a global install: keep pnpm inside the repository instead.
    npm install --silent --prefix "$root/.tools" "pnpm@$PNPM_VERSION" >/dev/null
    export PATH="$root/.tools/node_modules/.bin:$PATH"
  fi
fi
pnpm install --frozen-lockfile --prefer-offline --reporter=silent
