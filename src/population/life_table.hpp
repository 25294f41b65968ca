#pragma once
// Mortality by single year of age and sex (Gompertz-Makeham fitted to the CBS life table).
#include <array>

#include "core/age_table.hpp"
#include "core/parameters.hpp"
#include "core/sex.hpp"

namespace regiotwin {

class LifeTable {
 public:
  explicit LifeTable(const ParameterSet& params);

  // Probability of dying within the year of age (q_x).
  [[nodiscard]] double annual(Sex sex, int age) const { return q_[index(sex)][static_cast<std::size_t>(age)]; }
  // Probability of dying within one month at that age, with the hazard constant over the year.
  [[nodiscard]] double monthly(Sex sex, int age) const { return monthly_[index(sex)][static_cast<std::size_t>(age)]; }
  // Period life expectancy at birth under the same constant-hazard assumption the engine uses.
  [[nodiscard]] double life_expectancy(Sex sex) const;
  // Probability of surviving from birth to exact age `age` (l_x with l_0 = 1).
  [[nodiscard]] double survival_to(Sex sex, int age) const;

 private:
  static std::size_t index(Sex sex) { return static_cast<std::size_t>(sex); }
  std::array<std::array<double, n_ages>, n_sexes> q_{};
  std::array<std::array<double, n_ages>, n_sexes> monthly_{};
};

}  // namespace regiotwin
