#include "population/demography.hpp"

#include <gtest/gtest.h>

namespace regiotwin {

// Total fertility (the sum of the age-specific rates over single years) is CBS's 1.43 for 2023,
// with 117 per 1000 women aged 30-34.
TEST(Demography, FertilityScheduleGivesTheCbsTotal) {
  const ParameterSet params;
  const auto rates = params.table("fertility_per_1000_women").per_year();
  double total = 0.0;
  double weighted_age = 0.0;
  for (int age = 0; age <= max_age; ++age) {
    total += rates[static_cast<std::size_t>(age)] / 1000.0;
    weighted_age += (age + 0.5) * rates[static_cast<std::size_t>(age)];
  }
  EXPECT_NEAR(total, 1.43, 0.001);
  EXPECT_EQ(rates[32], 117.0);
  EXPECT_NEAR(weighted_age / (total * 1000.0), 32.0, 0.2) << "mean age of the mother at birth";
}

// Immigration per resident adds up to CBS 2023: 335,668 immigrants on 17,942,942 residents.
TEST(Demography, ImmigrationAddsUpToTheCbsTotal) {
  const DemographySettings d = DemographySettings::from(ParameterSet{});
  double per_resident_year = 0.0;
  for (const double v : d.immigrants_per_resident.values) per_resident_year += 12.0 * v;
  EXPECT_NEAR(per_resident_year * 17942942.0, 335668.0, 500.0);
}

TEST(Demography, MonthlyProbabilitiesAreYearlyRatesOverTwelve) {
  const DemographySettings d = DemographySettings::from(ParameterSet{});
  EXPECT_DOUBLE_EQ(d.birth_probability[32], 117.0 / 1000.0 / 12.0);
  EXPECT_DOUBLE_EQ(d.birth_probability[10], 0.0);
  EXPECT_DOUBLE_EQ(d.emigration_probability[25], 25.96 / 1000.0 / 12.0);
  EXPECT_DOUBLE_EQ(d.men_share_at_birth, 0.5122);
}

TEST(Demography, NewcomersPerYearCountsBirthsAndImmigrants) {
  const DemographySettings d = DemographySettings::from(ParameterSet{});
  AgeSexCounts women30{};
  women30.counts[static_cast<std::size_t>(Sex::women)][30] = 1000;
  double immigrants = 0.0;
  for (const double v : d.immigrants_per_resident.values) immigrants += 12.0 * v * 1000.0;
  EXPECT_NEAR(d.newcomers_per_year(women30), 117.0 + immigrants, 1e-9);
}

}  // namespace regiotwin
