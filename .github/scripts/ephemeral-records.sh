#!/usr/bin/env bash
# Keeps the environment files of CI-made ephemeral environments (environments/Pulumi.pr-*.yaml and
# the standbys' Pulumi.<parent>-sbK.yaml) on the branch "ephemeral-environments", because a runner's
# checkout is thrown away after the job: the teardown, the nightly reaper and an extend need the file
# `slipway dev up` or `dev standby` wrote.
#   restore     copy every recorded file into environments/ and remember what this job started from
#   save NAME   record this job's change to environments/Pulumi.NAME.yaml since restore (after dev up, dev extend)
#   sync        record every change this job made to ephemeral environment files since restore (after down, reap)
#
# Jobs overlap (one concurrency group per pull request, another for the reaper), so save and sync
# never rewrite the branch from this job's copy of the files: they apply only this job's own changes
# (files it wrote or changed, files it removed) on top of the branch's current head. A file that
# another job changed on the branch after this job's restore is never overwritten or deleted: it is
# kept, reported, and the exit code is 1. A push rejected because another job pushed first is retried
# on the new head, at most $SLIPWAY_RECORDS_ATTEMPTS times (default 5); then the script fails.
# Exit codes: 0 recorded (or nothing to record), 1 a conflict or the push failed, 2 a usage mistake.
set -euo pipefail
branch=ephemeral-environments
attempts=${SLIPWAY_RECORDS_ATTEMPTS:-5}
state=$(git rev-parse --git-path slipway-records)  # per checkout, outside the work tree
restored_ref=refs/slipway/records-restored         # the branch's commit at restore: the base of every change
head_ref=refs/slipway/records-head

die() { echo "ephemeral-records: $1" >&2; exit "${2:-1}"; }

# The branch's commit on origin, fetched; empty while the branch does not exist yet.
fetch_head() {
  local sha
  sha=$(git ls-remote --heads origin "refs/heads/$branch" | cut -f1)
  if [ -n "$sha" ]; then
    git fetch -q --no-tags origin "+refs/heads/$branch:$head_ref"
    git rev-parse "$head_ref"
  fi
}

# The blob id of environments/FILE in COMMIT, or "-" when absent (or no commit).
blob_at() {
  if [ -n "$1" ]; then git rev-parse -q --verify "$1:environments/$2" 2>/dev/null || echo -; else echo -; fi
}

is_ephemeral() { grep -q '^    ephemeral:' "$1"; }

restore() {
  local head file count=0
  head=$(fetch_head)
  mkdir -p environments "$state"
  if [ -n "$head" ]; then
    git update-ref "$restored_ref" "$head"
    for file in $(git ls-tree --name-only "$head" environments/ | grep -E '^environments/Pulumi\.[^/]+\.yaml$'); do
      git show "$head:$file" > "$file"
      count=$((count + 1))
    done
  else
    git update-ref -d "$restored_ref" 2>/dev/null || true
  fi
  : > "$state/pushed"  # what this job itself recorded since, file by file: the base of its next change
  # What this job starts from: every environment file after the restore, by content.
  : > "$state/started-from"
  for file in environments/Pulumi.*.yaml; do
    [ -e "$file" ] && printf '%s\t%s\n' "$(git hash-object "$file")" "${file#environments/}" >> "$state/started-from"
  done
  echo "ephemeral-records: restored $count file(s) from ${head:-no $branch branch yet}"
}

# Prints "FILE<TAB>BLOB-or-minus" for each ephemeral environment file this job changed since restore.
changes() {
  local only=$1 file name before now
  [ -f "$state/started-from" ] || die "no restore in this checkout: run '$0 restore' before the job changes environments/" 2
  for name in $( { cut -f2 "$state/started-from"
                   for file in environments/Pulumi.*.yaml; do [ ! -e "$file" ] || echo "${file#environments/}"; done
                 } | sort -u); do
    [ -z "$only" ] || [ "$name" = "Pulumi.$only.yaml" ] || continue
    file=environments/$name
    before=$(awk -F'\t' -v n="$name" '$2 == n { print $1 }' "$state/started-from")
    if [ -e "$file" ]; then
      is_ephemeral "$file" || continue  # a long-lived environment is never recorded here
      now=$(git hash-object -w "$file")
      [ "$now" != "$before" ] || continue
      printf '%s\t%s\n' "$name" "$now"
    elif [ -n "$before" ]; then
      printf '%s\t-\n' "$name"
    fi
  done
}

