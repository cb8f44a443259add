#!/usr/bin/env bash
# THE test command (README; .ci/run calls it). Installs what it needs, builds, runs every test
# project, and ends with one line: "N passed, N failed[, N skipped]". Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"

config="${CONFIGURATION:-Release}"
results="${TEST_RESULTS_DIR:-$PWD/artifacts/test-results}"

./tools/install-deps.sh || { echo "0 passed, 1 failed"; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! dotnet restore Conformance.sln --nologo -v q; then
  echo "restore failed"; echo "0 passed, 1 failed"; exit 1
fi
if ! dotnet build Conformance.sln --no-restore -c "$config" --nologo -v q -clp:ErrorsOnly; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

rm -rf "$results"; mkdir -p "$results"
passed=0; failed=0; skipped=0; status=0; flaky=""
# Reads a .trx's counters into c_passed, c_failed (failed, errors, timeouts, aborts), c_skipped.
count() {
  local counters; counters=$(grep -o '<Counters [^>]*>' "$1" | head -1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  local f e t a
  c_passed=$(get passed); f=$(get failed); e=$(get error); t=$(get timeout); a=$(get aborted); c_skipped=$(get notExecuted)
  c_passed=${c_passed:-0}; c_skipped=${c_skipped:-0}
  c_failed=$(( ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0} ))
}
# One project at a time: interop and timing tests share two cores with nothing else.
# A hung test must never eat the CI's budget: the test host dumps and dies after
# TEST_HANG_TIMEOUT without test progress, and each project is killed after its budget
# (TEST_PROJECT_BUDGET, default 20 minutes: the harness suite takes ~13; the whole run stays under 30).
hang="${TEST_HANG_TIMEOUT:-4m}"
budget="${TEST_PROJECT_BUDGET:-20m}"
# run_project PROJECT TRX [--filter EXPR]: one test run within the budget, results in TRX.
run_project() {
  local proj=$1 trx=$2; shift 2
  timeout --kill-after=30s "$budget" dotnet test "$proj" --no-build -c "$config" --nologo \
    --logger "trx;LogFileName=$trx" --logger "console;verbosity=minimal" \
    --blame-hang-timeout "$hang" --blame-hang-dump-type none \
    --results-directory "$results" "$@"
}
for proj in $(ls tests/*/*.Tests.csproj | sort); do
  name=$(basename "$proj" .csproj)
  echo "=== $name"
  started=$SECONDS
  run_project "$proj" "$name.trx" ${TEST_FILTER:+--filter "$TEST_FILTER"}
  rc=$?
  echo "--- $name took $((SECONDS - started)) s"
  trx="$results/$name.trx"
  if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
    echo "!!! $name exceeded its budget of $budget and was stopped"; status=1
  fi
  if [ ! -f "$trx" ]; then
    echo "!!! $name produced no results (crashed or failed to start)"; failed=$((failed + 1)); status=1; continue
  fi
  count "$trx"
  p=$c_passed; f=$c_failed
  # A failed test method runs once more, alone. Real-time tests on two cores can lose a frame to
  # the machine; a broken product fails twice. Every retry is printed as FLAKY so that it is
  # seen and traced, never silently absorbed.
  if [ "$f" -gt 0 ] && [ $rc -ne 124 ] && [ $rc -ne 137 ]; then
    methods=$(awk -f tools/ci/failed-tests.awk "$trx" "$trx")
    if [ -n "$methods" ] && [ "$(echo "$methods" | wc -l)" -le 5 ]; then
      filter=$(echo "$methods" | sed 's/^/FullyQualifiedName=/' | paste -sd'|')
      echo "=== $name: retrying once: $(echo "$methods" | paste -sd' ')"
      run_project "$proj" "$name.retry.trx" --filter "$filter"
      if [ -f "$results/$name.retry.trx" ]; then
        count "$results/$name.retry.trx"
        if [ "$c_failed" -eq 0 ] && [ "$c_passed" -gt 0 ]; then
          echo "!!! FLAKY in $name (failed, then passed alone): $(echo "$methods" | paste -sd' ')"
          flaky="$flaky $methods"; p=$((p + f)); f=0
        fi
      fi
    fi
  fi
  [ "$f" -gt 0 ] && status=1
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + c_skipped))
done
[ -n "$flaky" ] && echo "FLAKY (passed on their one retry; trace them):$flaky"

[ "$failed" -gt 0 ] && status=1
summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
exit $status
