#!/usr/bin/env bash
# Prints the environments a change touches, one per line: every environment when code changed
# (anything under components/, addons/, stacks/, or the build files), else those whose
# environments/Pulumi.<env>.yaml changed (and still exists). Usage: changed-environments.sh BASE_SHA HEAD_SHA
set -euo pipefail
base="$1"
head="$2"
changed="$(git diff --name-only "$base" "$head")"
if grep -qE '^(components|addons|stacks)/|^pom\.xml$|^Pulumi\.yaml$' <<<"$changed"; then
  ls environments | sed -n 's/^Pulumi\.\(.*\)\.yaml$/\1/p'
  exit 0
fi
sed -n 's#^environments/Pulumi\.\(.*\)\.yaml$#\1#p' <<<"$changed" | while read -r env; do
  [[ -f "environments/Pulumi.$env.yaml" ]] && echo "$env"
done
true
