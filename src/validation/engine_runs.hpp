#pragma once
// The engine runs behind `regiotwin validate`: a projection of the region, and two closed
// synthetic populations built in code that measure what the engine does with the life table and
// the fertility schedule. Each is an ordinary Simulation; nothing here re-sums input tables.
#include <array>
#include <cstdint>
#include <memory>

#include "core/parameters.hpp"
#include "core/sex.hpp"
#include "region/region.hpp"
#include "sim/result.hpp"
#include "sim/run_plan.hpp"

namespace regiotwin {

class Simulation;

struct ValidationOptions {
  std::uint64_t seed = 1;
  int threads = 0;                    // 0: all cores
  long long cohort_per_sex = 100000;  // newborns per sex in the life-expectancy cohort
  long long women_per_age = 40000;    // women per year of age in the fertility run
  ProgressFn progress;                // of the regional projection, the longest run
};

// Months of the regional projection: January 2024 (the packs' reference year) to December 2045
// (the last year a published projection is compared with).
inline constexpr YearMonth projection_start{2024, 1};
inline constexpr YearMonth projection_end{2045, 12};

// A closed cohort of newborns, one municipality of boys and one of girls, run until all have died.
struct CohortRun {
  SimulationResult result;  // municipality 0: boys, 1: girls
  long long per_sex = 0;
  // Newborns by their age in months (0-11) at the start: synthesis spreads birthdays over a year.
  std::array<std::array<long long, 12>, n_sexes> start_age_months{};
  // The life table's hazard in the first year of life, per year: the months before the start
  // are not simulated, so the newborns are survivors of them.
  std::array<double, n_sexes> infant_hazard{};
};

// The cohort under the period life table of LifeTable::base_year: no migration, no births and no
// mortality trend, so that its mean age at death is the period life expectancy.
CohortRun run_newborn_cohort(const ParameterSet& params, long long per_sex, std::uint64_t seed, int threads);

// Life expectancy at birth E[T], in years, from the cohort's deaths by month (each at mid-month).
// A newborn k months old at the start has survived those months, which the run does not
// simulate: with l(k) and ∫l over [0, k) from the life table, E[T - k | T > k] = (E[T] - ∫l) / l(k),
// so the mean time to death over the cohort's k is solved for E[T].
double cohort_life_expectancy(const CohortRun& cohort, Sex sex);

// Total fertility measured on the engine: women spread evenly over the ages 10-54 (every age with
// births and a year either side), no migration, one year in LifeTable::base_year; births per
// woman-year at one year of age, summed over the ages. A woman spends on average half the year at
// her starting age and half at the next, which leaves that sum equal to the sum of the rates.
double measured_total_fertility(const ParameterSet& params, long long women_per_age, std::uint64_t seed, int threads);

// The runs one validation needs, each made once and only when a check asks for it.
class ValidationRuns {
 public:
  ValidationRuns(const Region& region, const ParameterSet& params, ValidationOptions options);
  ~ValidationRuns();
  ValidationRuns(const ValidationRuns&) = delete;
  ValidationRuns& operator=(const ValidationRuns&) = delete;
  ValidationRuns(ValidationRuns&&) = delete;
  ValidationRuns& operator=(ValidationRuns&&) = delete;

  [[nodiscard]] const Region& region() const { return region_; }
  // The region is the whole country: only then are national projections comparable. Region packs
  // do not say so; a population above 15 million can only be the Netherlands (17.9 million).
  [[nodiscard]] bool national() const;

  long long start_population();          // persons synthesised for the projection
  const SimulationResult& projection();  // projection_start to projection_end
  double life_expectancy(Sex sex);       // of the newborn cohort
  double total_fertility();              // measured_total_fertility

 private:
  Simulation& simulation();

  const Region& region_;
  const ParameterSet& params_;
  ValidationOptions options_;
  std::unique_ptr<Simulation> simulation_;
  long long start_population_ = 0;
  bool projected_ = false;
  std::unique_ptr<CohortRun> cohort_;
  double total_fertility_ = -1.0;
};

}  // namespace regiotwin
