#!/usr/bin/env bash
# kafka-topics.sh equivalent against the dev broker, e.g.
#   topics.sh --create --topic smoke --partitions 3 --replication-factor 1
#   topics.sh --list
set -euo pipefail
# shellcheck source=_common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/_common.sh"

exec "$KAFKA_HOME_DIR/run-class.sh" org.apache.kafka.tools.TopicCommand \
  --bootstrap-server "$KAFKA_HOST:$KAFKA_PORT" "$@"
