#include "bench_support.hpp"

#include <map>
#include <utility>

#include "region/pack.hpp"

namespace regiotwin::bench {

const Region& embedded_region(const std::string& id) { return sampled_region(id, 1.0); }

// Benchmarks run one after another on the main thread, so the cache needs no lock.
const Region& sampled_region(const std::string& id, double fraction) {
  static std::map<std::pair<std::string, double>, Region> cache;
  const auto key = std::make_pair(id, fraction);
  if (const auto found = cache.find(key); found != cache.end()) return found->second;
  ParameterSet params;
  Region region = load_region_pack(std::string(REGIOTWIN_SOURCE_DIR) + "/data/regions/" + id, params).region;
  if (fraction < 1.0) region = sampled(region, fraction);
  return cache.emplace(key, std::move(region)).first->second;
}

const ParameterSet& default_parameters() {
  static const ParameterSet params;
  return params;
}

RunPlan months_plan(int months, int threads) {
  const YearMonth from(2024, 1);
  return RunPlan{from, from.plus(months - 1), 1, threads, {}};
}

double person_months(const SimulationResult& result) {
  double sum = 0.0;
  for (int month = 0; month < result.months(); ++month) sum += result.region(month, Indicator::population);
  return sum;
}

StateBytes state_bytes(const Population& population, long long persons) {
  const auto size_of = [](const auto& array) { return sizeof(typename std::decay_t<decltype(array)>::value_type); };
  const std::size_t touched = size_of(population.age_months) + size_of(population.sex) + size_of(population.status) +
                              size_of(population.household) + size_of(population.states);
  const double slots_per_person = static_cast<double>(population.slots()) / static_cast<double>(persons);
  return {static_cast<double>(touched) * slots_per_person,
          static_cast<double>(Population::bytes_per_slot()) * slots_per_person, slots_per_person};
}

void set_run_counters(benchmark::State& state, long long persons, int months, int threads, double person_months,
                      const StateBytes& bytes, double synthesis_seconds) {
  const auto iterations = static_cast<double>(state.iterations());
  state.SetItemsProcessed(static_cast<std::int64_t>(person_months * iterations));
  state.counters["persons"] = static_cast<double>(persons);
  state.counters["months"] = months;
  state.counters["threads"] = threads;
  state.counters["person_months"] = person_months;
  state.counters["touched_bytes_per_person"] = bytes.touched_per_person;
  state.counters["state_bytes_per_person"] = bytes.total_per_person;
  state.counters["slots_per_person"] = bytes.slots_per_person;
  if (synthesis_seconds > 0.0) {
    state.counters["synthesis_s"] = benchmark::Counter(synthesis_seconds, benchmark::Counter::kAvgIterations);
  }
}

}  // namespace regiotwin::bench
