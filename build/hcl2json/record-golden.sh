#!/usr/bin/env bash
# Records HashiCorp's parser's output for testdata/hcl/{specsuite,corpus} into testdata/hcl/oracle.jsonl, which
# the agreement test compares our parser with. Needs Node.js and npm (installs @cdktf/hcl2json, pinned).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
cd "$here/../../testdata/hcl"
node "$here/oracle.js" specsuite corpus > oracle.jsonl
echo "recorded $(wc -l < oracle.jsonl) files into testdata/hcl/oracle.jsonl"
