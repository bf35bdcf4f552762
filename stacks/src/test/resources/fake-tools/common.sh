# Shared by the fake tools: records every call and injects failures. Sourced, never run.
# FAKE_STATE (a directory) holds: calls.log (one line per call: tool and argv, tab-separated),
# counter (the number of the last call), fail-at (fail the call with this number once),
# hang-on (a call whose line contains this text sleeps until it is killed), api-down (the
# cluster APIs do not answer).
set -u
: "${FAKE_STATE:?FAKE_STATE must name the fake tools state directory}"
fake_tool=$(basename "$0")
fake_line=$(printf '%s' "$fake_tool"; for a in "$@"; do printf '\t%s' "$a"; done)
printf '%s\n' "$fake_line" >> "$FAKE_STATE/calls.log"
fake_call=$(( $(cat "$FAKE_STATE/counter" 2>/dev/null || echo 0) + 1 ))
echo "$fake_call" > "$FAKE_STATE/counter"
if [ -f "$FAKE_STATE/hang-on" ] && [[ "$fake_line" == *"$(cat "$FAKE_STATE/hang-on")"* ]]; then
  sleep 600
  exit 1
fi
# fake_fail MESSAGE CODE: fails this call if it is the one fail-at names.
fake_injected_failure() {
  if [ -f "$FAKE_STATE/fail-at" ] && [ "$(cat "$FAKE_STATE/fail-at")" = "$fake_call" ]; then
    rm -f "$FAKE_STATE/fail-at"
    echo "$1" >&2
    exit "$2"
  fi
}
