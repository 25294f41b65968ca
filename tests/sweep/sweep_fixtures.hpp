#pragma once
// Small regions and a plan with every kind of intervention, shared by the sweep tests.
#include "plan/scenario.hpp"
#include "region/region.hpp"
#include "sim/run_plan.hpp"
#include "test_support.hpp"

namespace regiotwin::sweep_testing {

inline Region zwolle_sample(double fraction) {
  return sampled(testing_support::embedded_region("regio-zwolle"), fraction);
}

// A 2% sample of regio-zwolle (about 9,500 residents).
inline const Region& small_region() {
  static const Region region = zwolle_sample(0.02);
  return region;
}

// The parser's reference scenario (every intervention type once), each starting in March 2024 so
// that all act within two years.
inline std::vector<Intervention> every_intervention() {
  std::vector<Intervention> out = load_scenario(testing_support::fixture_file("scenarios", "good.yaml")).interventions;
  for (Intervention& i : out) {
    i.start = YearMonth(2024, 3);
    i.end.reset();
    i.ramp_months = 0;
  }
  return out;
}

inline RunPlan two_years(std::vector<Intervention> interventions) {
  RunPlan plan{YearMonth(2024, 1), YearMonth(2025, 12), 11, 1, {}};
  plan.interventions = std::move(interventions);
  return plan;
}

}  // namespace regiotwin::sweep_testing
