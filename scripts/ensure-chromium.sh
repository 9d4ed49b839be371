#!/usr/bin/env bash
# Chromium prints the committee report to PDF and runs the browser tests: Debian's package, installed when missing.
# CARELEDGER_CHROMIUM names another build to use instead.
set -euo pipefail
chromium_path="${CARELEDGER_CHROMIUM:-/usr/bin/chromium}"
if [[ -x "$chromium_path" ]]; then exit 0; fi
if [[ -n "${CARELEDGER_CHROMIUM:-}" ]]; then
  echo "CARELEDGER_CHROMIUM=$chromium_path is not an executable" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "careledger needs Chromium at /usr/bin/chromium (Debian's chromium package) to print reports; apt-get was not found" >&2
  exit 1
fi
sudo_cmd=()
if [[ "$(id -u)" != 0 ]]; then sudo_cmd=(sudo); fi
echo "installing Debian's chromium (for the committee report's PDF and the browser tests)" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1 \
  || { "${sudo_cmd[@]}" apt-get update -q >/dev/null 2>&1 && "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends chromium >/dev/null; }
[[ -x "$chromium_path" ]] || { echo "chromium did not install at $chromium_path" >&2; exit 1; }
