#!/usr/bin/env bash
# Opens reports in headless Chromium and fails on any JavaScript error or a chart that did not draw
# or drew nothing: the page counts its charts, those drawn and the errors on <body> (report_html.cpp).
# Cases: a baseline in Dutch (and printed to PDF), and a regioplan with its business case in English.
source "$(dirname "${BASH_SOURCE[0]}")/../cli/test_lib.sh"
chromium=$(command -v chromium || command -v chromium-browser) || fail "chromium is not installed (scripts/install-deps)"

check_report() {
  local report=$1 want_lang=$2
  # --virtual-time-budget lets the page's scripts run to the end before the DOM is dumped.
  timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --virtual-time-budget=60000 --dump-dom "file://$report" >dom.html 2>chromium.log ||
    { cat chromium.log >&2; fail "chromium could not open $report"; }
  local body
  body=$(grep -o '<body [^>]*>' dom.html | head -1)
  echo "$report: $body"
  [[ $body == *'data-done="yes"'* ]] || fail "the charts did not finish: $body"
  [[ $body == *'data-chart-errors="0"'* ]] || fail "JavaScript errors: $body"
  local charts drawn
  charts=$(sed -E 's/.*data-charts="([0-9]+)".*/\1/' <<<"$body")
  drawn=$(sed -E 's/.*data-charts-drawn="([0-9]+)".*/\1/' <<<"$body")
  [ "$charts" -gt 5 ] || fail "only $charts charts in $report"
  [ "$charts" -eq "$drawn" ] || fail "$drawn of $charts charts drawn in $report"
  grep -q "<html lang=\"$want_lang\">" dom.html || fail "$report is not in language $want_lang"
  # Each chart holds an SVG after drawing.
  [ "$(grep -o '<svg' dom.html | wc -l)" -ge "$charts" ] || fail "fewer SVGs than charts in $report"
}

"$REGIOTWIN" run --region regio-zwolle --sample 0.02 --to 2030-12 --out baseline --store store.sqlite -q >/dev/null ||
  fail "baseline run"
check_report "$work/baseline/report.html" nl
# The same report from the store, printed to PDF for a council letter.
"$REGIOTWIN" report 1 --store store.sqlite --pdf --out baseline.pdf >/dev/null || fail "report --pdf"
[ "$(head -c 5 baseline.pdf)" = "%PDF-" ] || fail "baseline.pdf is not a PDF"
[ "$(grep -c '/Type */Page\b' baseline.pdf)" -gt 3 ] || fail "baseline.pdf has too few pages"
ls -a | grep -q '\.tmp-' && fail "temporary files left behind"

"$REGIOTWIN" run --scenario "$SOURCE_DIR/examples/welzijn-op-recept-zwolle.yaml" --sample 0.02 --replications 2 \
  --lang en --out plan --store store.sqlite -q >/dev/null || fail "plan run"
grep -q 'id="plan_net"' plan/report.html || fail "the plan's report has no business case"
check_report "$work/plan/report.html" en
echo "ok"
