#pragma once
// Births and migration: monthly probabilities per person by age, and expected immigrants per
// resident, from the parameter registry. The registry's rates describe 2023; set_year() moves
// them along the CBS projection (fertility up, immigration down, emigration up).
#include <array>
#include <vector>

#include "core/age_table.hpp"
#include "core/parameters.hpp"
#include "population/synthesis.hpp"

namespace regiotwin {

// A multiple of a 2023 rate that moves linearly to a value in 2030 and another in 2040 and stays
// there: the shape of the CBS assumptions, which change most in the first years.
struct RateTrend {
  static constexpr int base_year = 2023;
  double in_2030 = 1.0;
  double in_2040 = 1.0;
  [[nodiscard]] double factor(int year) const;
};

struct DemographySettings {
  std::array<double, n_ages> birth_probability{};  // per woman per month, by her age
  double men_share_at_birth = 0.0;
  std::array<double, n_ages> emigration_probability{};  // per person per month, by age
  AgeTable immigrants_per_resident;                     // per month, by the immigrant's age band

  // The rates of RateTrend::base_year and their trends, from which set_year() sets those above.
  std::array<double, n_ages> base_birth_probability{};
  std::array<double, n_ages> base_emigration_probability{};
  std::vector<double> base_immigrants_per_resident;  // per band of immigrants_per_resident
  RateTrend fertility_trend;
  RateTrend immigration_trend;
  RateTrend emigration_trend;

  static DemographySettings from(const ParameterSet& params);

  // Rates for calendar year `year`; from() gives those of RateTrend::base_year.
  void set_year(int year);

  // Expected births and immigrants in a year among these residents: the reserve of empty slots
  // a municipality needs per year of the run (freed slots are reused, so this is generous).
  [[nodiscard]] double newcomers_per_year(const AgeSexCounts& residents) const;
};

}  // namespace regiotwin
