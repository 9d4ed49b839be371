#!/usr/bin/env bash
# Makes sure a Redis server answers on 127.0.0.1:${REDIS_PORT:-6379}. Uses a running one if there is one, else
# starts Debian's redis-server (installing it with apt-get when it is missing). BullMQ needs Redis >= 6.2.
set -euo pipefail
port="${REDIS_PORT:-6379}"
ping() {
  if command -v redis-cli >/dev/null 2>&1; then redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG
  else (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'PING\r\n' >&3 && head -c 5 <&3 | grep -q PONG) 2>/dev/null; fi
}
if ping; then echo "redis: running on 127.0.0.1:$port"; exit 0; fi
if ! command -v redis-server >/dev/null 2>&1; then
  echo "redis: installing redis-server from Debian's packages" >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi
mkdir -p /tmp/careledger-redis
redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save '' --appendonly no --dir /tmp/careledger-redis \
  --logfile /tmp/careledger-redis/redis.log --maxmemory-policy noeviction >/dev/null
for _ in $(seq 1 50); do ping && { echo "redis: started on 127.0.0.1:$port"; exit 0; }; sleep 0.1; done
echo "redis: did not answer on 127.0.0.1:$port" >&2
exit 1
