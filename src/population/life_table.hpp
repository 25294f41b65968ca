#pragma once
// Mortality by single year of age and sex (Gompertz-Makeham fitted to the CBS 2023 life table),
// declining by a yearly rate per sex so that life expectancy keeps rising as CBS projects.
#include <array>

#include "core/age_table.hpp"
#include "core/parameters.hpp"
#include "core/sex.hpp"

namespace regiotwin {

class LifeTable {
 public:
  // The year the fitted table describes; the trend is applied from here.
  static constexpr int base_year = 2023;

  // Rates for base_year until set_year() is called.
  explicit LifeTable(const ParameterSet& params);

  // Rates for calendar year `year`: every hazard multiplied by exp(-decline * (year - base_year)).
  // The engine calls this once a year, so the monthly lookups below stay plain array reads.
  void set_year(int year);
  [[nodiscard]] int year() const { return year_; }

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
  using PerAge = std::array<double, n_ages>;
  std::array<PerAge, n_sexes> base_hazard_{};  // cumulative hazard over each year of age in base_year
  std::array<double, n_sexes> decline_{};      // yearly relative decline of the hazard
  int year_ = base_year;
  std::array<PerAge, n_sexes> q_{};
  std::array<PerAge, n_sexes> monthly_{};
};

}  // namespace regiotwin
