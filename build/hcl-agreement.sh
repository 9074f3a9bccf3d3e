#!/usr/bin/env bash
# Checks the HCL parser against HashiCorp's on a whole corpus (default: the shared corpus beside the repository):
# records HashiCorp's verdicts with build/hcl2json/oracle.js, then runs the agreement test over the recording.
# Prints "N/M agree" and lists every disagreement. Not part of CI: the corpus is not in the repository.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$repo/../shared/corpus}"
npm ci --prefix "$repo/build/hcl2json" --no-audit --no-fund --loglevel=error
recording="$(mktemp -d)/oracle.jsonl"
(cd "$corpus" && node "$repo/build/hcl2json/oracle.js" terraform hcl-spec > "$recording")
IACLINT_HCL_ORACLE="$recording" IACLINT_HCL_ORACLE_ROOT="$corpus" \
  dotnet test "$repo/tests/IacLint.Core.Tests" --filter "FullyQualifiedName~full_recording" > /dev/null || true
cat "$recording.disagreements.txt"
