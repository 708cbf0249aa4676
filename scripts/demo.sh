#!/usr/bin/env bash
# The main job on the embedded store, no server needed: build the sample articles into
# ./govkg-data, ask a few saved questions, and export the graph for a browser.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
INPUT="${1:-examples}"
$BIN/govkg build "$INPUT"
echo; echo "== govkg query partners -p name=南开区"; $BIN/govkg query partners -p name=南开区
echo; echo "== govkg query organization_events -p organization=南开区总工会"; $BIN/govkg query organization_events -p organization=南开区总工会
echo; echo "== govkg query stats"; $BIN/govkg query stats
mkdir -p demo-out
$BIN/govkg export --format html -o demo-out/graph.html
$BIN/govkg export --format graphml -o demo-out/graph.graphml
echo; echo "open demo-out/graph.html in a browser; more questions: govkg queries"
