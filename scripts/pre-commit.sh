#!/usr/bin/env bash
# The pre-commit framework's `keyward` hook (.pre-commit-hooks.yaml): scans the files pre-commit
# passes (the staged versions: pre-commit stashes unstaged changes first) with the keyward
# release of the pinned rev, through npx. Exit 1 on findings blocks the commit.
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
version="${KEYWARD_VERSION:-$(node -p "require(process.argv[1]).version" "$here/packages/keyward/package.json")}" || exit 2
[ "$#" -eq 0 ] && exit 0
exec npx --yes --prefer-offline --package="keyward@${version}" -- keyward scan -- "$@"
