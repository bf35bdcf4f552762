#!/usr/bin/env bash
# Keeps the environment files of CI-made ephemeral environments (environments/Pulumi.pr-*.yaml)
# on the branch "ephemeral-environments", because a runner's checkout is thrown away after the
# job: the teardown and the nightly reaper need the file `slipway dev up` wrote.
#   restore       copy every recorded file into environments/
#   save NAME     record environments/Pulumi.NAME.yaml (after dev up)
#   sync          make the branch hold exactly the ephemeral files now in environments/ (after down/reap)
set -euo pipefail
branch=ephemeral-environments
records=$(mktemp -d)

checkout_records() {
  if git ls-remote --exit-code --heads origin "$branch" >/dev/null; then
    git fetch -q origin "$branch"
    git worktree add -q "$records/tree" "origin/$branch"
    git -C "$records/tree" checkout -q -B "$branch"
  else
    git worktree add -q --detach "$records/tree"
    git -C "$records/tree" checkout -q --orphan "$branch"
    git -C "$records/tree" rm -rq --cached . && find "$records/tree" -mindepth 1 -maxdepth 1 ! -name .git -exec rm -rf {} +
  fi
  mkdir -p "$records/tree/environments"
}

publish() {
  cd "$records/tree"
  git add -A environments
  if git diff --cached --quiet; then return 0; fi
  git -c user.name="slipway-ci" -c user.email="slipway-ci@users.noreply.github.com" commit -qm "$1"
  git push -q origin "$branch"
}

checkout_records
case "${1:-}" in
  restore)
    cp "$records/tree/environments/"Pulumi.*.yaml environments/ 2>/dev/null || true ;;
  save)
    cp "environments/Pulumi.$2.yaml" "$records/tree/environments/"
    publish "Record ephemeral environment $2" ;;
  sync)
    rm -f "$records/tree/environments/"Pulumi.*.yaml
    for file in environments/Pulumi.*.yaml; do
      grep -q '^    ephemeral:' "$file" && cp "$file" "$records/tree/environments/"
    done
    publish "Ephemeral environments after ${GITHUB_WORKFLOW:-a run}" ;;
  *) echo "usage: $0 restore | save NAME | sync" >&2; exit 2 ;;
esac
