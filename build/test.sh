#!/usr/bin/env bash
# Runs every test the way CI does: installs Microsoft's SARIF multitool (the SARIF validity oracle) and Chromium
# (for the HTML report's browser test), builds, tests, and ends with one line "N passed, N failed" summed over the
# test assemblies.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! npm ci --prefix build/sarif --no-audit --no-fund --loglevel=error; then
  echo "npm ci for the SARIF multitool failed" >&2
  echo "0 passed, 0 failed"
  exit 1
fi
# npm does not run the package's install script here, so make its binary executable ourselves.
chmod u+x build/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

# Installs Debian packages quietly (as root, or with sudo when it needs no password); warns with WHY when it cannot.
install_debian_packages() { # WHY PACKAGE...
  local why="$1"; shift
  command -v apt-get >/dev/null 2>&1 || { echo "warning: no apt-get to install $*; $why" >&2; return; }
  local sudo_cmd=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo_cmd="sudo -n"; fi
  if ! { $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "$@"; } >/dev/null 2>&1; then
    echo "warning: could not install $*; $why" >&2
  fi
}

# The browser test renders the HTML report in headless Chromium; it is skipped only when no Chromium exists.
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  install_debian_packages "the browser test will be skipped" chromium
fi
# The end-to-end tests run the tool as users on Linux get it, compiled ahead of time (Native AOT), which links with
# the machine's C compiler.
if ! command -v clang >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1; then
  install_debian_packages "the native tool cannot be built" clang zlib1g-dev
fi

log=$(mktemp)
dotnet test IacLint.sln --configuration Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Each test assembly ends with "Passed!  - Failed:     0, Passed:    25, Skipped: ..." (or "Failed!  - ...").
read -r passed failed < <(grep -E '^(Passed|Failed)! +- +Failed: ' "$log" |
  sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+).*/\2 \1/' |
  awk '{p += $1; f += $2} END {print p + 0, f + 0}')
rm -f "$log"

# Keep the browser test's screenshots and PDFs as CI artifacts (the folder exists only when the test ran).
shots=tests/IacLint.Cli.Tests/bin/Release/net10.0/browser-artifacts
if [ -d "$shots" ]; then
  mkdir -p artifacts/browser && cp "$shots"/* artifacts/browser/ 2>/dev/null || true
fi
echo "${passed} passed, ${failed} failed"
exit "$status"
