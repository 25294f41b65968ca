#include "care/gp_practice.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

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
    for (int i = 0; i < n; ++i) sum += gp.contacts(age, static_cast<std::uint32_t>(std::ldexp((i + 0.5) / n, 32)));
    EXPECT_NEAR(sum / n, per_year[static_cast<std::size_t>(age)] / 12.0, 1e-4) << age;
  }
}

// Inversion ends where it should: the lowest draw asks nothing, the highest the most contacts, and
// more bits never give fewer contacts.
TEST(GpSettings, ContactsRiseWithTheDraw) {
  const GpSettings gp = GpSettings::from(ParameterSet{});
  for (const int age : {0, 40, 90}) {
    EXPECT_EQ(gp.contacts(age, 0), 0);
    EXPECT_LE(gp.contacts(age, 0xFFFFFFFFU), GpSettings::max_contacts);
    EXPECT_GE(gp.contacts(age, 0xFFFFFFFFU), 3);
    int previous = 0;
    for (std::uint64_t bits = 0; bits <= 0xFFFFFFFFU; bits += 0x10001) {
      const int k = gp.contacts(age, static_cast<std::uint32_t>(bits));
      ASSERT_GE(k, previous);
      previous = k;
    }
  }
}

TEST(GpSettings, CapacityFromDensityFteAndProductivity) {
  const ParameterSet params;
  const GpSettings gp = GpSettings::from(params);
  EXPECT_DOUBLE_EQ(gp.fte_per_inhabitant, 6.7 / 10000.0 * 0.75);
  EXPECT_DOUBLE_EQ(gp.contacts_per_fte_month, 10000.0 / 12.0);
}

}  // namespace regiotwin
