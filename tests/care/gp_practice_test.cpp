#include "care/gp_practice.hpp"

#include <gtest/gtest.h>

namespace regiotwin {

// Inversion of the Poisson distribution: over a fine uniform grid the mean number of contacts
// equals the monthly rate (Nivel contacts per year / 12).
TEST(GpSettings, MonthlyContactsHaveTheNivelMean) {
  const ParameterSet params;
  const GpSettings gp = GpSettings::from(params);
  const auto per_year = params.table("gp_contacts_per_person_year").per_year();
  for (const int age : {2, 10, 30, 50, 70, 80, 95}) {
    constexpr int n = 200000;
    double sum = 0.0;
    for (int i = 0; i < n; ++i) sum += gp.contacts(age, (i + 0.5) / n);
    EXPECT_NEAR(sum / n, per_year[static_cast<std::size_t>(age)] / 12.0, 1e-4) << age;
  }
}

TEST(GpSettings, CapacityFromDensityFteAndProductivity) {
  const ParameterSet params;
  const GpSettings gp = GpSettings::from(params);
  EXPECT_DOUBLE_EQ(gp.fte_per_inhabitant, 6.7 / 10000.0 * 0.75);
  EXPECT_DOUBLE_EQ(gp.contacts_per_fte_month, 10000.0 / 12.0);
}

}  // namespace regiotwin
