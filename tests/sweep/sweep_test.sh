#!/usr/bin/env bash
# One end-to-end case of `regiotwin sweep`; see CMakeLists.txt for the list.
source "$(dirname "${BASH_SOURCE[0]}")/../cli/test_lib.sh"

# Two example regioplans on a 2% sample of their region, three replications each.
zwolle="$SOURCE_DIR/examples/welzijn-op-recept-zwolle.yaml"
markt="$SOURCE_DIR/examples/arbeidsmarkt-zwolle.yaml"
sweep_args=(sweep --scenario "$zwolle" --scenario "$markt" --sample 0.02 --replications 3)
files="welzijn-op-recept-zwolle/regio-zwolle/comparison.csv welzijn-op-recept-zwolle/regio-zwolle/business_case.csv
arbeidsmarkt-zwolle/regio-zwolle/comparison.csv arbeidsmarkt-zwolle/regio-zwolle/business_case.csv"

# Byte for byte the same CSV files in folders $1 and $2.
same_files() {
  for f in $files; do
    [ -s "$1/$f" ] || fail "$1/$f missing or empty"
    cmp "$1/$f" "$2/$f" || fail "$f differs between $1 and $2"
  done
}

# What OpenMPI needs to run in CI and containers: root allowed, more ranks than cores, no binding to
# cores, shared memory without the ptrace-based single copy (forbidden in containers) and the plain
# ob1 point-to-point layer over shared memory (no UCX or InfiniBand probing).
mpi() {
  local ranks=$1; shift
  OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 \
  OMPI_MCA_btl_vader_single_copy_mechanism=none OMPI_MCA_rmaps_base_oversubscribe=1 \
  OMPI_MCA_hwloc_base_binding_policy=none OMPI_MCA_pml=ob1 OMPI_MCA_btl=self,vader \
    "${MPIEXEC:?mpiexec of the MPI CMake found}" --oversubscribe -np "$ranks" "$@"
}

case "$1" in
  serial)
    expect_exit 0 "$REGIOTWIN" "${sweep_args[@]}" --threads 2 --out t2 --store runs.sqlite
    expect_in out.txt "welzijn-op-recept-zwolle on regio-zwolle: 3 replications (1 of 2"
    expect_in out.txt "arbeidsmarkt-zwolle on regio-zwolle: 3 replications (2 of 2"
    expect_in t2/run.json '"ranks": 1'
    expect_in t2/welzijn-op-recept-zwolle/regio-zwolle/business_case.csv "section,year,subject,other,measure,unit,p5,p50,p95"
    expect_in t2/arbeidsmarkt-zwolle/regio-zwolle/comparison.csv "2035-12,indicator/gp_demand,"
    # The comparison is the one `regiotwin run` makes of the same scenario.
    expect_exit 0 "$REGIOTWIN" run --scenario "$zwolle" --sample 0.02 --replications 3 --out run --quiet
    cmp run/comparison.csv t2/welzijn-op-recept-zwolle/regio-zwolle/comparison.csv || fail "sweep and run differ"
    cmp run/business_case.csv t2/welzijn-op-recept-zwolle/regio-zwolle/business_case.csv || fail "sweep and run differ"
    # At one thread, byte for byte the same; the folder is replaced as an earlier output.
    expect_exit 0 "$REGIOTWIN" "${sweep_args[@]}" --threads 1 --out t1 --quiet
    same_files t1 t2
    expect_exit 0 "$REGIOTWIN" "${sweep_args[@]}" --threads 1 --out t1 --quiet
    # One run per scenario and region in the store, done.
    if command -v sqlite3 >/dev/null; then
      [ "$(sqlite3 runs.sqlite "select count(*) from runs where status = 'done'")" = 2 ] || fail "two done runs expected"
    fi
    ;;
  serial_errors)
    expect_exit 2 "$REGIOTWIN" sweep --replications 2
    printf 'name: no plan\nregion: regio-zwolle\nparameters:\n  gp_per_10000: 7.5\n' > none.yaml
    expect_exit 4 "$REGIOTWIN" sweep --scenario none.yaml --sample 0.02 --out o
    expect_in err.txt "none.yaml: has no interventions"
    expect_exit 4 "$REGIOTWIN" sweep --scenario "$zwolle" --regions nowhere --sample 0.02 --out o
    expect_in err.txt "unknown region 'nowhere'"
    # Zwolle's plan names no municipality, so it runs on haaglanden too.
    expect_exit 0 "$REGIOTWIN" sweep --scenario "$zwolle" --regions regio-zwolle haaglanden --sample 0.01 \
      --replications 1 --out two --quiet
    [ -s two/welzijn-op-recept-zwolle/haaglanden/comparison.csv ] || fail "no haaglanden folder"
    [ ! -e o ] || fail "output written for a failed sweep"
    mkdir keep && echo mine > keep/notes.txt
    expect_exit 6 "$REGIOTWIN" sweep --scenario "$zwolle" --sample 0.02 --out keep
    [ -f keep/notes.txt ] || fail "a user's folder was replaced"
    ;;
  mpi_2_ranks)
    expect_exit 0 "$REGIOTWIN" "${sweep_args[@]}" --threads 2 --out serial --quiet
    expect_exit 0 mpi 2 "$REGIOTWIN" "${sweep_args[@]}" --threads 1 --out mpi --store runs.sqlite
    expect_in mpi/run.json '"ranks": 2'
    same_files serial mpi
    # Rank 0 only handing out: the one worker computes all six tasks.
    expect_exit 0 mpi 2 "$REGIOTWIN" "${sweep_args[@]}" --threads 1 --dispatch-only --out only --quiet
    tr -d ' \n' <only/run.json | grep -qF '"tasks_by_rank":[0,6]' || fail "the worker did not compute every task"
    same_files serial only
    ;;
  mpi_3_ranks)
    expect_exit 0 "$REGIOTWIN" "${sweep_args[@]}" --threads 2 --out serial --quiet
    expect_exit 0 mpi 3 "$REGIOTWIN" "${sweep_args[@]}" --threads 1 --out mpi --quiet
    expect_in mpi/run.json '"ranks": 3'
    same_files serial mpi
    expect_exit 0 mpi 3 "$REGIOTWIN" "${sweep_args[@]}" --threads 1 --dispatch-only --out only --quiet
    same_files serial only
    # A worker that reads another scenario file than rank 0 is refused; the job ends with its code.
    cp "$zwolle" a.yaml && cp "$markt" b.yaml && mkdir other && { cat b.yaml; echo "# edited"; } > other/b.yaml
    cat > rank.sh <<'WRAPPER'
b=b.yaml
[ "$OMPI_COMM_WORLD_RANK" = 2 ] && b=other/b.yaml
exec "$REGIOTWIN" sweep --scenario a.yaml --scenario "$b" --sample 0.02 --replications 3 --out bad
WRAPPER
    expect_exit 4 mpi 3 bash rank.sh
    expect_in err.txt "read other inputs than rank 0"
    [ ! -e bad ] || fail "output written for a failed sweep"
    ;;
  *) fail "unknown case $1" ;;
esac
echo "ok: $1"
