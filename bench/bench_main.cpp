// regiotwin_bench: every benchmark of this folder in one binary. Run with `make bench`
// (scripts/run-benchmarks), which repeats them, keeps the medians and writes docs/performance.md.
#include <benchmark/benchmark.h>

BENCHMARK_MAIN();
