#!/usr/bin/env bash
# Whole-audit benchmark: cold `iaclint scan` processes (median of 5, taken in rounds over the trees) over generated
# and corpus trees, printing wall time, user+sys CPU, CPU/wall and peak RSS, then the scaling figures (time per copy
# of the corpus, tfvars overhead).
# Not run by CI; timings are noisy on a shared machine.
# Usage: benchmarks/audit.sh [RUNS] [--framework-dependent]   (default 5 runs of the native build users install;
# --framework-dependent measures the JIT-compiled fallback instead). Uses ../shared/corpus when it exists.
# IACLINT_TIMINGS=1 in the environment also prints each phase of one extra run per tree.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$here/.."
runs="${1:-5}"
build="${2:-native}"
corpus="$repo/../../shared/corpus"
[ -d "$corpus" ] || corpus="/work/shared/corpus"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ "$build" = --framework-dependent ]; then
  dotnet build "$repo/src/IacLint.Cli" -c Release -o "$work/bin" >/dev/null
else
  dotnet publish "$repo/src/IacLint.Cli" -c Release -r "$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')" -o "$work/bin" >/dev/null
fi
tool="$work/bin/iaclint"

# N roots x M environments: each root declares variables, a module-free set of resources and one tfvars per environment.
generate_roots() { # DIR ROOTS WITH_TFVARS
  local dir="$1" roots="$2" tfvars="$3"
  for i in $(seq 1 "$roots"); do
    local root="$dir/stacks/app$i"
    mkdir -p "$root"
    cat >"$root/main.tf" <<TF
variable "environment" { type = string }
variable "instance_type" {
  type    = string
  default = "t3.micro"
}
variable "encrypted" {
  type    = bool
  default = false
}
resource "aws_s3_bucket" "data" {
  bucket = "app$i-\${var.environment}-data"
}
resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration { status = "Enabled" }
}
resource "aws_security_group" "web" {
  name = "app$i-\${var.environment}"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_instance" "web" {
  count         = 2
  ami           = "ami-123456"
  instance_type = var.instance_type
  root_block_device { encrypted = var.encrypted }
  tags = { Name = "app$i-\${count.index}" }
}
resource "aws_db_instance" "db" {
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  storage_encrypted   = var.encrypted
  publicly_accessible = false
  username            = "app"
  password            = "not-a-real-password"
}
TF
    if [ "$tfvars" = yes ]; then
      for env in dev staging production; do
        printf 'environment = "%s"\ninstance_type = "m5.large"\nencrypted = %s\n' "$env" \
          "$([ "$env" = production ] && echo true || echo false)" >"$root/$env.tfvars"
      done
    fi
  done
}

trees=()
# What every scan costs whatever its size (start-up, rule metadata in the SARIF log): the scaling figures are also
# given without it.
mkdir -p "$work/empty"; trees+=("empty repository:$work/empty")
generate_roots "$work/roots-tfvars" 50 yes; trees+=("50 roots x 3 tfvars:$work/roots-tfvars")
generate_roots "$work/roots-plain" 50 no; trees+=("50 roots, no tfvars:$work/roots-plain")
if [ -d "$corpus/terraform" ]; then
  for copies in 1 2 4 8; do
    for c in $(seq 1 "$copies"); do mkdir -p "$work/tf$copies/copy$c" && cp -r "$corpus/terraform/." "$work/tf$copies/copy$c/"; done
    trees+=("terraform corpus x$copies:$work/tf$copies")
  done
  mixed="$work/mixed"
  mkdir -p "$mixed"
  # About 3,000 files: the Terraform and Kubernetes corpora twice, and the testdata appsettings and TOML in 80 services.
  for c in 1 2; do
    cp -r "$corpus/terraform" "$mixed/terraform$c"
    [ -d "$corpus/kubernetes" ] && cp -r "$corpus/kubernetes" "$mixed/kubernetes$c"
  done
  for i in $(seq 1 80); do
    mkdir -p "$mixed/services/svc$i"
    (cd "$repo/testdata/repos" && find . \( -name 'appsettings*.json' -o -name 'config.*.toml' \) -exec cp --parents {} "$mixed/services/svc$i/" \;)
  done
  trees+=("mixed ($(find "$mixed" -type f | wc -l) files):$mixed")
else
  echo "(no shared corpus at $corpus: corpus trees skipped)" >&2
fi

# Cold processes, timed by the parent to the microsecond (time(1) rounds wall time to 10 ms, a fifth of the smallest
# trees' time); CPU and peak RSS from each child's resource usage. The runs go round the trees in turn rather than tree
# by tree: this machine's speed drifts by 10-30% over minutes, and a drift must not land on one tree's runs alone, or
# the per-copy figures compare different machines.
trees=("iaclint --version:" "${trees[@]}")
python3 - "$tool" "$runs" "$([ "$build" = --framework-dependent ] && echo framework-dependent || echo native)" "${trees[@]}" <<'PY'
import os, statistics, subprocess, sys, time
tool, runs, build, entries = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
trees = [(e.split(":", 1)[0], e.split(":", 1)[1]) for e in entries]
command = lambda path: [tool, "--version"] if not path else [tool, "scan", path, "--format", "sarif"]
samples = {label: [] for label, _ in trees}
for _ in range(runs):
    for label, path in trees:
        start = time.perf_counter()
        child = subprocess.Popen(command(path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(child.pid, 0)
        samples[label].append((time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024))

print(f"median of {runs} cold processes per tree, taken in rounds over the trees, {os.cpu_count()} cores, {build} build")
walls = {}
for label, path in trees:
    rows = samples[label]
    wall = statistics.median(r[0] for r in rows); cpu = statistics.median(r[1] for r in rows)
    walls[label] = wall
    print(f"{label:<32} wall {wall:6.3f} s  cpu {cpu:6.3f} s  cpu/wall {cpu / max(wall, 0.001):4.2f}  peak rss {max(r[2] for r in rows):6.0f} MB")
    if os.environ.get("IACLINT_TIMINGS") and path:
        timings = subprocess.run(command(path), capture_output=True, text=True).stderr
        for line in timings.splitlines():
            if line.startswith("iaclint timings"): print("    " + line)

# The scaling figures of issue 14: cost linear in size and in environments.
copies = [(n, walls[f"terraform corpus x{n}"]) for n in (1, 2, 4, 8) if f"terraform corpus x{n}" in walls]
if copies:
    per = [w / n for n, w in copies]
    print("time per copy of the terraform corpus: " + ", ".join(f"x{n} {w / n:.3f} s" for n, w in copies)
          + f"; spread {100 * (max(per) - min(per)) / min(per):.0f}% of the smallest")
    fixed = walls.get("empty repository")
    if fixed is not None:
        net = [(w - fixed) / n for n, w in copies]
        print(f"  without the {fixed:.3f} s every scan costs (the empty repository): "
              + ", ".join(f"x{n} {v:.3f} s" for (n, _), v in zip(copies, net))
              + f"; spread {100 * (max(net) - min(net)) / min(net):.0f}%")
if "50 roots x 3 tfvars" in walls and "50 roots, no tfvars" in walls:
    print(f"50 roots: with 3 environment tfvars / without = {walls['50 roots x 3 tfvars'] / walls['50 roots, no tfvars']:.2f}")
PY
