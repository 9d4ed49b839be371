#!/usr/bin/env bash
# Starts what the tests and the scale-out mode need, when it is not already running: Redis on 127.0.0.1:6379
# and a single-node Kafka broker assembled from Maven Central (infra/kafka).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/infra/redis/start.sh"
"$root/infra/kafka/start.sh"
