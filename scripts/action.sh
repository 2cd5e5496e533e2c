#!/usr/bin/env bash
# The GitHub Action's step (action.yml): runs keyward from npm, writes SARIF, and records the
# outcome in $GITHUB_OUTPUT. It always exits 0 so the SARIF upload runs; a later step fails the
# job from the recorded exit code. Inputs arrive as environment variables only.
set -uo pipefail

command="${KEYWARD_COMMAND:-scan}"
case "$command" in
  scan | history) ;;
  *)
    echo "::error title=keyward::command must be scan or history (got \"${command//[^a-zA-Z0-9_-]/?}\")"
    echo "exit-code=2" >>"${GITHUB_OUTPUT:-/dev/null}"
    exit 0
    ;;
esac

# Word-split the args input without glob expansion (read -a does none).
read -r -a extra <<<"${KEYWARD_ARGS:-}"
sarif="${KEYWARD_SARIF:-keyward.sarif}"
version="${KEYWARD_VERSION:-}"
if [ -z "$version" ]; then
  # The release of this action runs the same release of keyward.
  version="$(node -p "require(process.argv[1]).version" "${KEYWARD_ACTION_PATH:-.}/packages/keyward/package.json" 2>/dev/null || echo 0)"
fi

if [ "$command" = history ] && [ "$(git rev-parse --is-shallow-repository 2>/dev/null)" = true ]; then
  echo "::warning title=keyward::this is a shallow clone, so history sees only its last commits; use actions/checkout with fetch-depth: 0"
fi

# --verbose lists each finding (masked) in the log as well as in the SARIF file. The args come
# last: they may end with "-- <paths>".
npx --yes --prefer-offline --package="keyward@${version}" -- keyward "$command" --format sarif --output "$sarif" --verbose "${extra[@]}"
status=$?

findings=0
if [ -f "$sarif" ]; then
  findings="$(node -e 'const l = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); process.stdout.write(String(l.runs.reduce((n, r) => n + (r.results || []).length, 0)))' "$sarif" 2>/dev/null || echo 0)"
  {
    echo "sarif-file=$sarif"
    echo "sarif-path=$(cd "$(dirname "$sarif")" && pwd)/$(basename "$sarif")"
  } >>"${GITHUB_OUTPUT:-/dev/null}"
fi
{
  echo "findings=$findings"
  echo "exit-code=$status"
} >>"${GITHUB_OUTPUT:-/dev/null}"

if [ "$status" = 1 ]; then
  echo "::error title=keyward::$findings secret(s) found; see the log above or the code scanning alerts. Rotate each one: a pushed secret is a leaked secret."
elif [ "$status" != 0 ]; then
  echo "::error title=keyward::keyward could not complete the $command (exit $status); see the log above."
fi
exit 0
