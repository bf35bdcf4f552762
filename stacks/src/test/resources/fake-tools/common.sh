# Shared by the fake tools: records every call and injects failures. Sourced, never run; bash
# builtins only where it is cheap to avoid a process per step.
# FAKE_STATE (a directory) holds: calls.log (one line per call: tool and argv, tab-separated),
# counter (the number of the last call), fail-at (fail the call with this number, once),
# hang-on (a call whose line contains this text sleeps until it is killed), api-down (the
# cluster APIs do not answer).
set -u
: "${FAKE_STATE:?FAKE_STATE must name the fake tools state directory}"
fake_tool=${0##*/}
fake_line=$fake_tool
for fake_arg in "$@"; do fake_line+=$'\t'"$fake_arg"; done
printf '%s\n' "$fake_line" >> "$FAKE_STATE/calls.log"
fake_call=0
[ -f "$FAKE_STATE/counter" ] && read -r fake_call < "$FAKE_STATE/counter"
fake_call=$((fake_call + 1))
echo "$fake_call" > "$FAKE_STATE/counter"
if [ -f "$FAKE_STATE/hang-on" ]; then
  IFS= read -r fake_pattern < "$FAKE_STATE/hang-on"
  if [[ "$fake_line" == *"$fake_pattern"* ]]; then
    sleep 600
    exit 1
  fi
fi
# fake_injected_failure MESSAGE CODE: fails this call if it is the one fail-at names.
fake_injected_failure() {
  if [ -f "$FAKE_STATE/fail-at" ]; then
    local at; read -r at < "$FAKE_STATE/fail-at"
    if [ "$at" = "$fake_call" ]; then
      rm -f "$FAKE_STATE/fail-at"
      echo "$1" >&2
      exit "$2"
    fi
  fi
}
