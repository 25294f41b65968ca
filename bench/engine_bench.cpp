// Hot kernels and whole runs. Run with `make bench`; results are medians over repetitions.
#include <benchmark/benchmark.h>

#include "core/person_draws.hpp"
#include "core/rng.hpp"
#include "plan/comparison.hpp"
#include "plan/scenario.hpp"
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

// The person pass's four uniforms, filled for a batch of slots at once, per instruction set;
// items are persons.
void BM_PersonDraws(benchmark::State& state, PersonDraws::Path path) {
  if (!PersonDraws::supported(path)) {
    state.SkipWithError("not on this processor");
    return;
  }
  const CounterRng rng(1);
  PersonDraws draws;
  std::uint32_t first = 0;
  for (auto _ : state) {
    draws.fill(rng, first, 1, Stream::person_month, path);
    benchmark::DoNotOptimize(draws);
    first += PersonDraws::batch;
  }
  state.SetItemsProcessed(state.iterations() * PersonDraws::batch);
}
BENCHMARK_CAPTURE(BM_PersonDraws, scalar, PersonDraws::Path::scalar);
BENCHMARK_CAPTURE(BM_PersonDraws, avx512, PersonDraws::Path::avx512);

// Whole months of a region: synthesis excluded, items are person-months.
void BM_RegionMonths(benchmark::State& state, const std::string& id) {
  const Region region = load(id);
  const ParameterSet params;
  const RunPlan plan{YearMonth(2024, 1), YearMonth(2035, 12), 1, static_cast<int>(state.range(0)), {}};
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
// The 12-year projection of the whole Netherlands (17.9 million persons) on two threads.
BENCHMARK_CAPTURE(BM_RegionMonths, nl_synthetic, std::string("nl-synthetic"))
    ->Arg(2)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_RegionMonths, haaglanden, std::string("haaglanden"))
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Synthesis of the whole Netherlands (17.9 million persons): split of age bands, household
// positions, partners and states. Counters: the bytes of person state per person (the arrays a
// person occupies) and per resident including the reserve of empty slots for newcomers.
void BM_SynthesisNational(benchmark::State& state) {
  const Region region = load("nl-synthetic");
  const ParameterSet params;
  const LifeTable life(params);
  const HouseholdSettings households = HouseholdSettings::from(params);
  const StateSettings states(params, life);
  std::size_t slots = 0;
  for (auto _ : state) {
    const Population pop = synthesize(region, params, life, households, states, 1);
    slots = pop.slots();
    benchmark::DoNotOptimize(pop.alive());
  }
  state.SetItemsProcessed(state.iterations() * region.population());
  state.counters["bytes_per_person"] = static_cast<double>(Population::bytes_per_slot());
  state.counters["slots"] = static_cast<double>(slots);
}
BENCHMARK(BM_SynthesisNational)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

// A regioplan against its baseline: one replication of examples/welzijn-op-recept-zwolle.yaml
// (plan and baseline with common random numbers, the two runs in parallel) against the baseline
// alone on two threads, both to 2030 and with synthesis. Issue 7 asks the pair to stay within 2.2
// times the baseline alone.
void BM_BaselineRun(benchmark::State& state) {
  const Region region = load("regio-zwolle");
  const ParameterSet params;
  const RunPlan plan{YearMonth(2024, 1), YearMonth(2030, 12), 1, 2, {}};
  for (auto _ : state) {
    Simulation sim(region, params, plan);
    sim.run();
    benchmark::DoNotOptimize(sim.result().region(plan.months() - 1, Indicator::population));
  }
}
BENCHMARK(BM_BaselineRun)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PlanWithBaseline(benchmark::State& state) {
  const Region region = load("regio-zwolle");
  const ParameterSet params;
  const Scenario scenario =
      load_scenario(std::string(REGIOTWIN_SOURCE_DIR) + "/examples/welzijn-op-recept-zwolle.yaml");
  RunPlan plan{YearMonth(2024, 1), YearMonth(2030, 12), 1, 2, {}};
  plan.interventions = scenario.interventions;
  const RightPlaces right = CareSettings::from(params).routing.right;
  for (auto _ : state) {
    const Comparison c = compare_plan(region, params, plan, 1, right);
    benchmark::DoNotOptimize(c.plan.size());
  }
}
BENCHMARK(BM_PlanWithBaseline)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace regiotwin

BENCHMARK_MAIN();
