#!/usr/bin/env bash
# The whole test suite against a real Neo4j: installs headless Chromium and chromedriver for the
# HTML view and Neo4j Browser tests when they are missing, starts Neo4j once (Maven fetches it
# the first time), runs pytest, stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's chromium, chromedriver and a CJK font for the browser tests"
    apt-get update -q >/dev/null && apt-get install -y -q chromium chromium-driver fonts-wqy-microhei >/dev/null
  else
    echo "chromium/chromedriver missing: apt-get install chromium chromium-driver for the browser tests" >&2
  fi
fi

HOME_DIR="${GOVKG_TEST_NEO4J_HOME:-$PWD/.neo4j-test}"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-govkg-test-password}"
BOLT_PORT="${GOVKG_TEST_BOLT_PORT:-17687}"
HTTP_PORT="${GOVKG_TEST_HTTP_PORT:-17474}"
rm -rf "$HOME_DIR"
$BIN/govkg neo4j start --home "$HOME_DIR" --bolt-port "$BOLT_PORT" --http-port "$HTTP_PORT" --password "$NEO4J_PASSWORD"
trap '$BIN/govkg neo4j stop --home "$HOME_DIR" >/dev/null; rm -rf "$HOME_DIR"' EXIT
export NEO4J_URI="bolt://127.0.0.1:$BOLT_PORT" NEO4J_USER=neo4j
export GOVKG_NEO4J_HTTP="http://127.0.0.1:$HTTP_PORT"
$BIN/python -m pytest -q "$@"
