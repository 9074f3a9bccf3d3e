#!/usr/bin/env bash
# Parse speed of IacLint's HCL parser beside HashiCorp's, in one run, both pinned to one core: a cold single pass (the
# first parse of the corpus in a fresh process) and the warmed throughput, each the median of RUNS fresh processes
# per parser, alternating. Ours runs as the Native AOT binary, as the shipped tool does. Times are process CPU time
# (steadier than wall on a shared machine; both are printed).
# Usage: benchmarks/hcl-parse.sh [CORPUS_DIR] [ITERATIONS] [RUNS]   (default: ../shared/corpus/terraform, 20, 5)
# Needs Debian's golang-go and golang-github-hashicorp-hcl-v2-dev (installed here if missing; builds offline).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="${1:-$here/../../shared/corpus/terraform}"
[ -d "$corpus" ] || corpus="/work/shared/corpus/terraform"
iterations="${2:-20}"
runs="${3:-5}"
if ! command -v go >/dev/null || [ ! -d /usr/share/gocode/src/github.com/hashicorp/hcl ]; then
  apt-get install -y -qq golang-go golang-github-hashicorp-hcl-v2-dev >/dev/null
fi
build="$(mktemp -d)"
trap 'rm -rf "$build"' EXIT
(cd "$here/hcl-go" && GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="$build/cache" go build -o "$build/hcl-go" .)
dotnet publish "$here/IacLint.Benchmarks" -c Release -r linux-x64 -p:PublishAot=true -o "$build/aot" >/dev/null
for run in $(seq 1 "$runs"); do
  taskset -c 0 "$build/aot/IacLint.Benchmarks" hcl-parse "$corpus" "$iterations" >>"$build/ours.txt"
  taskset -c 0 "$build/hcl-go" "$corpus" "$iterations" >>"$build/theirs.txt"
done
python3 - "$build/ours.txt" "$build/theirs.txt" <<'PY'
import re, statistics, sys
def medians(path):
    lines = open(path).read().splitlines()
    result = {"header": lines[0]}
    for kind in ("cold", "warmed"):
        runs = sorted((float(re.search(r"= ([0-9.]+) MB/s", l).group(1)), l) for l in lines if f" {kind}: " in l)
        result[kind] = runs[len(runs) // 2]  # the median run (RUNS odd) or the upper middle one
    return result
ours, theirs = medians(sys.argv[1]), medians(sys.argv[2])
print(ours["header"]); print(theirs["header"])
for kind in ("cold", "warmed"):
    print(ours[kind][1]); print(theirs[kind][1])
for kind in ("cold", "warmed"):
    print(f"ratio {kind} (iaclint / hashicorp, median MB/s of CPU time): {ours[kind][0] / theirs[kind][0]:.2f}x")
PY
