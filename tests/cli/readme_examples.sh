#!/usr/bin/env bash
# Runs every `regiotwin ...` line of the README's ```sh blocks, as a user would, and fails on the
# first that exits non-zero.
set -euo pipefail
: "${REGIOTWIN:?path of the regiotwin binary}" "${SOURCE_DIR:?repository root}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
bindir=$(mktemp -d)
ln -s "$REGIOTWIN" "$bindir/regiotwin"
export PATH="$bindir:$PATH"
cp -r "$SOURCE_DIR/examples" examples

n=0
while IFS= read -r line; do
  echo "+ $line"
  bash -c "$line" >/dev/null
  n=$((n + 1))
done < <(awk '/^```sh/{on=1; next} /^```/{on=0} on && /^regiotwin /' "$SOURCE_DIR/README.md")
[ "$n" -gt 0 ] || { echo "no regiotwin examples found in README.md" >&2; exit 1; }
rm -rf "$bindir"
echo "ok: $n README examples ran"
