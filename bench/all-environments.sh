#!/usr/bin/env bash
# Every environment in one process against single plans: each shipped stack alone (the largest one is
# the yardstick), `plan --all`, `validate --all` and `check --all` of the shipped stacks, then `plan --all`
# over COUNT generated environments (copies of the shipped ones under new names). Each round runs
# every command once, so a burst of load hits all of them alike; the medians are printed, with the
# ratios the issue sets (--all at most 1.5x the largest single plan, the one of most CPU time; 20
# environments within 15 s).
#
#   bench/all-environments.sh [COUNT] [ROUNDS]        (default 20 environments, 3 rounds)
#
# Wall time depends on what else the machine runs: the load average is printed with every run, and
# CPU time (user + system) is the steadier figure on a shared machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
count="${1:-20}"
rounds="${2:-3}"
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
generated="$work/environments"
mkdir "$generated"

shipped=("$root"/environments/Pulumi.*.yaml)
for ((i = 0; i < count; i++)); do
  source="${shipped[i % ${#shipped[@]}]}"
  base="$(basename "$source" .yaml)"
  cp "$source" "$generated/Pulumi.${base#Pulumi.}-$((i + 1)).yaml"
done
stacks=()
for source in "${shipped[@]}"; do
  base="$(basename "$source" .yaml)"
  stacks+=("${base#Pulumi.}")
done

"$root/slipway" validate --all >/dev/null # builds the jar and its start-up archive first
echo "java: $(java -version 2>&1 | head -1); $(nproc) CPUs; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
log="$work/runs"
run() { # label args...
  local label="$1" figures
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$root/slipway" "$@" >/dev/null || true
  figures="$(tail -1 "$work/time")"
  echo "$label $figures $(cut -d' ' -f1 /proc/loadavg)" >>"$log"
}
for ((r = 1; r <= rounds; r++)); do
  for stack in "${stacks[@]}"; do run "plan:$stack" plan "$stack"; done
  run "plan:--all" plan --all
  run "validate:--all" validate --all
  run "check:--all" check --all
  run "plan:--all:$count-generated" plan --all --environments "$generated"
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"

awk -v count="$count" -v shipped="${#stacks[@]}" '
  function median(list, n,    sorted, i, j, t) {
    for (i = 1; i <= n; i++) sorted[i] = list[i]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
    return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
  }
  {
    label = $1; gsub(":", " ", label)
    printf "%-32s %6.2f s wall %6.2f s CPU %5.0f MiB  (load %s)\n", label, $2, $3 + $4, $5 / 1024, $6
    if (!(($1) in n)) order[++labels] = $1
    k = ++n[$1]; wall[$1, k] = $2; cpu[$1, k] = $3 + $4; rss[$1, k] = $5 / 1024
  }
  END {
    print "medians:"
    for (i = 1; i <= labels; i++) {
      l = order[i]
      for (k = 1; k <= n[l]; k++) { w[k] = wall[l, k]; c[k] = cpu[l, k]; m[k] = rss[l, k] }
      mw[l] = median(w, n[l]); mc[l] = median(c, n[l]); mm[l] = median(m, n[l])
      label = l; gsub(":", " ", label)
      printf "  %-30s %6.2f s wall %6.2f s CPU %5.0f MiB\n", label, mw[l], mc[l], mm[l]
      # The largest by CPU time: steadier than wall time on a shared machine.
      if (l ~ /^plan:[^-]/ && mc[l] > largestCpu) { largest = mw[l]; largestCpu = mc[l]; largestName = l }
    }
    sub("plan:", "", largestName)
    printf "largest single plan: %s, %.2f s wall, %.2f s CPU\n", largestName, largest, largestCpu
    printf "plan --all (%d stacks) / largest single plan: %.2f wall, %.2f CPU (target <= 1.5)\n", shipped, mw["plan:--all"] / largest, mc["plan:--all"] / largestCpu
    g = "plan:--all:" count "-generated"
    printf "plan --all of %d generated environments: %.2f s wall, %.2f s CPU; %.2f s CPU per environment after the first\n", count, mw[g], mc[g], (mc[g] - largestCpu) / (count - 1)
  }' "$log"
