#include "population/life_table.hpp"

#include <cmath>

namespace regiotwin {

LifeTable::LifeTable(const ParameterSet& params) {
  const double c = params.real("mortality_gompertz_c");
  for (const Sex sex : {Sex::men, Sex::women}) {
    const bool men = sex == Sex::men;
    const double q0 = params.real(men ? "mortality_q0_men" : "mortality_q0_women");
    const double a = params.real(men ? "mortality_makeham_men" : "mortality_makeham_women");
    const double b = params.real(men ? "mortality_gompertz_b_men" : "mortality_gompertz_b_women");
    decline_[index(sex)] = params.real(men ? "mortality_improvement_men" : "mortality_improvement_women");
    auto& hazard = base_hazard_[index(sex)];
    hazard[0] = -std::log1p(-q0);
    // Cumulative Gompertz-Makeham hazard over [age, age + 1).
    for (int age = 1; age <= max_age; ++age) {
      hazard[static_cast<std::size_t>(age)] = a + b * std::exp(c * age) * std::expm1(c) / c;
    }
  }
  set_year(base_year);
}

void LifeTable::set_year(int year) {
  year_ = year;
  for (const Sex sex : {Sex::men, Sex::women}) {
    // A proportional decline of the hazard at every age (as in a Lee-Carter model with a flat age
    // profile): the simplest trend that moves life expectancy at the pace CBS assumes.
    const double factor = std::exp(-decline_[index(sex)] * (year - base_year));
    for (std::size_t age = 0; age < n_ages; ++age) {
      const double hazard = base_hazard_[index(sex)][age] * factor;
      q_[index(sex)][age] = -std::expm1(-hazard);
      monthly_[index(sex)][age] = -std::expm1(-hazard / 12.0);
    }
  }
}

double LifeTable::survival_to(Sex sex, int age) const {
  double l = 1.0;
  for (int x = 0; x < age && x <= max_age; ++x) l *= 1.0 - annual(sex, x);
  return age > max_age ? 0.0 : l;
}

double LifeTable::life_expectancy(Sex sex) const {
  // With a constant hazard mu within a year, the years lived by those alive at its start are
  // l * q / mu; those alive at max_age + 1 leave the model there.
  double l = 1.0;
  double years = 0.0;
  for (int age = 0; age <= max_age; ++age) {
    const double q = annual(sex, age);
    const double mu = -std::log1p(-q);
    years += l * q / mu;
    l *= 1.0 - q;
  }
  return years;
}

}  // namespace regiotwin
