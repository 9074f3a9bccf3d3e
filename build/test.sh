#!/usr/bin/env bash
# Runs every test the way CI does: installs Microsoft's SARIF multitool (the SARIF validity oracle), builds, tests,
# and ends with one line "N passed, N failed" summed over the test assemblies.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! npm ci --prefix build/sarif --no-audit --no-fund --loglevel=error; then
  echo "npm ci for the SARIF multitool failed" >&2
  echo "0 passed, 0 failed"
  exit 1
fi
# npm does not run the package's install script here, so make its binary executable ourselves.
chmod u+x build/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

log=$(mktemp)
dotnet test IacLint.sln --configuration Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Each test assembly ends with "Passed!  - Failed:     0, Passed:    25, Skipped: ..." (or "Failed!  - ...").
read -r passed failed < <(grep -E '^(Passed|Failed)! +- +Failed: ' "$log" |
  sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+).*/\2 \1/' |
  awk '{p += $1; f += $2} END {print p + 0, f + 0}')
rm -f "$log"
echo "${passed} passed, ${failed} failed"
exit "$status"
