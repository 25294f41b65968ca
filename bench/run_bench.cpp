// Whole runs and how their wall time scales: with the population, the months, the threads and the
// replications of a regioplan comparison. Synthesis is timed apart (counter synthesis_s) so that
// the wall time is the months alone; items are person-months (persons alive summed over months).
// Each iteration is one run, so medians come from repetitions (scripts/run-benchmarks).
#include <benchmark/benchmark.h>

#include <chrono>
#include <optional>

#include "bench_support.hpp"
#include "plan/comparison.hpp"
#include "plan/scenario.hpp"
#include "sim/simulation.hpp"

namespace regiotwin::bench {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

void run_months(benchmark::State& state, const Region& region, int months, int threads) {
  const RunPlan plan = months_plan(months, threads);
  std::optional<Simulation> sim;
  double synthesis = 0.0;
  long long persons = 0;
  StateBytes bytes;
  for (auto _ : state) {
    state.PauseTiming();
    sim.reset();  // freed outside the timed part
    const auto start = Clock::now();
    sim.emplace(region, default_parameters(), plan);
    synthesis += seconds_since(start);
    persons = sim->population().alive();
    bytes = state_bytes(sim->population(), persons);
    state.ResumeTiming();
    sim->run();
  }
  set_run_counters(state, persons, months, threads, person_months(sim->result()), bytes, synthesis);
  state.counters["municipalities"] = static_cast<double>(region.municipalities.size());
}

// 144 months of an embedded region; argument: threads.
void BM_RegionMonths(benchmark::State& state, const std::string& id) {
  run_months(state, embedded_region(id), 144, static_cast<int>(state.range(0)));
}
// The names are those of earlier results (no ArgName, no fixed iterations), so they stay comparable.
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
// The 12-year projection of the whole Netherlands (17.9 million persons) on two threads; also the
// last point of the population curve.
BENCHMARK_CAPTURE(BM_RegionMonths, nl_synthetic, std::string("nl-synthetic"))
    ->Arg(2)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Wall time against the population: samples of nl-synthetic (all 342 municipalities, each with
// the fraction of its residents) from 1,800 to 1.8 million persons, 144 months on two threads. The
// argument is the fraction in units of 1/10,000; the whole (17.9 million) is
// BM_RegionMonths/nl_synthetic/2.
void BM_PopulationCurve(benchmark::State& state) {
  const double fraction = static_cast<double>(state.range(0)) / 10000.0;
  run_months(state, sampled_region("nl-synthetic", fraction), 144, 2);
  state.counters["fraction"] = fraction;
}
BENCHMARK(BM_PopulationCurve)
    ->ArgName("fraction_e4")
    ->Arg(1)
    ->Arg(10)
    ->Arg(100)
    ->Arg(1000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Wall time against the months: a tenth of nl-synthetic (1.8 million persons) on two threads.
void BM_MonthsCurve(benchmark::State& state) {
  run_months(state, sampled_region("nl-synthetic", 0.1), static_cast<int>(state.range(0)), 2);
}
BENCHMARK(BM_MonthsCurve)
    ->ArgName("months")
    ->Arg(12)
    ->Arg(24)
    ->Arg(48)
    ->Arg(96)
    ->Arg(144)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Wall time against the threads: a tenth of nl-synthetic, 144 months (regio-zwolle and haaglanden:
// BM_RegionMonths).
void BM_ThreadsCurve(benchmark::State& state) {
  run_months(state, sampled_region("nl-synthetic", 0.1), 144, static_cast<int>(state.range(0)));
}
BENCHMARK(BM_ThreadsCurve)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

RunPlan zwolle_plan(YearMonth to) {
  const Scenario scenario =
      load_scenario(std::string(REGIOTWIN_SOURCE_DIR) + "/examples/welzijn-op-recept-zwolle.yaml");
  RunPlan plan{YearMonth(2024, 1), to, 1, 2, {}};
  plan.interventions = scenario.interventions;
  return plan;
}

// Wall time against the replications of a regioplan comparison: examples/welzijn-op-recept-zwolle
// .yaml against its baseline on regio-zwolle, 144 months, two threads (compare_plan runs each of the
// 2 × replications runs on one thread, with synthesis). Items are person-months of all runs.
void BM_Replications(benchmark::State& state) {
  const Region& region = embedded_region("regio-zwolle");
  const ParameterSet& params = default_parameters();
  const RunPlan plan = zwolle_plan(YearMonth(2035, 12));
  const int replications = static_cast<int>(state.range(0));
  const RightPlaces right = CareSettings::from(params, region.routing).routing.right;
  double months_of_persons = 0.0;
  for (auto _ : state) {
    const Comparison c = compare_plan(region, params, plan, replications, right);
    benchmark::DoNotOptimize(c.plan.size());
    state.PauseTiming();
    // The comparison's series begin with the indicators (series_of, plan/comparison.cpp).
    months_of_persons = 0.0;
    for (const RunSeries& run : c.baseline) {
      for (const double v : run[static_cast<std::size_t>(Indicator::population)]) months_of_persons += v;
    }
    months_of_persons *= 2.0;  // the plan's runs have as many persons, give or take a few
    state.ResumeTiming();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(months_of_persons * static_cast<double>(state.iterations())));
  state.counters["replications"] = replications;
  state.counters["runs"] = 2.0 * replications;
}
BENCHMARK(BM_Replications)
    ->ArgName("replications")
    ->Arg(1)
    ->Arg(2)
    ->Arg(4)
    ->Arg(8)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// A regioplan against its baseline: one replication of examples/welzijn-op-recept-zwolle.yaml
// (plan and baseline with common random numbers, the two runs in parallel) against the baseline
// alone on two threads, both to 2030 and with synthesis. Issue 7 asks the pair to stay within 2.2
// times the baseline alone.
void BM_BaselineRun(benchmark::State& state) {
  const Region& region = embedded_region("regio-zwolle");
  const RunPlan plan{YearMonth(2024, 1), YearMonth(2030, 12), 1, 2, {}};
  for (auto _ : state) {
    Simulation sim(region, default_parameters(), plan);
    sim.run();
    benchmark::DoNotOptimize(sim.result().region(plan.months() - 1, Indicator::population));
  }
}
BENCHMARK(BM_BaselineRun)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PlanWithBaseline(benchmark::State& state) {
  const Region& region = embedded_region("regio-zwolle");
  const ParameterSet& params = default_parameters();
  const RunPlan plan = zwolle_plan(YearMonth(2030, 12));
  const RightPlaces right = CareSettings::from(params).routing.right;
  for (auto _ : state) {
    const Comparison c = compare_plan(region, params, plan, 1, right);
    benchmark::DoNotOptimize(c.plan.size());
  }
}
BENCHMARK(BM_PlanWithBaseline)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace regiotwin::bench
