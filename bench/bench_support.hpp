#pragma once
// What the benchmarks share: the embedded regions, loaded once per process; the horizon of a run;
// and the counters every whole-run benchmark reports, so that the curves in docs/performance.md
// read the same fields whatever benchmark they come from.
#include <benchmark/benchmark.h>

#include <string>

#include "core/parameters.hpp"
#include "population/population.hpp"
#include "region/region.hpp"
#include "sim/result.hpp"
#include "sim/run_plan.hpp"

namespace regiotwin::bench {

// An embedded region pack from the source tree (data/regions/<id>), read on first use.
const Region& embedded_region(const std::string& id);
// The region with every count multiplied by `fraction` (region.hpp, sampled()); 1 is the region.
const Region& sampled_region(const std::string& id, double fraction);
// The default parameters (no pack of the benchmarks overrides any).
const ParameterSet& default_parameters();

// `months` months from January 2024 on `threads` threads, the baseline.
RunPlan months_plan(int months, int threads);

// Persons alive summed over the run's months: the work a run did, as run.json counts it.
double person_months(const SimulationResult& result);

// Bytes of person state: those the person pass reads or writes every month for every slot (age,
// sex, status, household, states) and all the person arrays (also the partner), per slot and per
// person alive at the start (slots include the reserve for newcomers).
struct StateBytes {
  double touched_per_person = 0.0;
  double total_per_person = 0.0;
  double slots_per_person = 0.0;
};
StateBytes state_bytes(const Population& population, long long persons);

// Sets the counters of a whole run: persons at the start, months, threads, person-months per
// second (items), state bytes per person and, when given, the synthesis time per iteration.
void set_run_counters(benchmark::State& state, long long persons, int months, int threads, double person_months,
                      const StateBytes& bytes, double synthesis_seconds);

}  // namespace regiotwin::bench
