#!/usr/bin/env bash
# Builds everything and runs every test: native unit and golden tests, the same under
# AddressSanitizer and UndefinedBehaviorSanitizer, the CLI contract, the engine in WebAssembly
# under node, and the page in headless Chromium. The native suites run through ctest; tests that
# read ../shared/realdata are skipped with one line where it is not beside the clone (CI=true:
# its absence fails). Installs what is missing first
# (tools/bootstrap.sh). Ends with the total: "N passed, M failed".
#   tests/run.sh               everything
#   tests/run.sh --no-browser  skip the headless Chromium tests
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
browser=1
[ "${1:-}" = "--no-browser" ] && browser=0

export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"  # Debian's Emscripten needs Debian's acorn
logs="$root/build/test-logs"

if [ "$browser" -eq 1 ]; then tools/bootstrap.sh || exit 1; else tools/bootstrap.sh --no-browser || exit 1; fi
mkdir -p "$logs"

total_passed=0
total_failed=0
failed_suites=()

# run_suite NAME COMMAND...: runs a suite, shows its output, adds its counts to the total.
run_suite() {
  local name="$1"
  shift
  echo
  echo "=== $name"
  "$@" 2>&1 | tee "$logs/$name.log"
  local code=${PIPESTATUS[0]}
  local passed failed
  # doctest: "[doctest] test cases: 40 | 40 passed | 0 failed | 0 skipped"
  local line
  line="$(grep -E '^\[doctest\] test cases:' "$logs/$name.log" | tail -n 1)"
  if [ -n "$line" ]; then
    passed="$(sed -E 's/.*\| *([0-9]+) passed.*/\1/' <<<"$line")"
    failed="$(sed -E 's/.*\| *([0-9]+) failed.*/\1/' <<<"$line")"
  else
    line="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$logs/$name.log" | tail -n 1)"
    passed="$(sed -E 's/^([0-9]+) passed.*/\1/' <<<"${line:-0 passed}")"
    failed="$(sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"${line:-0 passed, 0 failed}")"
  fi
  if [ "$code" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then failed=1; fi  # a crash counts as a failure
  total_passed=$((total_passed + ${passed:-0}))
  total_failed=$((total_failed + ${failed:-0}))
  [ "$code" -ne 0 ] && failed_suites+=("$name")
}

# build NAME COMMAND...: a build step; a failed build stops everything.
build() {
  local name="$1"
  shift
  echo
  echo "=== build: $name"
  if ! "$@" >"$logs/build-$name.log" 2>&1; then
    tail -n 60 "$logs/build-$name.log"
    echo "build failed: $name (full log: $logs/build-$name.log)"
    echo "0 passed, 1 failed"
    exit 1
  fi
  echo "built ($logs/build-$name.log)"
}

sample_check() {
  local tmp
  tmp="$(mktemp -d)"
  python3 assets/sample/generate.py "$tmp"
  if diff -r -q "$tmp" assets/sample --exclude=generate.py --exclude=README.md; then
    echo "ok   assets/sample is exactly what assets/sample/generate.py writes"
    echo "1 passed, 0 failed"
  else
    echo "FAIL assets/sample differs from what generate.py writes: run python3 assets/sample/generate.py"
    echo "0 passed, 1 failed"
    rm -rf "$tmp"
    return 1
  fi
  rm -rf "$tmp"
}

build native cmake --preset native
build native-compile cmake --build --preset native
build asan cmake --preset native-asan
build asan-compile cmake --build --preset native-asan
if [ ! -f build/wasm/build.ninja ]; then build wasm emcmake cmake --preset wasm; fi
build wasm-compile cmake --build --preset wasm

# The native suites through ctest (tests/CMakeLists.txt), one at a time so that each shows its count.
ctest_verbose() {  # ctest -V with its "N: " line prefixes taken off, so the counts read as they are
  ctest "$@" 2>&1 | sed -u -E 's/^[0-9]+: //'
  return "${PIPESTATUS[0]}"
}
native_suite() {  # native_suite NAME PRESET TEST
  run_suite "$1" ctest_verbose --preset "$2" -V -R "^$3\$"
}
run_suite sample-data sample_check
native_suite layers native layers
run_suite sizes python3 tools/check_sizes.py
native_suite unit-native native unit
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
native_suite unit-asan native-asan unit
native_suite cli native cli
native_suite cli-asan native-asan cli
run_suite wasm-node node tests/wasm/golden.mjs build/wasm/node/creatorscope_engine.js
if [ "$browser" -eq 1 ]; then
  run_suite browser node tests/browser/page.test.mjs
  run_suite browser-campaign node tests/browser/campaign.test.mjs
fi

echo
if [ "${#failed_suites[@]}" -gt 0 ]; then echo "failed suites: ${failed_suites[*]}"; fi
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ] && [ "${#failed_suites[@]}" -eq 0 ]
