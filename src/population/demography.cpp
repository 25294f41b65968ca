#include "population/demography.hpp"

namespace regiotwin {

DemographySettings DemographySettings::from(const ParameterSet& params) {
  DemographySettings s;
  const auto fertility = params.table("fertility_per_1000_women").per_year();
  const auto emigration = params.table("emigration_per_1000").per_year();
  for (std::size_t age = 0; age < n_ages; ++age) {
    s.birth_probability[age] = fertility[age] / 1000.0 / 12.0;
    s.emigration_probability[age] = emigration[age] / 1000.0 / 12.0;
  }
  s.men_share_at_birth = params.real("men_share_at_birth");
  s.immigrants_per_resident = params.table("immigrants_per_1000_residents");
  for (double& v : s.immigrants_per_resident.values) v /= 1000.0 * 12.0;
  return s;
}

double DemographySettings::newcomers_per_year(const AgeSexCounts& residents) const {
  double births = 0.0;
  for (int age = 0; age <= max_age; ++age) {
    births += static_cast<double>(residents.at(Sex::women, age)) * birth_probability[static_cast<std::size_t>(age)];
  }
  double immigrants = 0.0;
  for (const double v : immigrants_per_resident.values) immigrants += v;
  return 12.0 * (births + immigrants * static_cast<double>(residents.total()));
}

}  // namespace regiotwin
