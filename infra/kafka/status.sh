#!/usr/bin/env bash
# Print broker status. Exit 0 = running and ready, 1 = stopped, 2 = running but not ready.
set -euo pipefail
# shellcheck source=_common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/_common.sh"

if ! kafka_is_running; then
  kafka_log "stopped (Kafka $KAFKA_VERSION, data: $KAFKA_DATA_DIR)"
  exit 1
fi
if kafka_is_ready; then
  kafka_log "running (pid $(kafka_pid)) and ready on $KAFKA_HOST:$KAFKA_PORT (Kafka $KAFKA_VERSION)"
  exit 0
fi
kafka_log "running (pid $(kafka_pid)) but NOT ready on $KAFKA_HOST:$KAFKA_PORT"
exit 2
