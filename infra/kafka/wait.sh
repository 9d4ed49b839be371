#!/usr/bin/env bash
# Wait until the broker started by start.sh is ready (port open + "Kafka Server started").
# Usage: wait.sh [timeout-seconds]   (default KAFKA_WAIT_TIMEOUT or 90)
set -euo pipefail
# shellcheck source=_common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/_common.sh"

kafka_wait_ready "${1:-$KAFKA_WAIT_TIMEOUT}"
kafka_log "ready on $KAFKA_HOST:$KAFKA_PORT (pid $(kafka_pid))"
