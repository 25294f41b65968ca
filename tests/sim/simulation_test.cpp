#include "sim/simulation.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "test_support.hpp"

namespace regiotwin {

using namespace testing_support;

SimulationResult run(const Region& region, const RunPlan& plan, const ParameterSet& params = {}) {
  Simulation sim(region, params, plan);
  sim.run();
  return sim.result();
}

bool bit_identical(const SimulationResult& a, const SimulationResult& b) {
  for (int month = 0; month < a.months(); ++month) {
    for (std::size_t m = 0; m < a.municipality_count(); ++m) {
      for (std::size_t i = 0; i < n_indicators; ++i) {
        const double x = a.at(month, m, static_cast<Indicator>(i));
        const double y = b.at(month, m, static_cast<Indicator>(i));
        if (std::memcmp(&x, &y, sizeof x) != 0) return false;
      }
    }
  }
  return true;
}

const RunPlan two_years{YearMonth(2024, 1), YearMonth(2025, 12), 7, 1};

// Persons are conserved: last month's population minus this month's deaths is this month's
// population, for every municipality and month (no births or migration yet).
TEST(Simulation, PersonsAreConserved) {
  const Region region = embedded_region("regio-zwolle");
  const SimulationResult r = run(region, two_years);
  for (std::size_t m = 0; m < r.municipality_count(); ++m) {
    double previous = static_cast<double>(region.municipalities[m].population);
    for (int month = 0; month < r.months(); ++month) {
      EXPECT_EQ(previous - r.at(month, m, Indicator::deaths), r.at(month, m, Indicator::population));
      previous = r.at(month, m, Indicator::population);
    }
  }
}

TEST(Simulation, IdenticalAtOneAndTwoThreads) {
  const Region region = embedded_region("regio-zwolle");
  RunPlan two_threads = two_years;
  two_threads.threads = 2;
  EXPECT_TRUE(bit_identical(run(region, two_years), run(region, two_threads)));
}

TEST(Simulation, SeedDecidesTheDraws) {
  const Region region = embedded_region("haaglanden");
  RunPlan other = two_years;
  other.seed = 8;
  EXPECT_TRUE(bit_identical(run(region, two_years), run(region, two_years)));
  EXPECT_FALSE(bit_identical(run(region, two_years), run(region, other)));
}

// Cohort survival against the life table: 200,000 men aged 60 followed for 20 years. The expected
// survival is computed from the monthly probabilities for each month-in-year the cohort starts at.
TEST(Simulation, CohortSurvivalFollowsTheLifeTable) {
  constexpr long long n = 200000;
  const Region region = one_municipality({band({0, 59}, Sex::men, 0), band({60, 60}, Sex::men, n),
                                          band({61, max_age}, Sex::men, 0), band({0, max_age}, Sex::women, 0)});
  const RunPlan plan{YearMonth(2024, 1), YearMonth(2043, 12), 3, 2};
  const ParameterSet params;
  const LifeTable life(params);
  double expected = 0.0;
  for (int start = 0; start < 12; ++start) {
    double survival = 1.0;
    for (int month = 0; month < plan.months(); ++month) {
      survival *= 1.0 - life.monthly(Sex::men, (60 * 12 + start + month) / 12);
    }
    expected += survival / 12.0;
  }
  const double observed = run(region, plan, params).at(plan.months() - 1, 0, Indicator::population) / n;
  const double standard_error = std::sqrt(expected * (1.0 - expected) / n);
  EXPECT_NEAR(observed, expected, 4.0 * standard_error) << "expected " << expected;
}

// GP demand in a month is the Nivel rate by age / 12 summed over residents, within sampling error.
TEST(Simulation, GpDemandMatchesTheAgeRates) {
  const Region region = embedded_region("regio-zwolle");
  const ParameterSet params;
  Simulation sim(region, params, RunPlan{YearMonth(2024, 1), YearMonth(2024, 1), 5, 2});
  const auto rate = params.table("gp_contacts_per_person_year").per_year();
  double expected = 0.0;
  for (const auto age_months : sim.population().age_months) expected += rate[age_months / 12U] / 12.0;
  sim.run();
  const double observed = sim.result().region(0, Indicator::gp_demand);
  EXPECT_NEAR(observed, expected, 4.0 * std::sqrt(expected));
}

// Money is conserved: every euro is booked to a payer, and the GP's cost is served x unit cost.
TEST(Simulation, CostsAreServedContactsTimesUnitCost) {
  const Region region = embedded_region("haaglanden");
  const ParameterSet params;
  const SimulationResult r = run(region, two_years, params);
  for (int month = 0; month < r.months(); ++month) {
    for (std::size_t m = 0; m < r.municipality_count(); ++m) {
      EXPECT_DOUBLE_EQ(r.at(month, m, Indicator::cost_zvw),
                       r.at(month, m, Indicator::gp_served) * params.real("gp_cost_per_contact_eur"));
      EXPECT_DOUBLE_EQ(r.at(month, m, Indicator::cost_total), r.at(month, m, Indicator::cost_zvw));
    }
  }
}

// Monotonicity: more GP capacity never lengthens the waiting list (same seed, same draws).
TEST(Simulation, MoreGpsNeverLengthenTheWait) {
  const Region region = embedded_region("regio-zwolle");
  const RunPlan plan{YearMonth(2024, 1), YearMonth(2030, 12), 7, 2};
  ParameterSet few;
  few.set_scalar("gp_per_10000", 5.5, {"test", 0, ""});
  ParameterSet more;
  more.set_scalar("gp_per_10000", 6.0, {"test", 0, ""});
  const SimulationResult a = run(region, plan, few);
  const SimulationResult b = run(region, plan, more);
  for (int month = 0; month < plan.months(); ++month) {
    ASSERT_LE(b.region(month, Indicator::gp_waiting), a.region(month, Indicator::gp_waiting) + 1e-9);
  }
  EXPECT_GT(a.region(plan.months() - 1, Indicator::gp_waiting), 0.0) << "the test needs a queue to compare";
}

TEST(SimulationResult, RegionAggregatesByTheDictionary) {
  SimulationResult r(YearMonth(2024, 1), 1, {"GM0001", "GM0002"}, {"A", "B"});
  r.at(0, 0, Indicator::population) = 100;
  r.at(0, 1, Indicator::population) = 300;
  r.at(0, 0, Indicator::gp_served) = 10;
  r.at(0, 1, Indicator::gp_served) = 30;
  r.at(0, 0, Indicator::gp_wait_mean) = 1.0;
  r.at(0, 1, Indicator::gp_wait_mean) = 2.0;
  r.at(0, 0, Indicator::gp_wait_p90) = 3.0;
  r.at(0, 1, Indicator::gp_wait_p90) = 1.0;
  EXPECT_EQ(r.region(0, Indicator::population), 400);
  EXPECT_DOUBLE_EQ(r.region(0, Indicator::gp_wait_mean), 1.75);
  EXPECT_EQ(r.region(0, Indicator::gp_wait_p90), 3.0);
}

}  // namespace regiotwin
