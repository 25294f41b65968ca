# Shared by the end-to-end test scripts (sourced): a scratch folder that goes when the script ends,
# and the checks they make of the regiotwin binary.
set -uo pipefail
: "${REGIOTWIN:?path of the regiotwin binary}" "${SOURCE_DIR:?repository root}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

fail() { echo "FAIL: $*" >&2; exit 1; }
# expect_exit CODE CMD...: runs CMD, keeps stdout/stderr in out.txt/err.txt, checks the exit code.
expect_exit() {
  local want=$1; shift
  "$@" >out.txt 2>err.txt
  local got=$?
  [ "$got" -eq "$want" ] || { cat out.txt err.txt >&2; fail "exit $got, expected $want: $*"; }
}
expect_in() { grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "'$2' not in $1"; }; }
one_line_error() { [ "$(wc -l <err.txt)" -eq 1 ] || { cat err.txt >&2; fail "error is not one line"; }; }