# Applies CHANGES (from `changes`) on top of the branch's head and pushes; retried when another job pushed first.
publish() {
  local own=$1 restored head attempt name label want at_restore now applied conflicts index tree commit out parent summary pushed
  restored=$(git rev-parse -q --verify "$restored_ref" || true)
  for attempt in $(seq 1 "$attempts"); do
    head=$(fetch_head)
    index=$state/index
    rm -f "$index"
    if [ -n "$head" ]; then GIT_INDEX_FILE=$index git read-tree "$head"; else GIT_INDEX_FILE=$index git read-tree --empty; fi
    applied=() conflicts=() pushed=()
    while IFS=$'\t' read -r name want; do
      [ -n "$name" ] || continue
      # The file's base: what this job last recorded of it, else what the branch held at restore.
      at_restore=$(awk -F'\t' -v n="$name" '$2 == n { base = $1 } END { print base }' "$state/pushed")
      [ -n "$at_restore" ] || at_restore=$(blob_at "$restored" "$name")
      now=$(blob_at "$head" "$name")
      label=${name#Pulumi.}
      label=${label%.yaml}
      if [ "$now" = "$want" ]; then continue; fi
      if [ "$now" != "$at_restore" ]; then
        conflicts+=("environments/$name")
        continue
      fi
      if [ "$want" = - ]; then
        GIT_INDEX_FILE=$index git update-index --force-remove "environments/$name"
        applied+=("$label removed")
      else
        GIT_INDEX_FILE=$index git update-index --add --cacheinfo "100644,$want,environments/$name"
        applied+=("$label written")
      fi
      pushed+=("$want"$'\t'"$name")
    done <<< "$own"
    if [ ${#applied[@]} -gt 0 ]; then
      summary=$(printf '%s, ' "${applied[@]}")
      summary=${summary%, }
      tree=$(GIT_INDEX_FILE=$index git write-tree)
      parent=()
      [ -z "$head" ] || parent=(-p "$head")
      commit=$(git -c user.name="$(git config user.name || echo slipway-ci)" \
        -c user.email="$(git config user.email || echo slipway-ci@users.noreply.github.com)" \
        commit-tree "$tree" "${parent[@]}" -m "Ephemeral environments: $summary" \
        -m "By ${GITHUB_WORKFLOW:-ephemeral-records.sh}${GITHUB_RUN_ID:+ run $GITHUB_RUN_ID}.")
      rm -f "$index"
      if ! out=$(git push --porcelain origin "$commit:refs/heads/$branch" 2>&1); then
        if grep -qE '\[rejected\]|cannot lock ref|failed to (update|lock) ref|incorrect old value' <<< "$out"; then
          echo "ephemeral-records: another job pushed first (attempt $attempt of $attempts); applying again on the new head" >&2
          sleep "$((RANDOM % attempt)).$((RANDOM % 10))"
          continue
        fi
        die "push to $branch failed: $out"
      fi
      echo "ephemeral-records: recorded on $branch: $summary"
      # This job's own records are the base of its next save: neither a change again nor another job's.
      printf '%s\n' "${pushed[@]}" >> "$state/pushed"
      for name in "${pushed[@]}"; do
        awk -F'\t' -v n="${name#*$'\t'}" '$2 != n' "$state/started-from" > "$state/started-from.new"
        [ "${name%%$'\t'*}" = - ] || printf '%s\n' "$name" >> "$state/started-from.new"
        mv "$state/started-from.new" "$state/started-from"
      done
    else
      rm -f "$index"
      echo "ephemeral-records: nothing to record on $branch"
    fi
    if [ ${#conflicts[@]} -gt 0 ]; then
      die "$(printf '%s ' "${conflicts[@]}")changed on $branch after this job's restore (another job saved it); kept that \
version, did not apply this job's change to it. Check the stack, then restore and repeat the step."
    fi
    return 0
  done
  die "could not record on $branch: another job pushed first $attempts times; nothing of this job's change is recorded. \
Re-run this step."
}

case "${1:-}" in
  restore) restore ;;
  save)
    [ -n "${2:-}" ] || die "usage: $0 save NAME" 2
    own=$(changes "$2")
    publish "$own" ;;
  sync)
    own=$(changes "")
    publish "$own" ;;
  *) die "usage: $0 restore | save NAME | sync" 2 ;;
esac
