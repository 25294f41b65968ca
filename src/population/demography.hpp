#pragma once
// Births and migration: monthly probabilities per person by age, and expected immigrants per
// resident, from the parameter registry.
#include <array>

#include "core/age_table.hpp"
#include "core/parameters.hpp"
#include "population/synthesis.hpp"

namespace regiotwin {

struct DemographySettings {
  std::array<double, n_ages> birth_probability{};  // per woman per month, by her age
  double men_share_at_birth = 0.0;
  std::array<double, n_ages> emigration_probability{};  // per person per month, by age
  AgeTable immigrants_per_resident;                     // per month, by the immigrant's age band

  static DemographySettings from(const ParameterSet& params);

  // Expected births and immigrants in a year among these residents: the reserve of empty slots
  // a municipality needs per year of the run (freed slots are reused, so this is generous).
  [[nodiscard]] double newcomers_per_year(const AgeSexCounts& residents) const;
};

}  // namespace regiotwin
