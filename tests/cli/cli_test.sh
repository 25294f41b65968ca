#!/usr/bin/env bash
# One end-to-end case of the regiotwin command line; see CMakeLists.txt for the list.
source "$(dirname "${BASH_SOURCE[0]}")/test_lib.sh"

case "$1" in
  help)
    expect_exit 0 "$REGIOTWIN" --help
    expect_in out.txt "Examples:"
    expect_in out.txt "regiotwin run --region haaglanden --out x"
    expect_in out.txt "Exit codes:"
    expect_exit 0 "$REGIOTWIN" run --help
    expect_in out.txt "--threads"
    expect_exit 2 "$REGIOTWIN"
    ;;
  version)
    expect_exit 0 "$REGIOTWIN" --version
    grep -Eq '^regiotwin [0-9]+\.[0-9]+\.[0-9]+ \(' out.txt || fail "version line: $(cat out.txt)"
    ;;
  regions)
    expect_exit 0 "$REGIOTWIN" regions
    expect_in out.txt "regio-zwolle  Regio Zwolle, zorgkantoorregio ZK32: 12 municipalities, 475751 residents"
    expect_in out.txt "haaglanden  Haaglanden, zorgkantoorregio ZK10, insurer CZ: 5 municipalities, 859119 residents"
    expect_in out.txt "GM0193  Zwolle"
    ;;
  params_csv)
    expect_exit 0 "$REGIOTWIN" params --format csv
    expect_in out.txt "name,group,type,unit,min,max,default,description,source"
    expect_in out.txt "gp_per_10000,care,real"
    expect_exit 2 "$REGIOTWIN" params --format pdf
    ;;
  unknown_region)
    expect_exit 4 "$REGIOTWIN" run --region nowhere --out o
    expect_in err.txt "regiotwin: error: unknown region 'nowhere'; available: haaglanden, nl-synthetic, regio-zwolle"
    one_line_error
    [ ! -e o ] || fail "output written for a failed run"
    ;;
  bad_month)
    expect_exit 4 "$REGIOTWIN" run --from 2024-13 --out o
    expect_in err.txt "--from: expected a month as YYYY-MM"
    one_line_error
    expect_exit 4 "$REGIOTWIN" run --from 2030-01 --to 2025-12 --out o
    expect_in err.txt "the run ends (2025-12) before it starts (2030-01)"
    ;;
  bad_pack)
    cp -r "$SOURCE_DIR/data/regions/haaglanden" mine
    sed -i 's/^GM0603,Rijswijk,59640/GM0603,Rijswijk,59 640/' mine/municipalities.csv
    expect_exit 3 "$REGIOTWIN" run --region ./mine --out o
    expect_in err.txt "mine/municipalities.csv:4: field 'population': expected a whole number without separators, got '59 640'"
    one_line_error
    [ ! -e o ] || fail "output written for a failed run"
    ;;
  own_pack)
    # A user copies an embedded pack, edits it and runs it by path.
    cp -r "$SOURCE_DIR/data/regions/haaglanden" mine
    sed -i 's/^GM0629,Wassenaar,27108/GM0629,Wassenaar,27000/; s/^GM0629,85-89,women,227/GM0629,85-89,women,119/' mine/municipalities.csv mine/age_bands.csv
    grep -q '^GM0629,85-89,women,119' mine/age_bands.csv || fail "test setup: age band not edited"
    expect_exit 0 "$REGIOTWIN" run --region ./mine --to 2024-06 --out o --quiet
    expect_in o/run.json '"population": 859011'
    ;;
  threads_identical)
    expect_exit 0 "$REGIOTWIN" run --region regio-zwolle --to 2026-12 --seed 11 --threads 1 --out t1 --quiet
    expect_exit 0 "$REGIOTWIN" run --region regio-zwolle --to 2026-12 --seed 11 --threads 2 --out t2 --quiet
    cmp t1/indicators.csv t2/indicators.csv || fail "indicators.csv differs between 1 and 2 threads"
    cmp t1/costs.csv t2/costs.csv || fail "costs.csv differs between 1 and 2 threads"
    expect_exit 0 "$REGIOTWIN" run --region regio-zwolle --to 2026-12 --seed 12 --threads 2 --out t3 --quiet
    ! cmp -s t1/indicators.csv t3/indicators.csv || fail "another seed gave the same results"
    ;;
  haaglanden_run)
    expect_exit 0 "$REGIOTWIN" run --region haaglanden --out x
    [ "$(tail -n 1 out.txt)" = "$work/x/report.html" ] || fail "last line is not the report path: $(tail -n 1 out.txt)"
    for f in indicators.csv places.csv workforce.csv flows.csv costs.csv run.json report.html; do [ -s "x/$f" ] || fail "x/$f missing"; done
    # 144 months x 5 municipalities x every indicator of the dictionary + header
    n=$("$REGIOTWIN" indicators | sed '/^## Places/q' | grep -c '^| `')
    [ "$(wc -l <x/indicators.csv)" -eq $((144 * 5 * n + 1)) ] || fail "indicators.csv has $(wc -l <x/indicators.csv) lines"
    # 144 months x 5 municipalities x 11 places x 12 measures, and x 8 professions x 7 measures
    [ "$(wc -l <x/places.csv)" -eq $((144 * 5 * 11 * 12 + 1)) ] || fail "places.csv has $(wc -l <x/places.csv) lines"
    [ "$(wc -l <x/workforce.csv)" -eq $((144 * 5 * 8 * 7 + 1)) ] || fail "workforce.csv has $(wc -l <x/workforce.csv) lines"
    expect_in x/flows.csv "2035,GM0518,social,gp,welzijn,"
    expect_in x/costs.csv "2035-12,GM0518,eigen_bijdrage,wlz_provider,"
    expect_in x/run.json '"id": "haaglanden"'
    expect_in x/report.html "Regiobeeld Haaglanden"
    ls -a | grep -q '\.tmp-' && fail "staging folder left behind"
    true
    ;;
  scenario_run)
    printf 'name: meer huisartsen\nregion: haaglanden\nto: 2025-12\nparameters:\n  gp_per_10000: 7.5\n' > plan.yaml
    expect_exit 0 "$REGIOTWIN" run --scenario plan.yaml --seed 4 --out s --quiet
    expect_in s/run.json '"region": "scenario"'
    expect_in s/run.json '"seed": "command line"'
    expect_in s/run.json '"gp_per_10000"'
    n=$("$REGIOTWIN" indicators | sed '/^## Places/q' | grep -c '^| `')
    [ "$(wc -l <s/indicators.csv)" -eq $((24 * 5 * n + 1)) ] || fail "horizon from the scenario not used"
    printf 'region: haaglanden\nparameters:\n  gp_per_10000: 75\n' > bad.yaml
    expect_exit 4 "$REGIOTWIN" run --scenario bad.yaml --out b
    expect_in err.txt "bad.yaml:3:17: field 'gp_per_10000': expected gp_per_10000 in [0, 50]"
    ;;
  refuses_foreign_out)
    mkdir keep && echo mine > keep/notes.txt
    expect_exit 6 "$REGIOTWIN" run --to 2024-03 --out keep
    expect_in err.txt "is not an earlier regiotwin output"
    [ "$(cat keep/notes.txt)" = mine ] || fail "user file changed"
    ;;
  interrupted_run_leaves_nothing)
    # SIGTERM: a background job of a non-interactive shell ignores SIGINT. The run takes seconds,
    # so a signal at 0.5 s lands during the months.
    "$REGIOTWIN" run --region haaglanden --to 2045-12 --threads 1 --out i --quiet >out.txt 2>err.txt &
    pid=$!
    sleep 0.5
    kill -TERM $pid
    wait $pid
    code=$?
    [ "$code" -eq 130 ] || fail "exit $code after SIGTERM, expected 130"
    expect_in err.txt "interrupted; no results were written"
    [ ! -e i ] || fail "output folder exists after an interrupted run"
    ls -a | grep -q '\.tmp-' && fail "staging folder left behind"
    true
    ;;
  import_cbs)
    # CBS StatLine exports in, a region pack out that `run` accepts (docs/statline-import.md).
    fx="$SOURCE_DIR/tests/fixtures/statline"
    import=("$REGIOTWIN" import cbs "$fx/03759ned_TypedDataSet_5jaar.csv" "$fx/85984NED_UntypedDataSet_kwb2024.csv")
    expect_exit 0 "${import[@]}" --municipalities GM0193,GM0166,GM0148 --out drie --name "Drie gemeenten"
    expect_in out.txt "Drie gemeenten: 3 municipalities, 214414 residents on 1 January 2024"
    [ "$(tail -n 1 out.txt)" = "$work/drie" ] || fail "last line is not the pack's path: $(tail -n 1 out.txt)"
    for f in region.yaml municipalities.csv age_bands.csv households.csv; do [ -s "drie/$f" ] || fail "drie/$f missing"; done
    expect_exit 0 "$REGIOTWIN" run --region ./drie --to 2024-12 --quiet --out o
    expect_in o/run.json '"population": 214414'
    expect_in o/run.json 'drie/households.csv'
    expect_exit 6 "${import[@]}" --municipalities GM0193 --out drie
    expect_in err.txt "drie: exists and is not empty; choose another --out, or add --force to replace it"
    one_line_error
    expect_exit 4 "${import[@]}" --zorgkantoorregio ZK99 --out zk
    expect_in err.txt "unknown zorgkantoorregio 'ZK99'; regiotwin knows ZK10 Haaglanden"
    sed '1s/"Perioden"/"Periode"/' "$fx/03759ned_TypedDataSet_5jaar.csv" > broken.csv
    expect_exit 3 "$REGIOTWIN" import cbs broken.csv --municipalities GM0193 --out b
    expect_in err.txt "broken.csv:1: field 'Perioden': missing column"
    [ ! -e b ] && [ ! -e zk ] || fail "a failed import left a folder"
    ls -a | grep -q '\.tmp-' && fail "staging folder left behind"
    true
    ;;
  validate)
    # The published figures that hold for any region; the national ones are listed as skipped.
    expect_exit 0 "$REGIOTWIN" validate --region regio-zwolle --threads 2 --out v.csv
    expect_in out.txt "Regio Zwolle (regio-zwolle): 4 figures compared, 0 out of tolerance, 15 skipped"
    expect_in out.txt "Life expectancy at birth, women (cohort) (years)"
    expect_in out.txt "skipped: national figures"
    grep -Eq '^Residents at the start \(persons\) +475751 +475751 +\+0 +\+-0  ok$' out.txt || fail "start row: $(cat out.txt)"
    [ "$(wc -l <v.csv)" -eq $((1 + 19)) ] || fail "v.csv has $(wc -l <v.csv) lines"
    expect_in v.csv "total_fertility,"
    ls -a | grep -q '\.tmp-' && fail "temporary file left behind"
    # A figure out of tolerance: the table is printed, the exit code is the validation one.
    mkdir -p short && cp -r "$SOURCE_DIR/data/regions/regio-zwolle" short/pack
    printf 'parameters:\n  mortality_gompertz_b_women: 0.00002\n' > short/pack/parameters.yaml
    expect_exit 4 "$REGIOTWIN" validate --region ./short/pack --threads 2
    expect_in out.txt "FAIL"
    expect_in err.txt "regiotwin: error: 1 of the figures of regio-zwolle are out of tolerance"
    one_line_error
    true
    ;;
  validate_nl_synthetic)
    # The whole country: CBS's projection too (several minutes; ctest label `slow`).
    expect_exit 0 "$REGIOTWIN" validate --region nl-synthetic --threads 2
    expect_in out.txt "(nl-synthetic): 19 figures compared, 0 out of tolerance, 0 skipped"
    grep -Eq '^Residents in 2037 \(million\) +[0-9.]+ +19\.00 .* ok$' out.txt || fail "2037 row: $(cat out.txt)"
    ;;
  example_*)
    # An example regioplan as written, on a 2% sample with two replications: it runs against the
    # baseline and writes the comparison and the business case.
    name=${1#example_}
    expect_exit 0 "$REGIOTWIN" run --scenario "$SOURCE_DIR/examples/$name.yaml" --sample 0.02 --replications 2 --out e
    expect_in out.txt "Business case of $name (2 replications"
    expect_in e/run.json '"replications": 2'
    expect_in e/business_case.csv "section,year,subject,other,measure,unit,p5,p50,p95"
    expect_in e/business_case.csv "break_even,,all,,break_even_year,year,"
    expect_in e/comparison.csv "indicator/gp_demand"
    expect_in e/budget.csv "year,gm_code,law,spend_eur,budget_eur,overspend_eur,overspend_share"
    grep -q '^payer,[0-9]*,transformatiemiddelen,,intervention_cost,EUR,' e/business_case.csv || \
      grep -q '^payer,[0-9]*,all,,intervention_cost,EUR,' e/business_case.csv || fail "no intervention cost rows"
    ;;
  runs_errors)
    # A store that is not there: reading commands say so and create nothing.
    expect_exit 3 "$REGIOTWIN" runs show 99999 --store new.sqlite
    expect_in err.txt "regiotwin: error: new.sqlite: no results store here"
    one_line_error
    expect_exit 0 "$REGIOTWIN" runs list --store new.sqlite
    expect_in out.txt "no runs: there is no results store at new.sqlite"
    expect_exit 3 "$REGIOTWIN" export 1 --format csv --store new.sqlite
    one_line_error
    [ ! -e new.sqlite ] || fail "a reading command created a store"
    # An empty file is an empty store: an unknown run is an invalid argument.
    : > empty.sqlite
    expect_exit 4 "$REGIOTWIN" runs show 99999 --store empty.sqlite
    expect_in err.txt "empty.sqlite: no run 99999; \`regiotwin runs list --store empty.sqlite\` shows the runs"
    one_line_error
    expect_exit 4 "$REGIOTWIN" runs delete 99999 --store empty.sqlite
    one_line_error
    expect_exit 0 "$REGIOTWIN" runs list --store empty.sqlite
    expect_in out.txt "no runs in empty.sqlite"
    expect_exit 0 "$REGIOTWIN" runs list --store empty.sqlite --json
    [ "$(cat out.txt)" = "[]" ] || fail "runs list --json: $(cat out.txt)"
    # Not a store at all.
    echo "my notes" > notes.txt
    expect_exit 6 "$REGIOTWIN" runs list --store notes.txt
    expect_in err.txt "notes.txt: cannot open the results store"
    one_line_error
    expect_exit 2 "$REGIOTWIN" runs show first
    expect_exit 2 "$REGIOTWIN" export 1 --format pdf --store empty.sqlite
    ;;
  store_report_export)
    # A run is recorded; its report and exports come back from the store alone.
    expect_exit 0 "$REGIOTWIN" run --region regio-zwolle --sample 0.02 --to 2030-12 --out a --store s.sqlite
    expect_in out.txt "run 1 recorded in"
    expect_exit 0 "$REGIOTWIN" runs list --store s.sqlite
    grep -Eq '^ *1 +done +.*regio-zwolle' out.txt || { cat out.txt; fail "run 1 not listed as done"; }
    expect_exit 0 "$REGIOTWIN" runs show 1 --store s.sqlite --json
    expect_in out.txt '"regiobeeld"'
    expect_exit 0 "$REGIOTWIN" report 1 --store s.sqlite
    cmp -s run-1.html a/report.html || fail "the stored report differs from the run's"
    expect_exit 0 "$REGIOTWIN" report 1 --store s.sqlite --lang en --out en.html
    expect_in en.html '<html lang="en">'
    expect_exit 0 "$REGIOTWIN" export 1 --format xlsx --store s.sqlite --out a.xlsx
    unzip -l a.xlsx | grep -q 'xl/workbook.xml' || fail "a.xlsx is not a workbook"
    expect_exit 0 "$REGIOTWIN" export 1 --format csv --store s.sqlite --out a.csv
    [ "$(head -n 1 a.csv)" = "table,area,key,measure,month,value,unit" ] || fail "tidy CSV header: $(head -n 1 a.csv)"
    expect_exit 4 "$REGIOTWIN" report 7 --store s.sqlite
    one_line_error
    expect_exit 0 "$REGIOTWIN" run --region regio-zwolle --sample 0.02 --to 2025-12 --out b --no-store
    expect_exit 0 "$REGIOTWIN" runs list --store s.sqlite --json
    [ "$(grep -o '"id":' out.txt | wc -l)" -eq 1 ] || fail "--no-store recorded a run"
    ;;
  killed_run_keeps_store)
    # SIGKILL in the middle of a run: it reads as failed, the run before it stays intact.
    expect_exit 0 "$REGIOTWIN" run --region regio-zwolle --sample 0.02 --to 2025-12 --out a --store s.sqlite -q
    "$REGIOTWIN" run --region haaglanden --to 2040-12 --out b --store s.sqlite -q >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 100); do
      "$REGIOTWIN" runs list --store s.sqlite --json 2>/dev/null | grep -q '"status": *"running"' && break
      sleep 0.05
    done
    sleep 0.5
    kill -9 $pid
    wait $pid 2>/dev/null
    expect_exit 0 "$REGIOTWIN" runs show 2 --store s.sqlite --json
    grep -Eq '"status": *"failed"' out.txt || { cat out.txt; fail "the killed run does not read as failed"; }
    expect_in out.txt "the process ended without finishing"
    [ ! -e b ] || fail "the killed run left its output folder"
    expect_exit 0 "$REGIOTWIN" report 1 --store s.sqlite --out r1.html
    cmp -s r1.html a/report.html || fail "the earlier run changed"
    expect_exit 4 "$REGIOTWIN" report 2 --store s.sqlite
    one_line_error
    ;;
  scenario_errors)
    # Every malformed-scenario family stops before anything runs, with its own message and exit 4 (3: bad YAML).
    expect_exit 3 "$REGIOTWIN" run --scenario "$SOURCE_DIR/tests/fixtures/scenarios/bad-yaml.yaml" --out x
    expect_in err.txt "bad-yaml.yaml:5:1: not valid YAML"
    one_line_error
    for f in unknown-type unknown-field wrong-unit negative-cost start-after-end outside-horizon missing-field \
      unknown-party out-of-range share-as-percent unknown-municipality; do
      expect_exit 4 "$REGIOTWIN" run --scenario "$SOURCE_DIR/tests/fixtures/scenarios/bad-$f.yaml" --sample 0.01 --out x
      expect_in err.txt "bad-$f.yaml:"
      one_line_error
      [ ! -e x ] || fail "output written for bad-$f.yaml"
    done
    ;;
  *) fail "unknown case $1" ;;
esac
echo "ok: $1"
