#!/usr/bin/env bash
# Stop the broker started by start.sh (SIGTERM, wait, then SIGKILL). Idempotent.
# Env: KAFKA_STOP_TIMEOUT (30 s), KAFKA_DATA_DIR
set -euo pipefail
# shellcheck source=_common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/_common.sh"

if ! kafka_is_running; then
  kafka_log "not running"
  exit 0
fi
pid="$(kafka_pid)"
kill -TERM "$pid" 2>/dev/null || true
deadline=$(( $(date +%s) + KAFKA_STOP_TIMEOUT ))
while kill -0 "$pid" 2>/dev/null; do
  if (( $(date +%s) >= deadline )); then
    kafka_err "pid $pid did not exit after ${KAFKA_STOP_TIMEOUT}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
    break
  fi
  sleep 0.25
done
rm -f "$KAFKA_PID_FILE"
kafka_log "stopped (pid $pid)"
