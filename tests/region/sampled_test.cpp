#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "region/region.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

long long sum_of(const Municipality& m, std::optional<int> sex_key) {
  long long sum = 0;
  for (const BandCount& b : m.age_bands) {
    const int key = b.sex ? static_cast<int>(*b.sex) : -1;
    if (!sex_key || key == *sex_key) sum += b.count;
  }
  return sum;
}

}  // namespace

// A sample keeps the region's make-up: every count within one of its exact share, and every sum
// that must add up still does (bands to the population, household types to households).
TEST(SampledRegion, CountsAreTheirShareAndStillAddUp) {
  for (const std::string id : {"regio-zwolle", "haaglanden"}) {
    const Region full = testing_support::embedded_region(id);
    for (const double fraction : {0.01, 0.1, 0.37}) {
      const Region small = sampled(full, fraction);
      ASSERT_EQ(small.municipalities.size(), full.municipalities.size());
      for (std::size_t i = 0; i < full.municipalities.size(); ++i) {
        const Municipality& a = full.municipalities[i];
        const Municipality& b = small.municipalities[i];
        EXPECT_EQ(b.population, std::llround(static_cast<double>(a.population) * fraction)) << a.code;
        EXPECT_EQ(sum_of(b, std::nullopt), b.population) << a.code;
        for (std::size_t k = 0; k < a.age_bands.size(); ++k) {
          const double exact = static_cast<double>(a.age_bands[k].count) * fraction;
          EXPECT_LE(std::abs(static_cast<double>(b.age_bands[k].count) - exact), 1.5) << a.code << " band " << k;
        }
        if (b.households) {
          EXPECT_EQ(b.households->one_person + b.households->without_children + b.households->with_children,
                    b.households->households)
              << a.code;
        }
        EXPECT_EQ(b.deprivation_index, a.deprivation_index);
      }
    }
    // The whole is the region itself.
    const Region same = sampled(full, 1.0);
    for (std::size_t i = 0; i < full.municipalities.size(); ++i) {
      for (std::size_t k = 0; k < full.municipalities[i].age_bands.size(); ++k) {
        EXPECT_EQ(same.municipalities[i].age_bands[k].count, full.municipalities[i].age_bands[k].count);
      }
    }
  }
}

}  // namespace regiotwin
