#!/bin/sh
# Server side of `npm run deploy` and `npm run rollback` (src/lib/deploy/deploy.ts runs it with `sh`
# on this machine, or on the server as `ssh host sh -s -- <command> …` with this file on stdin).
# POSIX sh and coreutils only. Layout of a deploy target <base>:
#   releases/<id>/         one finished build each (id = build time + commit), with
#     .assets              its own content-hashed files (_astro/, Pagefind's index), one path a line
#   releases/.incoming-*   a copy in progress; never served, removed by the next deploy
#   current -> releases/<id>   what nginx serves; replaced by rename(2), so always whole
#   .deploy.lock/          held while a deploy or rollback runs
#
#   release.sh lock <base> <owner>        take the lock, or fail naming who holds it
#   release.sh unlock <base>
#   release.sh activate <base> <id> <keep>  (under the lock) make releases/<id> live
#   release.sh rollback <base> <keep>       (under the lock) make the newest release older than the live one live
set -eu

die() { echo "release.sh: $*" >&2; exit 1; }
ID_PATTERN='^[0-9]{8}T[0-9]{6}Z-[0-9a-z]+$'

releases() { ls -1 "$1/releases" 2>/dev/null | grep -E "$ID_PATTERN" | LC_ALL=C sort || true; }
live_id() { if [ -L "$1/current" ]; then basename "$(readlink "$1/current")"; fi; }

# Every release keeps the hashed files of every kept release, so a page loaded from one release
# finds its assets after a switch to another (no asset skew). Files are hard-linked, never rewritten.
carry_assets() {
  base=$1 into=$2
  for other in $(releases "$base"); do
    [ "$other" = "$into" ] && continue
    [ -f "$base/releases/$other/.assets" ] || continue
    while IFS= read -r path; do
      case $path in ''|/*|*..*) continue ;; esac
      [ -e "$base/releases/$into/$path" ] && continue
      [ -f "$base/releases/$other/$path" ] || continue
      mkdir -p "$(dirname "$base/releases/$into/$path")"
      # A hard link, or (across file systems) a copy renamed into place: never a half-written file.
      ln "$base/releases/$other/$path" "$base/releases/$into/$path" 2>/dev/null || {
        cp -p "$base/releases/$other/$path" "$base/releases/$into/$path.tmp-$$" &&
          mv -f "$base/releases/$into/$path.tmp-$$" "$base/releases/$into/$path"
      }
    done < "$base/releases/$other/.assets"
  done
}

switch_to() {
  base=$1 id=$2
  [ ! -e "$base/current" ] || [ -L "$base/current" ] || die "$base/current exists and is not a symlink: move it away first"
  tmp="$base/.current-$$"
  rm -f "$tmp"
  ln -s "releases/$id" "$tmp"
  mv -T "$tmp" "$base/current"   # rename(2): nginx sees the old release or the new one, never neither
}

prune() {
  base=$1 keep=$2 live=$(live_id "$1")
  releases "$base" | LC_ALL=C sort -r | tail -n +"$((keep + 1))" | while IFS= read -r old; do
    [ "$old" = "$live" ] || rm -rf "$base/releases/$old"
  done
}

command=${1:-}
[ $# -ge 2 ] || die "usage: release.sh lock|unlock|activate|rollback <base> …"
base=$2
case $command in
  lock)
    mkdir -p "$base/releases"
    if ! mkdir "$base/.deploy.lock" 2>/dev/null; then
      die "another deploy or rollback holds $base/.deploy.lock ($(cat "$base/.deploy.lock/owner" 2>/dev/null || echo 'owner unknown')). If none is running, remove that folder."
    fi
    echo "${3:-unknown}" > "$base/.deploy.lock/owner"
    # Copies left by an interrupted deploy: never live, safe to delete now that we hold the lock.
    rm -rf "$base/releases/.incoming-"*
    ;;
  unlock)
    rm -rf "$base/.deploy.lock"
    ;;
  activate)
    id=${3:-} keep=${4:-5}
    echo "$id" | grep -qE "$ID_PATTERN" || die "bad release id: $id"
    [ -d "$base/.deploy.lock" ] || die "activate needs the lock"
    if [ -d "$base/releases/$id" ]; then
      rm -rf "$base/releases/.incoming-$id"   # deployed before: the copy already there is whole
    else
      incoming="$base/releases/.incoming-$id"
      [ -d "$incoming" ] || die "no copy of $id to activate"
      (cd "$incoming" && find _astro pagefind -type f \( -path '_astro/*' -o -path 'pagefind/fragment/*' \
        -o -path 'pagefind/index/*' -o -name '*.pf_meta' \) 2>/dev/null | LC_ALL=C sort) > "$incoming/.assets"
      mv -T "$incoming" "$base/releases/$id"   # complete copies only ever appear under releases/<id>
    fi
    carry_assets "$base" "$id"
    switch_to "$base" "$id"
    prune "$base" "$keep"
    echo "live: $id"
    ;;
  rollback)
    keep=${3:-5}
    [ -d "$base/.deploy.lock" ] || die "rollback needs the lock"
    live=$(live_id "$base")
    [ -n "$live" ] || die "nothing is live in $base"
    previous=$(releases "$base" | awk -v live="$live" '$0 < live' | tail -n 1)
    [ -n "$previous" ] || die "no release before $live to roll back to"
    carry_assets "$base" "$previous"
    switch_to "$base" "$previous"
    echo "live: $previous"
    ;;
  *) die "unknown command: $command" ;;
esac
