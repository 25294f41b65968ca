#include "validation/validation.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "population/demography.hpp"
#include "population/life_table.hpp"
#include "test_support.hpp"

namespace regiotwin {

using namespace testing_support;

namespace {

ParameterSet without_mortality_trend() {
  ParameterSet params;
  params.set_scalar("mortality_improvement_men", 0.0, {"test", 0, ""});
  params.set_scalar("mortality_improvement_women", 0.0, {"test", 0, ""});
  return params;
}

const CheckOutcome& outcome(const std::vector<CheckOutcome>& outcomes, const std::string& id) {
  const auto it =
      std::find_if(outcomes.begin(), outcomes.end(), [&](const CheckOutcome& o) { return o.check->id == id; });
  if (it == outcomes.end()) throw std::runtime_error("no check " + id);
  return *it;
}

}  // namespace

// One newborn cohort for the tests below: running it to the end takes seconds.
class NewbornCohort : public testing::Test {
 protected:
  static constexpr long long per_sex = 50000;
  static void SetUpTestSuite() { run = std::make_unique<CohortRun>(run_newborn_cohort(ParameterSet{}, per_sex, 3, 0)); }
  static void TearDownTestSuite() { run.reset(); }
  static const CohortRun& cohort() { return *run; }

 private:
  static inline std::unique_ptr<CohortRun> run;  // shared by the tests of the suite
};

// Survivors of the engine's cohort against the life table's survival, for every newborn from its
// age at the start: after 12x months each newborn is x years older. The engine's count is a sum of
// independent survivals, so it lies within 4 binomial standard errors of the expectation (a
// chance of 1 in 16,000 per comparison to fail by bad luck).
TEST_F(NewbornCohort, SurvivalFollowsTheLifeTable) {
  const LifeTable table(without_mortality_trend());
  for (const Sex sex : {Sex::men, Sex::women}) {
    const auto m = static_cast<std::size_t>(sex);
    for (const int age : {1, 20, 50, 65, 80, 90}) {
      double expected = 0.0;
      double variance = 0.0;
      for (int k = 0; k < 12; ++k) {
        double p = 1.0;  // survival from k months to 12 * age + k months
        for (int month = k; month < k + 12 * age; ++month) p *= 1.0 - table.monthly(sex, month / 12);
        const auto n = static_cast<double>(cohort().start_age_months[m][static_cast<std::size_t>(k)]);
        expected += n * p;
        variance += n * p * (1.0 - p);
      }
      const double observed = cohort().result.at(12 * age - 1, m, Indicator::population);
      EXPECT_NEAR(observed, expected, 4.0 * std::sqrt(variance)) << "age " << age << ", sex " << m;
    }
  }
}

// The cohort's life expectancy reproduces the table's within the validation tolerance.
TEST_F(NewbornCohort, LifeExpectancyMatchesTheTable) {
  const LifeTable table(without_mortality_trend());
  EXPECT_NEAR(cohort_life_expectancy(cohort(), Sex::men), table.life_expectancy(Sex::men), 0.25);
  EXPECT_NEAR(cohort_life_expectancy(cohort(), Sex::women), table.life_expectancy(Sex::women), 0.25);
  EXPECT_EQ(cohort().result.at(cohort().result.months() - 1, 0, Indicator::population), 0.0) << "all have died";
}

// The mortality trend is derived from CBS's 2070 assumption (Bevolkingsprognose 2023-2070, CBS
// 70737ned): with it, the 2023 table's period life expectancy reaches 87.29 and 90.68 in 2070.
TEST(MortalityTrend, ReachesTheCbsAssumptionFor2070) {
  LifeTable table{ParameterSet{}};
  EXPECT_NEAR(table.life_expectancy(Sex::men), 80.31, 0.02);
  table.set_year(2070);
  EXPECT_NEAR(table.life_expectancy(Sex::men), 87.29, 0.05);
  EXPECT_NEAR(table.life_expectancy(Sex::women), 90.68, 0.05);
  table.set_year(LifeTable::base_year);
  EXPECT_NEAR(table.life_expectancy(Sex::women), 83.33, 0.02);
}

// Fertility and migration rates follow the CBS path: 2023 rates until 2023, linear to 2030 and on
// to 2040, constant after.
TEST(RateTrends, FollowTheCbsPath) {
  const RateTrend trend{1.2, 0.9};
  EXPECT_DOUBLE_EQ(trend.factor(2020), 1.0);
  EXPECT_DOUBLE_EQ(trend.factor(2023), 1.0);
  EXPECT_NEAR(trend.factor(2030), 1.2, 1e-12);
  EXPECT_NEAR(trend.factor(2035), 1.05, 1e-12);
  EXPECT_DOUBLE_EQ(trend.factor(2050), 0.9);
  DemographySettings d = DemographySettings::from(ParameterSet{});
  const double births_2023 = d.birth_probability[32];
  d.set_year(2040);
  EXPECT_NEAR(d.birth_probability[32] / births_2023, 1.634 / 1.433, 0.001) << "CBS 85747NED total fertility 2040";
}

// Births counted by the engine among women of every age give the total fertility of the rates.
TEST(MeasuredFertility, IsTheTotalOfTheRates) {
  const ParameterSet params;
  double total = 0.0;
  for (const double f : params.table("fertility_per_1000_women").per_year()) total += f / 1000.0;
  EXPECT_NEAR(measured_total_fertility(params, 20000, 5, 0), total, 0.03);
}

// A parameter that moves men's mortality far from the CBS table makes validate fail on exactly
// that figure; a small region is not national, so the projection checks are skipped.
TEST(Validate, FailsWhenAFigureIsPushedOutOfTolerance) {
  ParameterSet params;
  params.set_scalar("mortality_gompertz_b_men", 1.5 * params.real("mortality_gompertz_b_men"), {"test", 0, ""});
  const Region region = one_municipality({band({0, max_age}, std::nullopt, 2000)});
  ValidationOptions options;
  options.cohort_per_sex = 20000;
  options.women_per_age = 5000;
  ValidationRuns runs(region, params, options);
  EXPECT_FALSE(runs.national());
  const std::vector<CheckOutcome> outcomes = validate(runs, validation_checks());
  EXPECT_FALSE(all_passed(outcomes));
  EXPECT_EQ(outcome(outcomes, "life_expectancy_men").status, CheckStatus::fail);
  EXPECT_LT(outcome(outcomes, "life_expectancy_men").deviation(), -1.0);
  EXPECT_EQ(outcome(outcomes, "life_expectancy_women").status, CheckStatus::ok);
  EXPECT_EQ(outcome(outcomes, "start_population").status, CheckStatus::ok);
  EXPECT_EQ(outcome(outcomes, "population_2037").status, CheckStatus::skipped);

  const std::string table = validation_table(outcomes);
  EXPECT_NE(table.find("FAIL"), std::string::npos);
  EXPECT_NE(table.find("Life expectancy at birth, men"), std::string::npos);
  const std::string csv = validation_csv(outcomes);
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), static_cast<long>(outcomes.size()) + 1);
  EXPECT_NE(csv.find("life_expectancy_men,"), std::string::npos);
}

// Only a region of the size of the country is compared with national projections.
TEST(Validate, NationalScopeFollowsThePopulation) {
  Region country = one_municipality({band({0, max_age}, std::nullopt, 17942942)});
  const ParameterSet params;
  EXPECT_TRUE(ValidationRuns(country, params, {}).national());
  EXPECT_FALSE(ValidationRuns(embedded_region("haaglanden"), params, {}).national());
}

}  // namespace regiotwin
