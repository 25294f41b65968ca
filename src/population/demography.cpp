#include "population/demography.hpp"

#include <algorithm>
#include <string>

namespace regiotwin {
namespace {

RateTrend trend(const ParameterSet& params, const std::string& process) {
  return RateTrend{params.real(process + "_trend_2030"), params.real(process + "_trend_2040")};
}

}  // namespace

double RateTrend::factor(int year) const {
  if (year <= base_year) return 1.0;
  if (year >= 2040) return in_2040;
  if (year <= 2030) return 1.0 + (in_2030 - 1.0) * (year - base_year) / (2030.0 - base_year);
  return in_2030 + (in_2040 - in_2030) * (year - 2030) / 10.0;
}

DemographySettings DemographySettings::from(const ParameterSet& params) {
  DemographySettings s;
  const auto fertility = params.table("fertility_per_1000_women").per_year();
  const auto emigration = params.table("emigration_per_1000").per_year();
  for (std::size_t age = 0; age < n_ages; ++age) {
    s.base_birth_probability[age] = fertility[age] / 1000.0 / 12.0;
    s.base_emigration_probability[age] = emigration[age] / 1000.0 / 12.0;
  }
  s.men_share_at_birth = params.real("men_share_at_birth");
  s.immigrants_per_resident = params.table("immigrants_per_1000_residents");
  for (double& v : s.immigrants_per_resident.values) v /= 1000.0 * 12.0;
  s.base_immigrants_per_resident = s.immigrants_per_resident.values;
  s.fertility_trend = trend(params, "fertility");
  s.immigration_trend = trend(params, "immigration");
  s.emigration_trend = trend(params, "emigration");
  s.set_year(RateTrend::base_year);
  return s;
}

void DemographySettings::set_year(int year) {
  const auto scaled = [](const auto& base, auto& out, double factor) {
    std::transform(base.begin(), base.end(), out.begin(), [factor](double v) { return v * factor; });
  };
  scaled(base_birth_probability, birth_probability, fertility_trend.factor(year));
  scaled(base_emigration_probability, emigration_probability, emigration_trend.factor(year));
  scaled(base_immigrants_per_resident, immigrants_per_resident.values, immigration_trend.factor(year));
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
