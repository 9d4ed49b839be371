# shellcheck shell=bash
# Shared settings and helpers for infra/kafka/*.sh. Sourced, not executed.

KAFKA_HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$KAFKA_HOME_DIR/pom.xml" | head -n1)"
KAFKA_LIBS_DIR="$KAFKA_HOME_DIR/.cache/libs"
KAFKA_LIBS_MARKER="$KAFKA_LIBS_DIR/.assembled"
KAFKA_HOST="127.0.0.1"
KAFKA_PORT="${KAFKA_PORT:-19092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-19093}"
KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$KAFKA_HOME_DIR/.data}"
KAFKA_LOG_DIRS="$KAFKA_DATA_DIR/kraft-logs"
KAFKA_PID_FILE="$KAFKA_DATA_DIR/kafka.pid"
KAFKA_SERVER_LOG="$KAFKA_DATA_DIR/server.log"
KAFKA_STDOUT_LOG="$KAFKA_DATA_DIR/stdout.log"
KAFKA_SERVER_PROPS="$KAFKA_DATA_DIR/server.properties"
KAFKA_LOG4J_PROPS="$KAFKA_DATA_DIR/log4j.properties"
KAFKA_WAIT_TIMEOUT="${KAFKA_WAIT_TIMEOUT:-90}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx768m}"
KAFKA_READY_PATTERN="Kafka Server started"

kafka_log() { printf 'kafka: %s\n' "$*"; }
kafka_err() { printf 'kafka: %s\n' "$*" >&2; }

# PID from the PID file, or empty.
kafka_pid() {
  [[ -f "$KAFKA_PID_FILE" ]] || return 0
  local pid
  pid="$(tr -dc '0-9' <"$KAFKA_PID_FILE")"
  printf '%s' "$pid"
}

# True if the PID file names a live kafka.Kafka process. Removes a stale PID file.
kafka_is_running() {
  local pid
  pid="$(kafka_pid)"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null \
     && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'kafka\.Kafka'; then
    return 0
  fi
  [[ -f "$KAFKA_PID_FILE" ]] && rm -f "$KAFKA_PID_FILE"
  return 1
}

# True if something accepts TCP connections on host:port.
kafka_port_open() {
  local port="${1:-$KAFKA_PORT}"
  timeout 2 bash -c "exec 3<>/dev/tcp/$KAFKA_HOST/$port" 2>/dev/null
}

# True if the current server.log reports a completed startup.
kafka_log_says_started() {
  [[ -f "$KAFKA_SERVER_LOG" ]] && grep -q "$KAFKA_READY_PATTERN" "$KAFKA_SERVER_LOG"
}

kafka_is_ready() {
  kafka_is_running && kafka_port_open "$KAFKA_PORT" && kafka_log_says_started
}

kafka_tail_logs() {
  local f
  for f in "$KAFKA_SERVER_LOG" "$KAFKA_STDOUT_LOG"; do
    if [[ -s "$f" ]]; then
      printf -- '--- tail %s ---\n' "$f" >&2
      tail -n 40 "$f" >&2
    fi
  done
}

# Wait (bounded) until the broker is ready. Fails fast if the process dies.
kafka_wait_ready() {
  local timeout="${1:-$KAFKA_WAIT_TIMEOUT}" start now
  start=$(date +%s)
  while :; do
    if [[ ! -f "$KAFKA_PID_FILE" ]]; then
      kafka_err "not running (no pid file $KAFKA_PID_FILE); run infra/kafka/start.sh"
      return 1
    fi
    if ! kafka_is_running; then
      kafka_err "broker process exited before becoming ready"
      kafka_tail_logs
      return 1
    fi
    if kafka_port_open "$KAFKA_PORT" && kafka_log_says_started; then
      return 0
    fi
    now=$(date +%s)
    if (( now - start >= timeout )); then
      kafka_err "broker not ready on $KAFKA_HOST:$KAFKA_PORT after ${timeout}s"
      kafka_tail_logs
      return 1
    fi
    sleep 0.5
  done
}

kafka_libs_present() {
  [[ -f "$KAFKA_LIBS_MARKER" ]] && [[ "$(cat "$KAFKA_LIBS_MARKER")" == "$KAFKA_VERSION" ]]
}
