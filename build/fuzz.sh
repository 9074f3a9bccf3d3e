#!/usr/bin/env bash
# Fuzzes the whole engine: mutated seeds of every format (testdata/), each scanned in process with a 10 s bound.
# Usage: bash build/fuzz.sh [INPUTS=100000] [RANDOM-SEED=1]. Crashing and hanging inputs are kept in fuzz-findings/;
# turn each into a regression fixture. Prints crashes, hangs, the slowest input and the peak working set.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/IacLint.Fuzz -c Release -v quiet -nologo
exec dotnet tests/IacLint.Fuzz/bin/Release/net10.0/IacLint.Fuzz.dll "${1:-100000}" "${2:-1}" testdata fuzz-findings
