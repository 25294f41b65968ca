#pragma once
#include <cstdint>
#include <functional>

#include <vector>

#include "core/year_month.hpp"
#include "plan/intervention.hpp"

namespace regiotwin {

// What to run: the horizon, the seed, how many threads to use, and the regioplan's interventions
// (none: the baseline). Results never depend on threads.
struct RunPlan {
  YearMonth from{2024, 1};
  YearMonth to{2035, 12};
  std::uint64_t seed = 1;
  int threads = 0;  // 0: all cores
  std::vector<Intervention> interventions;

  [[nodiscard]] int months() const { return months_inclusive(from, to); }
};

using ProgressFn = std::function<void(int months_done, int months_total)>;

}  // namespace regiotwin
