#!/usr/bin/env bash
# Packs IacLint's NuGet packages, by default into artifacts/ (where the repository's NuGet.config looks for them):
#   IacLint             the tool's entry package: it names a package per platform, and `dotnet tool install` picks one
#   IacLint.<rid>       the tool compiled ahead of time (Native AOT) for this machine's platform, when the tool ships
#                       one for it (ToolPackageRuntimeIdentifiers in src/IacLint.Cli); native code cannot be built for
#                       another operating system, so each platform's package is packed on that platform
#   IacLint.any         the framework-dependent tool, for every other platform with the .NET runtime
#   IacLint.MSBuild     the build integration, its task assemblies compiled ReadyToRun for this machine's platform
# Usage: bash build/pack.sh [--output DIR] [--version VERSION]
set -euo pipefail
cd "$(dirname "$0")/.."
output="$PWD/artifacts"
properties=()
while [ $# -gt 0 ]; do
  case "$1" in
    --output) output="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    --version) properties+=("-p:Version=$2"); shift 2 ;;
    *) echo "usage: bash build/pack.sh [--output DIR] [--version VERSION]" >&2; exit 2 ;;
  esac
done

host="$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')"
dotnet pack src/IacLint.Cli -c Release -o "$output" "${properties[@]}"
# The MSBuild task's assemblies ReadyToRun for this platform (see IacLintReadyToRunTask in its project).
task="$(mktemp -d)"
trap 'rm -rf "$task"' EXIT
dotnet publish src/IacLint.MSBuild -c Release -r "$host" --self-contained false -p:PublishReadyToRun=true -o "$task" "${properties[@]}"
dotnet pack src/IacLint.MSBuild -c Release -o "$output" -p:IacLintReadyToRunTask="$task/" "${properties[@]}"
shipped="$(dotnet msbuild src/IacLint.Cli -getProperty:ToolPackageRuntimeIdentifiers)"
for rid in ${shipped//;/ }; do
  if [ "$rid" = any ] || [ "$rid" = "$host" ]; then
    dotnet pack src/IacLint.Cli -c Release -r "$rid" -o "$output" "${properties[@]}"
  fi
done
