#!/usr/bin/env bash
# The ingest benchmark (not a test: it prints figures). Generates a 100 MB posts CSV (and a
# 200 MB one for the page's frame times) and measures the full ingest (parse, type, store):
#   the native CLI (read phase of --timings, peak memory from /usr/bin/time),
#   the engine in WebAssembly under node,
#   the page in headless Chromium (through the file picker, and the same engine from memory in
#   one synchronous pass), and in that page uDSV's and PapaParse's typed parse.
# And the attribution benchmark: every model on 1,000,000 generated journeys over 20 channels,
# native and in WebAssembly under node.
# And the canvas: how long a frame takes with 100,000 creators loaded (tests/bench/frames_page.mjs).
# And the budget planner: 1,000 and 10,000 generated candidates with tier shares (plan_bench.cpp),
# natively, in WebAssembly and in the page (plan_page.mjs).
# And the peers of the ingest: DuckDB natively under node and DuckDB-wasm in the page (npm packages
# of tests/bench/package.json, test-only, installed here when missing); the page's start-up
# (WebAssembly size with brotli, time to the first frame); and 100,000 creators with 300 MB of posts.
# Usage: tests/bench/run.sh [--big | attribution | frames | plan | startup]
#   --big         also runs 300 MB with 100,000 creators and 1 GB with 20,000 creators through the
#                 CLI and the page (peak memory, heap)
#   attribution   runs the attribution benchmark only
#   frames        runs the frame-time benchmark only
# Needs the builds of tests/run.sh (build/native, build/wasm) and the npm test packages.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
attribution() {
  echo "== attribution, native"
  "$root/build/native/tests/creatorscope_attribution_bench"
  echo "== attribution, WebAssembly under node"
  node "$root/build/wasm/node/attribution_bench.js"
}
plan() {
  echo "== plan, native"
  "$root/build/native/tests/creatorscope_plan_bench"
  echo "== plan, WebAssembly under node"
  node "$root/build/wasm/node/plan_bench.js"
  echo "== plan, in the page (headless Chromium)"
  node "$root/tests/bench/plan_page.mjs"
  node "$root/tests/bench/plan_page.mjs" --fees-to=1
}
frames() {
  echo "== the canvas with 100,000 creators: UI time per frame"
  node "$root/tests/bench/frames_page.mjs" 100000
}
startup() {
  echo "== page start-up"
  node "$root/tests/bench/startup_page.mjs"
}
bench_packages() {
  [ -d "$root/tests/bench/node_modules/@duckdb/node-api" ] || (cd "$root/tests/bench" && npm install --no-audit --no-fund --silent)
}
if [ "${1:-}" = "startup" ]; then
  startup
  exit 0
fi
if [ "${1:-}" = "attribution" ]; then
  attribution
  exit 0
fi
if [ "${1:-}" = "plan" ]; then
  plan
  exit 0
fi
if [ "${1:-}" = "frames" ]; then
  frames
  exit 0
fi
data="${CREATORSCOPE_BENCH_DIR:-/tmp/creatorscope-bench}"
mkdir -p "$data" "$root/tests/browser/out"
for size in 100 200; do
  [ -f "$data/posts-${size}mb.csv" ] || python3 "$root/tests/bench/make_posts.py" "$size" "$data/posts-${size}mb.csv"
done
cli="$root/build/native/cli/creatorscope"

native() {  # native FILE
  local out
  out="$( { /usr/bin/time -v "$cli" report --timings --out /dev/null "posts:$1" ; } 2>&1 )"
  local timings rss
  timings="$(grep '^timings:' <<<"$out")"
  rss="$(grep 'Maximum resident' <<<"$out" | awk '{print $NF}')"
  echo "{\"what\": \"native-cli\", \"file\": \"$(basename "$1")\", \"timings\": \"${timings#timings: }\", \"peak_rss_mb\": $((rss / 1024))}"
}

native_report() {  # native_report FILE: as native, with the report JSON written to a file, as a user would
  local out
  out="$( { /usr/bin/time -v "$cli" report --timings --out "$data/report.json" "posts:$1" ; } 2>&1 )"
  echo "{\"what\": \"native-cli-report\", \"file\": \"$(basename "$1")\", \"input_mb\": $(( $(stat -c %s "$1") / 1000000 )), \"timings\": \"$(grep '^timings:' <<<"$out" | sed 's/^timings: //')\", \"peak_rss_mb\": $(( $(grep 'Maximum resident' <<<"$out" | awk '{print $NF}') / 1024 )), \"report_mb\": $(( $(stat -c %s "$data/report.json") / 1000000 ))}"
  rm -f "$data/report.json"
}

bench_packages
echo "== native CLI"
native "$data/posts-100mb.csv"
echo "== DuckDB natively (node-api), same file"
node "$root/tests/bench/duckdb_node.mjs" "$data/posts-100mb.csv"
echo "== WebAssembly under node"
node "$root/tests/bench/ingest_node.mjs" "$data/posts-100mb.csv"
echo "== page in headless Chromium, with uDSV and PapaParse in the same page and DuckDB-wasm in the same browser"
node "$root/tests/bench/ingest_page.mjs" "$data/posts-100mb.csv"
echo "== page, 200 MB: frame times and progress while loading"
node "$root/tests/bench/ingest_page.mjs" "$data/posts-200mb.csv" --no-compare
attribution
frames
startup
if [ "${1:-}" = "--big" ]; then
  [ -f "$data/posts-300mb-100k.csv" ] || python3 "$root/tests/bench/make_posts.py" 300 "$data/posts-300mb-100k.csv" 100000
  [ -f "$data/posts-1024mb-20k.csv" ] || python3 "$root/tests/bench/make_posts.py" 1024 "$data/posts-1024mb-20k.csv" 20000
  for big in posts-300mb-100k posts-1024mb-20k; do
    echo "== native CLI, $big (the report written to a file)"
    native_report "$data/$big.csv"
    echo "== page, $big: time to results and the WebAssembly heap"
    node "$root/tests/bench/ingest_page.mjs" "$data/$big.csv" --no-compare
  done
fi
