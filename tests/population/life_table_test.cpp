#include "population/life_table.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace regiotwin {

class LifeTableTest : public testing::Test {
 protected:
  ParameterSet params_;
  LifeTable table_{params_};
};

// CBS 37360ned, 2023: life expectancy at birth 80.31 (men) and 83.33 (women). The fit reproduces
// them to within 0.02 years.
TEST_F(LifeTableTest, LifeExpectancyMatchesCbs) {
  EXPECT_NEAR(table_.life_expectancy(Sex::men), 80.31, 0.02);
  EXPECT_NEAR(table_.life_expectancy(Sex::women), 83.33, 0.02);
}

// CBS death probabilities 2023; the three-parameter curve stays within 5% of each published point.
TEST_F(LifeTableTest, DeathProbabilitiesNearPublishedPoints) {
  EXPECT_DOUBLE_EQ(table_.annual(Sex::men, 0), 0.00363);
  EXPECT_DOUBLE_EQ(table_.annual(Sex::women, 0), 0.00287);
  EXPECT_NEAR(table_.annual(Sex::men, 21), 0.00039, 0.05 * 0.00039);
  EXPECT_NEAR(table_.annual(Sex::men, 61), 0.00694, 0.05 * 0.00694);
  EXPECT_NEAR(table_.annual(Sex::men, 81), 0.0569, 0.05 * 0.0569);
  EXPECT_NEAR(table_.annual(Sex::women, 21), 0.00020, 0.05 * 0.00020);
}

TEST_F(LifeTableTest, TwelveMonthsCompoundToTheYear) {
  for (const Sex sex : {Sex::men, Sex::women}) {
    for (const int age : {0, 30, 70, 100}) {
      EXPECT_NEAR(1.0 - std::pow(1.0 - table_.monthly(sex, age), 12.0), table_.annual(sex, age), 1e-12);
    }
  }
}

TEST_F(LifeTableTest, MortalityRisesWithAgeAfterChildhood) {
  for (int age = 31; age <= max_age; ++age) EXPECT_GT(table_.annual(Sex::men, age), table_.annual(Sex::men, age - 1));
  EXPECT_GT(table_.annual(Sex::men, 80), table_.annual(Sex::women, 80));
}

}  // namespace regiotwin
