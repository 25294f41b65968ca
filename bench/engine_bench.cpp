// Hot kernels and whole runs. Run with `make bench`; results are medians over repetitions.
#include <benchmark/benchmark.h>

#include "core/rng.hpp"
#include "region/pack.hpp"
#include "sim/simulation.hpp"

namespace regiotwin {
namespace {

Region load(const std::string& id) {
  ParameterSet params;
  return load_region_pack(std::string(REGIOTWIN_SOURCE_DIR) + "/data/regions/" + id, params).region;
}

void BM_Philox4x32(benchmark::State& state) {
  const CounterRng rng(1);
  std::uint32_t person = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(rng.uniforms(person++, 1, Stream::person_month));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Philox4x32);

// Whole months of a region: synthesis excluded, items are person-months.
void BM_RegionMonths(benchmark::State& state, const std::string& id) {
  const Region region = load(id);
  const ParameterSet params;
  const RunPlan plan{YearMonth(2024, 1), YearMonth(2035, 12), 1, static_cast<int>(state.range(0))};
  for (auto _ : state) {
    state.PauseTiming();
    Simulation sim(region, params, plan);
    state.ResumeTiming();
    sim.run();
    benchmark::DoNotOptimize(sim.result().region(plan.months() - 1, Indicator::population));
  }
  state.SetItemsProcessed(state.iterations() * region.population() * plan.months());
}
BENCHMARK_CAPTURE(BM_RegionMonths, regio_zwolle, std::string("regio-zwolle"))
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_RegionMonths, haaglanden, std::string("haaglanden"))
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_Synthesis(benchmark::State& state) {
  const Region region = load("haaglanden");
  const ParameterSet params;
  const LifeTable life(params);
  for (auto _ : state) benchmark::DoNotOptimize(synthesize(region, params, life, 1).slots());
  state.SetItemsProcessed(state.iterations() * region.population());
}
BENCHMARK(BM_Synthesis)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace regiotwin

BENCHMARK_MAIN();
