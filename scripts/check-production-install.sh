#!/usr/bin/env bash
# A production install from a clean copy of the committed tree: runtime dependencies only
# (npm ci --omit=dev), then `npm start` must build the UI, serve it and answer /api/health.
# Run by CI; locally: bash scripts/check-production-install.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
cleanup() { [ -n "${pid:-}" ] && kill -- "-$pid" 2>/dev/null || true; sleep 1; rm -rf "$work"; }
trap cleanup EXIT

git -C "$root" archive HEAD | tar -x -C "$work"
cd "$work"
npm ci --omit=dev --no-audit --no-fund >"$work/install.log" 2>&1 || { tail -30 "$work/install.log"; exit 1; }
for dev in vitest typescript @biomejs/biome playwright-core; do
  if [ -d "node_modules/$dev" ]; then echo "production install holds a dev dependency: $dev"; exit 1; fi
done
PORT=$port HOST=127.0.0.1 FAZHI_DATA_DIR="$work/data" FAZHI_LOG_LEVEL=warn setsid npm start >"$work/start.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$port/api/health" >/dev/null; then
    curl -sf "http://127.0.0.1:$port/" | grep -q '<div id="root">' || { echo "no web UI at /"; exit 1; }
    echo "production install: healthy on port $port without dev dependencies"
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || { tail -30 "$work/start.log"; exit 1; }
  sleep 1
done
tail -30 "$work/start.log"
echo "production install: not healthy within 120 s"
exit 1
