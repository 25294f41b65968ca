// The reference kernel (reference_kernel.hpp) on the populations and months of the engine's
// benchmarks, in the same session, so that the ratio of the full model to the least a monthly
// microsimulation must do can be read from one results file: BM_ReferenceKernel/<region>/<threads>
// beside BM_RegionMonths/<region>/<threads>, BM_ReferencePopulationCurve beside BM_PopulationCurve.
#include <benchmark/benchmark.h>

#include <memory>

#include "bench_support.hpp"
#include "reference_kernel.hpp"

namespace regiotwin::bench {
namespace {

void run_reference(benchmark::State& state, std::size_t persons, int months, int threads) {
  const LifeTable life(default_parameters());
  std::unique_ptr<ReferenceKernel> kernel;
  ReferenceKernel::Totals totals;
  for (auto _ : state) {
    state.PauseTiming();
    kernel.reset();  // freed outside the timed part
    kernel = std::make_unique<ReferenceKernel>(persons, life, 1);
    state.ResumeTiming();
    totals = kernel->run(months, threads);
  }
  // The kernel must have done its bookkeeping: the population keeps its size, and a population
  // spread evenly over 0 to 89 years loses between 0.5% and 3% a year.
  const double deaths_per_person_year =
      static_cast<double>(totals.deaths) / static_cast<double>(persons) * 12.0 / months;
  if (kernel->alive() != static_cast<long long>(persons) || deaths_per_person_year < 0.005 ||
      deaths_per_person_year > 0.03) {
    state.SkipWithError("the reference kernel's bookkeeping is off");
    return;
  }
  const double person_months = static_cast<double>(persons) * months;
  state.SetItemsProcessed(static_cast<std::int64_t>(person_months * static_cast<double>(state.iterations())));
  state.counters["persons"] = static_cast<double>(persons);
  state.counters["months"] = months;
  state.counters["threads"] = threads;
  state.counters["person_months"] = person_months;
  state.counters["state_bytes_per_person"] = static_cast<double>(ReferenceKernel::bytes_per_person());
  state.counters["deaths_per_person_year"] = deaths_per_person_year;
}

// As many persons as the region has residents, 144 months; argument: threads.
void BM_ReferenceKernel(benchmark::State& state, const std::string& id) {
  run_reference(state, static_cast<std::size_t>(embedded_region(id).population()), 144,
                static_cast<int>(state.range(0)));
}
BENCHMARK_CAPTURE(BM_ReferenceKernel, regio_zwolle, std::string("regio-zwolle"))
    ->Arg(1)
    ->Arg(2)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_ReferenceKernel, haaglanden, std::string("haaglanden"))
    ->Arg(1)
    ->Arg(2)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_ReferenceKernel, nl_synthetic, std::string("nl-synthetic"))
    ->Arg(2)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The population curve's sizes (BM_PopulationCurve), 144 months on two threads.
void BM_ReferencePopulationCurve(benchmark::State& state) {
  const double fraction = static_cast<double>(state.range(0)) / 10000.0;
  run_reference(state, static_cast<std::size_t>(sampled_region("nl-synthetic", fraction).population()), 144, 2);
  state.counters["fraction"] = fraction;
}
BENCHMARK(BM_ReferencePopulationCurve)
    ->ArgName("fraction_e4")
    ->Arg(1)
    ->Arg(10)
    ->Arg(100)
    ->Arg(1000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
}  // namespace regiotwin::bench
