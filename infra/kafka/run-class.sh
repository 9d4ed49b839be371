#!/usr/bin/env bash
# Run any Kafka main class on the assembled classpath, e.g.
#   run-class.sh org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:19092 --list
set -euo pipefail
# shellcheck source=_common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/_common.sh"

[[ $# -ge 1 ]] || { kafka_err "usage: run-class.sh <main-class> [args...]"; exit 64; }
"$KAFKA_HOME_DIR/assemble.sh"
main="$1"; shift
cat >"${TMPDIR:-/tmp}/careledger-kafka-cli-log4j.properties" <<'PROPS'
log4j.rootLogger=WARN, stderr
log4j.appender.stderr=org.apache.log4j.ConsoleAppender
log4j.appender.stderr.Target=System.err
log4j.appender.stderr.layout=org.apache.log4j.PatternLayout
log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n
PROPS
exec java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -Dlog4j.configuration="file:${TMPDIR:-/tmp}/careledger-kafka-cli-log4j.properties" \
  -cp "$KAFKA_LIBS_DIR/*" "$main" "$@"
