#!/usr/bin/env bash
# All benchmarks; they print figures (Neo4j ones only when NEO4J_URI is set).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
$BIN/python scripts/bench_extract.py
$BIN/python scripts/bench_load.py
$BIN/python scripts/bench_ceiling.py
$BIN/python scripts/bench_queries.py
$BIN/python scripts/bench_export.py
