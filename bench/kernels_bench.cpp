// The hot kernels on their own: the random numbers, IPF, the place pass and synthesis. The person
// pass is not reachable apart from a whole month through the engine's interface; its cost per
// person-month is the slope of BM_PopulationCurve (run_bench.cpp), where the place passes are the
// part that does not grow with the population (docs/performance.md).
#include <benchmark/benchmark.h>

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "bench_support.hpp"
#include "care/care_system.hpp"
#include "core/person_draws.hpp"
#include "core/rng.hpp"
#include "finance/costs.hpp"
#include "population/households.hpp"
#include "population/ipf.hpp"
#include "population/population.hpp"
#include "sim/care_needs.hpp"
#include "sim/stock_counter.hpp"

namespace regiotwin::bench {
namespace {

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

// What the memory of this machine streams: every word of 512 MiB read and written back, in blocks
// over `threads` threads, as the person pass streams the person arrays. Bytes per second count both
// directions; set against the bytes the engine touches per second, it says whether a run is bound by
// memory bandwidth (docs/performance.md).
void BM_MemoryStream(benchmark::State& state) {
  const int threads = static_cast<int>(state.range(0));
  std::vector<std::uint64_t> words((std::size_t{512} << 20U) / sizeof(std::uint64_t), 1);
  tbb::task_arena arena(threads);
  for (auto _ : state) {
    arena.execute([&] {
      tbb::parallel_for(tbb::blocked_range<std::size_t>(0, words.size(), std::size_t{1} << 16U),
                        [&](const tbb::blocked_range<std::size_t>& range) {
                          for (std::size_t i = range.begin(); i != range.end(); ++i) words[i] += i;
                        });
    });
    benchmark::DoNotOptimize(words.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * 2 *
                          static_cast<std::int64_t>(words.size() * sizeof(std::uint64_t)));
  state.counters["threads"] = threads;
}
BENCHMARK(BM_MemoryStream)->ArgName("threads")->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// Zwolle (132,429 residents) with household counts near the national shares (39% one person, 28%
// couples without children, 33% with children): the embedded packs have none, so synthesis uses the
// national seed there, but a pack of one's own with CBS household counts is fitted by IPF.
struct IpfCase {
  Municipality municipality;
  HouseholdSettings settings;
  AgeSexCounts residents;
};

const IpfCase& zwolle_with_households() {
  static const IpfCase c = [] {
    IpfCase out{
        embedded_region("regio-zwolle").municipalities.front(), HouseholdSettings::from(default_parameters()), {}};
    const LifeTable life(default_parameters());
    out.residents = split_age_bands(out.municipality, life, default_parameters().table("men_share_by_age"));
    HouseholdCounts h;
    h.households = 60000;
    h.one_person = 23400;
    h.without_children = 16800;
    h.with_children = 19800;
    h.reference_year = 2023;
    out.municipality.households = h;
    return out;
  }();
  return c;
}

// IPF alone: the sex × age × household position table (212 × 6) of synthesis, seeded with the
// national shares, fitted to the municipality's residents by age and sex and to its positions.
void BM_Ipf(benchmark::State& state) {
  const IpfCase& c = zwolle_with_households();
  Table2d seed(std::size_t{n_sexes} * n_ages, n_positions);
  std::vector<double> rows;
  for (std::size_t sex = 0; sex < n_sexes; ++sex) {
    for (std::size_t a = 0; a < n_ages; ++a) {
      const auto count = static_cast<double>(c.residents.counts[sex][a]);
      for (std::size_t p = 0; p < n_positions; ++p) seed.at(sex * n_ages + a, p) = count * c.settings.seed[sex][a][p];
      rows.push_back(count);
    }
  }
  const auto targets = position_targets(c.municipality, c.residents, c.settings);
  const std::vector<double> columns(targets.begin(), targets.end());
  int iterations = 0;
  for (auto _ : state) {
    const IpfResult fit = fit_ipf(seed, rows, columns);
    iterations = fit.iterations;
    benchmark::DoNotOptimize(fit.table.values.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["cells"] = static_cast<double>(seed.values.size());
  state.counters["ipf_iterations"] = iterations;
}
BENCHMARK(BM_Ipf)->Unit(benchmark::kMicrosecond);

// The whole step of synthesis it belongs to: seed, IPF and the controlled rounding to whole persons.
void BM_IpfPositions(benchmark::State& state) {
  const IpfCase& c = zwolle_with_households();
  for (auto _ : state) {
    const PositionCounts counts = fit_positions(c.municipality, c.residents, c.settings);
    benchmark::DoNotOptimize(counts.counts.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_IpfPositions)->Unit(benchmark::kMicrosecond);

// The residents of a municipality counted as the person pass counts them: by age and state bit.
ResidentProfile profile_of(const Population& pop, PersonRange range, double& bijstand) {
  ResidentProfile profile;
  PersonCounts counts{};
  for (std::uint32_t begin = range.begin; begin < range.end; begin += StockCounter::max_persons) {
    StockCounter stocks;
    for (std::uint32_t p = begin; p < std::min(range.end, begin + StockCounter::max_persons); ++p) {
      if (pop.status[p] == Status::alive) stocks.add(pop.age_months[p], pop.states[p], pop.household[p]);
    }
    stocks.add_to(profile);
    stocks.add_to(counts);
  }
  bijstand = counts[static_cast<std::size_t>(Indicator::bijstand)];
  // A synthesised population has not changed yet; a month's flows into and out of states are of the
  // order of those in them over their mean stay (two years here). A month's cost hardly depends on
  // the values, as long as every place has work.
  for (std::size_t b = 0; b < ResidentProfile::n_state_bits; ++b) {
    profile.entered[b] = profile.with_bit[b] / 24.0;
    profile.left[b] = profile.with_bit[b] / 24.0;
  }
  return profile;
}

// The place pass of one municipality-month as the engine runs it (sim/care_needs.hpp and
// place_pass): the needs from the residents' profile (expected questions, Poisson counts), the care
// system's month (routing, waiting lists, ongoing care, workforce, informal care) and the booking of
// its costs. Zwolle's residents; an iteration is a fresh care system run for 144 months, so the
// calibration of the first month weighs as in a run. Items are municipality-months.
void BM_PlacePass(benchmark::State& state) {
  const Region& region = embedded_region("regio-zwolle");
  const ParameterSet& params = default_parameters();
  const LifeTable life(params);
  const HouseholdSettings households = HouseholdSettings::from(params);
  const StateSettings states(params, life);
  double bijstand = 0.0;
  const ResidentProfile profile = [&] {
    const Population pop = synthesize(region, params, life, households, states, 1);
    return profile_of(pop, pop.range(0), bijstand);
  }();
  const CareSettings settings = CareSettings::from(params, region.routing);
  const CostSettings costs = CostSettings::from(params);
  const CounterRng rng(1);
  constexpr int months = 144;
  for (auto _ : state) {
    CareSystem care(settings, static_cast<double>(region.municipalities.front().population));
    for (int month = 0; month < months; ++month) {
      const CareMonth out = care.step(care_needs(settings, profile, rng, 0, static_cast<std::uint32_t>(month + 1)));
      const Ledger ledger = book_month(costs, out, profile.by_age, bijstand, 2024 + month / 12);
      benchmark::DoNotOptimize(ledger.total());
    }
  }
  state.SetItemsProcessed(state.iterations() * months);
}
BENCHMARK(BM_PlacePass)->Unit(benchmark::kMillisecond);

// Synthesis of the whole Netherlands (17.9 million persons): split of age bands, household
// positions, partners and states. Counters: the bytes of person state per person (the arrays a
// person occupies) and per resident including the reserve of empty slots for newcomers.
void BM_SynthesisNational(benchmark::State& state) {
  const Region& region = embedded_region("nl-synthetic");
  const ParameterSet& params = default_parameters();
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

}  // namespace
}  // namespace regiotwin::bench
