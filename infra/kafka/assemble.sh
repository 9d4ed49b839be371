#!/usr/bin/env bash
# Copy Apache Kafka (version pinned in pom.xml) + runtime deps + reload4j logging
# from Maven Central into .cache/libs/. No-op if already assembled for that version.
# Usage: assemble.sh [--force]
set -euo pipefail
# shellcheck source=_common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/_common.sh"

if [[ "${1:-}" != "--force" ]] && kafka_libs_present; then
  exit 0
fi
command -v mvn >/dev/null || { kafka_err "mvn not found on PATH"; exit 1; }
command -v java >/dev/null || { kafka_err "java not found on PATH"; exit 1; }

tmp="$KAFKA_HOME_DIR/.cache/libs.tmp.$$"
trap 'rm -rf "$tmp"' EXIT
rm -rf "$tmp"
mkdir -p "$tmp"
if ! mvn -B -q -f "$KAFKA_HOME_DIR/pom.xml" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
      -Dstyle.color=never -Dkafka.libs.dir="$tmp" >"$KAFKA_HOME_DIR/.cache/mvn.log" 2>&1; then
  kafka_err "maven dependency copy failed; see $KAFKA_HOME_DIR/.cache/mvn.log"
  tail -n 30 "$KAFKA_HOME_DIR/.cache/mvn.log" >&2
  exit 1
fi
[[ -f "$tmp/kafka_2.13-$KAFKA_VERSION.jar" ]] || { kafka_err "kafka_2.13-$KAFKA_VERSION.jar missing after copy"; exit 1; }
printf '%s' "$KAFKA_VERSION" >"$tmp/.assembled"
rm -rf "$KAFKA_LIBS_DIR"
mv "$tmp" "$KAFKA_LIBS_DIR"
trap - EXIT
kafka_log "assembled Kafka $KAFKA_VERSION ($(find "$KAFKA_LIBS_DIR" -name '*.jar' | wc -l) jars) in $KAFKA_LIBS_DIR"
