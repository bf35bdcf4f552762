#!/usr/bin/env bash
# Side by side: `./slipway plan <stack>` against the peer's `npx cdk synth --quiet` (a CDK EKS
# Blueprints app of the same shape, ../shared/peer-cdk-blueprints), alternating, on this machine.
# Prints per-run figures with the load average, the medians, the wall and CPU ratios, and each one's
# peak memory. On a shared machine wall times follow the load; CPU time is the steadier figure. The
# JDK is the one on PATH, e.g. PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH for Java 25.
#
#   bench/compare.sh [ROUNDS] [STACK]        (default: 6 rounds of prod; the first round is a warm-up)
#
# PEER_DIR: an installed copy of the peer (`npm ci` done). Unset, the peer is copied to
# ${TMPDIR:-/tmp}/slipway-peer and installed there once: never into this repository.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
rounds="${1:-6}"
stack="${2:-prod}"
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 1; }

peer="${PEER_DIR:-${TMPDIR:-/tmp}/slipway-peer}"
if [[ ! -d "$peer/node_modules" ]]; then
  source="$root/../shared/peer-cdk-blueprints"
  [[ -d "$source" ]] || { echo "bench: set PEER_DIR to an installed copy of the peer app" >&2; exit 1; }
  echo "bench: installing the peer into $peer (npm ci, once) ..." >&2
  rm -rf "$peer" && cp -r "$source" "$peer" && chmod -R u+w "$peer"
  (cd "$peer" && npm ci --no-audit --no-fund >/dev/null)
fi

# Build the jar and its start-up archive first, so no round pays for them.
"$root/slipway" validate "$stack" >/dev/null

log="$(mktemp)"
figures="$(mktemp)"
errors="$(mktemp)"
trap 'rm -f "$log" "$figures" "$errors"' EXIT
measure() { # name dir command...  (appends: name wall user sys peak-KiB load-average)
  local name="$1" dir="$2"
  shift 2
  # Output is not part of the benchmark (the CDK prints feature-flag warnings on every synth); a
  # failing command shows it and stops the run.
  if ! (cd "$dir" && /usr/bin/time -f "%e %U %S %M" -o "$figures" "$@" >/dev/null 2>"$errors"); then
    cat "$errors" >&2
    echo "bench: $name failed: $*" >&2
    exit 1
  fi
  echo "$name $(tail -1 "$figures") $(cut -d' ' -f1 /proc/loadavg)" >>"$log"
}

echo "java: $(java -version 2>&1 | head -1); node: $(node --version); $(nproc) CPUs"
echo "load before: $(uptime)"
for ((i = 1; i <= rounds; i++)); do
  measure peer "$peer" npx cdk synth --quiet
  measure slipway "$root" ./slipway plan "$stack"
done
echo "load after:  $(uptime)"

# Per run: wall s, CPU s (user+sys), peak RSS MiB; medians over the rounds after the first.
awk -v rounds="$rounds" '
  function median(list, n,    sorted, i, j, t) {
    for (i = 1; i <= n; i++) sorted[i] = list[i]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
    return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
  }
  $1 == "peer" || $1 == "slipway" {
    seen[$1]++
    printf "%-8s run %d: %6.2f s wall %6.2f s CPU %5.0f MiB  (load %s)%s\n", $1, seen[$1], $2, $3 + $4, $5 / 1024, $6, seen[$1] == 1 ? " (warm-up, not counted)" : ""
    if (seen[$1] == 1 && rounds > 1) next
    k = ++n[$1]; wall[$1, k] = $2; cpu[$1, k] = $3 + $4; rss[$1, k] = $5 / 1024
  }
  END {
    for (who in n) {
      for (k = 1; k <= n[who]; k++) { w[k] = wall[who, k]; c[k] = cpu[who, k]; r[k] = rss[who, k] }
      mw[who] = median(w, n[who]); mc[who] = median(c, n[who]); mr[who] = median(r, n[who])
      min = w[1]; for (k = 2; k <= n[who]; k++) if (w[k] < min) min = w[k]
      printf "%-8s median %6.2f s wall (min %.2f) %6.2f s CPU %5.0f MiB peak\n", who, mw[who], min, mc[who], mr[who]
    }
    printf "ratio slipway/peer: %.2f wall, %.2f CPU, %.2f peak memory\n", mw["slipway"] / mw["peer"], mc["slipway"] / mc["peer"], mr["slipway"] / mr["peer"]
  }' "$log"
