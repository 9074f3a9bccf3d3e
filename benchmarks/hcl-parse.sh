#!/usr/bin/env bash
# Parse throughput of IacLint's HCL parser beside HashiCorp's, in one run, both pinned to one core.
# Usage: benchmarks/hcl-parse.sh [CORPUS_DIR] [ITERATIONS]   (default: ../shared/corpus/terraform, 20)
# Needs Debian's golang-go and golang-github-hashicorp-hcl-v2-dev (installed here if missing; builds offline).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="${1:-$here/../../shared/corpus/terraform}"
iterations="${2:-20}"
if ! command -v go >/dev/null || [ ! -d /usr/share/gocode/src/github.com/hashicorp/hcl ]; then
  apt-get install -y -qq golang-go golang-github-hashicorp-hcl-v2-dev >/dev/null
fi
build="$(mktemp -d)"
(cd "$here/hcl-go" && GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="$build/cache" go build -o "$build/hcl-go" .)
dotnet build "$here/IacLint.Benchmarks" -c Release -o "$build/dotnet" >/dev/null
# Three alternating runs each, pinned to one core; the best of each is reported.
ours=""; theirs=""
for run in 1 2 3; do
  ours+=$(taskset -c 0 dotnet "$build/dotnet/IacLint.Benchmarks.dll" hcl-parse "$corpus" "$iterations")$'\n'
  theirs+=$(taskset -c 0 "$build/hcl-go" "$corpus" "$iterations")$'\n'
done
ours=$(printf '%s' "$ours" | sed -E 's/(.*= )([0-9.]+)( MB\/s.*)/\2 \1\2\3/' | sort -n | tail -1 | cut -d' ' -f2-)
theirs=$(printf '%s' "$theirs" | sed -E 's/(.*= )([0-9.]+)( MB\/s.*)/\2 \1\2\3/' | sort -n | tail -1 | cut -d' ' -f2-)
echo "$ours"
echo "$theirs"
ratio=$(python3 -c "import re,sys; a=float(re.search(r'= ([0-9.]+) MB/s', sys.argv[1]).group(1)); b=float(re.search(r'= ([0-9.]+) MB/s', sys.argv[2]).group(1)); print(f'{a/b:.2f}')" "$ours" "$theirs")
echo "ratio (iaclint / hashicorp): ${ratio}x"
