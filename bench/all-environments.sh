#!/usr/bin/env bash
# `plan --all` against single plans: the four shipped environments together versus the largest one
# alone, then COUNT generated environments (copies of the shipped ones under new names) in one run.
#
#   bench/all-environments.sh [COUNT]        (default 20)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
count="${1:-20}"
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 1; }
generated="$(mktemp -d)"
trap 'rm -rf "$generated"' EXIT

shipped=("$root"/environments/Pulumi.*.yaml)
for ((i = 0; i < count; i++)); do
  source="${shipped[i % ${#shipped[@]}]}"
  base="$(basename "$source" .yaml)"
  cp "$source" "$generated/Pulumi.${base#Pulumi.}-$((i + 1)).yaml"
done

"$root/slipway" validate --all >/dev/null   # builds the jar and its start-up archive first
echo "load before: $(uptime)"
run() { /usr/bin/time -f "%e s wall %U+%S s CPU %M KiB peak  $*" "$root/slipway" "$@" >/dev/null; }
for stack in prod staging; do run plan "$stack"; done
run plan --all
run validate --all
run plan --all --environments "$generated"
echo "load after:  $(uptime)"
