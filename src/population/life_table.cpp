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
    auto& q = q_[index(sex)];
    auto& m = monthly_[index(sex)];
    for (int age = 0; age <= max_age; ++age) {
      // Cumulative Gompertz-Makeham hazard over [age, age + 1).
      const double hazard = a + b * std::exp(c * age) * std::expm1(c) / c;
      const auto i = static_cast<std::size_t>(age);
      q[i] = age == 0 ? q0 : -std::expm1(-hazard);
      m[i] = -std::expm1(std::log1p(-q[i]) / 12.0);
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
