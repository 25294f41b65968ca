#include "sim/simulation.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "identical_results.hpp"
#include "test_support.hpp"

namespace regiotwin {

using namespace testing_support;

SimulationResult run(const Region& region, const RunPlan& plan, const ParameterSet& params = {}) {
  Simulation sim(region, params, plan);
  sim.run();
  return sim.result();
}

// A closed population: no one arrives from or leaves for abroad.
ParameterSet without_migration() {
  ParameterSet params;
  const AgeTable none{{{0, max_age}}, {0.0}};
  params.set_table("emigration_per_1000", none, {"test", 0, ""});
  params.set_table("immigrants_per_1000_residents", none, {"test", 0, ""});
  return params;
}

const RunPlan two_years{YearMonth(2024, 1), YearMonth(2025, 12), 7, 1, {}};

// Persons are conserved: last month's population + births + immigrants - deaths - emigrants is
// this month's population, for every municipality and month; and the slots agree with the counts.
TEST(Simulation, PersonsAreConserved) {
  const Region region = embedded_region("regio-zwolle");
  Simulation sim(region, ParameterSet{}, two_years);
  sim.run();
  const SimulationResult& r = sim.result();
  double births = 0.0;
  double immigrants = 0.0;
  double emigrants = 0.0;
  for (std::size_t m = 0; m < r.municipality_count(); ++m) {
    double previous = static_cast<double>(region.municipalities[m].population);
    for (int month = 0; month < r.months(); ++month) {
      const auto at = [&](Indicator i) { return r.at(month, m, i); };
      EXPECT_EQ(previous + at(Indicator::births) + at(Indicator::immigrants) - at(Indicator::deaths) -
                    at(Indicator::emigrants),
                at(Indicator::population))
          << r.municipality_codes()[m] << " month " << month;
      previous = at(Indicator::population);
      births += at(Indicator::births);
      immigrants += at(Indicator::immigrants);
      emigrants += at(Indicator::emigrants);
    }
  }
  EXPECT_GT(births, 0.0);
  EXPECT_GT(immigrants, 0.0);
  EXPECT_GT(emigrants, 0.0);
  EXPECT_EQ(static_cast<double>(sim.population().alive()), r.region(r.months() - 1, Indicator::population));
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
  const RunPlan plan{YearMonth(2024, 1), YearMonth(2043, 12), 3, 2, {}};
  const ParameterSet params = without_migration();
  LifeTable life(params);
  double expected = 0.0;
  for (int start = 0; start < 12; ++start) {
    double survival = 1.0;
    for (int month = 0; month < plan.months(); ++month) {
      life.set_year(plan.from.plus(month).year());  // mortality declines year by year
      survival *= 1.0 - life.monthly(Sex::men, (60 * 12 + start + month) / 12);
    }
    expected += survival / 12.0;
  }
  const double observed = run(region, plan, params).at(plan.months() - 1, 0, Indicator::population) / n;
  const double standard_error = std::sqrt(expected * (1.0 - expected) / n);
  EXPECT_NEAR(observed, expected, 4.0 * standard_error) << "expected " << expected;
}

// Births among 100,000 women aged 30 in a closed population: a year gives about 117 per 1000
// (binomial, within 4 standard errors), and 51.22% of the newborns are boys.
TEST(Simulation, BirthsFollowTheFertilityRate) {
  constexpr long long n = 100000;
  const Region region = one_municipality({band({0, max_age}, Sex::men, 0), band({0, 29}, Sex::women, 0),
                                          band({30, 30}, Sex::women, n), band({31, max_age}, Sex::women, 0)});
  const RunPlan plan{YearMonth(2024, 1), YearMonth(2024, 12), 9, 2, {}};
  Simulation sim(region, without_migration(), plan);
  sim.run();
  double births = 0.0;
  for (int month = 0; month < plan.months(); ++month) births += sim.result().at(month, 0, Indicator::births);
  const double expected = n * 0.117;
  EXPECT_NEAR(births, expected, 4.0 * std::sqrt(expected));
  long long boys = 0;
  const Population& pop = sim.population();
  for (std::size_t p = 0; p < pop.slots(); ++p) {
    boys += pop.status[p] == Status::alive && pop.age_months[p] < 12 && pop.sex[p] == Sex::men;
  }
  EXPECT_NEAR(static_cast<double>(boys) / births, 0.5122, 4.0 * std::sqrt(0.25 / births));
}

// Immigrants in a month: the expected count is rate x residents per age band, rounded at random,
// so the total lies within one per band of the expectation.
TEST(Simulation, ImmigrantsFollowTheRatePerResident) {
  const Region region = embedded_region("regio-zwolle");
  const ParameterSet params;
  Simulation sim(region, params, RunPlan{YearMonth(2024, 1), YearMonth(2024, 1), 5, 2, {}});
  sim.run();
  const SimulationResult& r = sim.result();
  const DemographySettings d = DemographySettings::from(params);
  for (std::size_t m = 0; m < r.municipality_count(); ++m) {
    // Immigrants are drawn on the residents after deaths, emigration and births of the month.
    const double base = r.at(0, m, Indicator::population) - r.at(0, m, Indicator::immigrants);
    double expected = 0.0;
    for (const double v : d.immigrants_per_resident.values) expected += v * base;
    EXPECT_NEAR(r.at(0, m, Indicator::immigrants), expected,
                static_cast<double>(d.immigrants_per_resident.values.size()));
  }
}

// GP demand in a month is the Nivel rate by age / 12 summed over residents, within sampling error.
TEST(Simulation, MedicalQuestionsMatchTheAgeRates) {
  const Region region = embedded_region("regio-zwolle");
  const ParameterSet params;
  Simulation sim(region, params, RunPlan{YearMonth(2024, 1), YearMonth(2024, 1), 5, 2, {}});
  sim.run();
  // The month's residents as the person pass counted them (aged one month) raise medical questions
  // at the GP's contact rate by age without the share with a social background.
  const auto rate = params.table("gp_contacts_per_person_year").per_year();
  const double medical_share = 1.0 - params.real("gp_social_background_share");
  double expected = 0.0;
  const Population& pop = sim.population();
  for (std::size_t p = 0; p < pop.slots(); ++p) {
    if (pop.status[p] == Status::alive) expected += rate[pop.age_months[p] / 12U] * medical_share / 12.0;
  }
  double observed = 0.0;
  const SimulationResult& r = sim.result();
  for (std::size_t m = 0; m < r.municipality_count(); ++m) {
    for (std::size_t entry = 0; entry < n_places; ++entry) {
      for (std::size_t o = 0; o < SimulationResult::n_final_places; ++o) {
        observed += r.flow(0, m, QuestionType::medical, static_cast<Place>(entry), o);
      }
    }
  }
  EXPECT_NEAR(observed, expected, 4.0 * std::sqrt(expected));
}

// Calibration: about 30% of the questions entering the GP practice are social, as about 30% of GP
// consultations have a social background (facts.md); within 3 points for a year of regio-zwolle.
TEST(Simulation, AboutThirtyPercentOfGpQuestionsAreSocial) {
  const SimulationResult r =
      run(embedded_region("regio-zwolle"), RunPlan{YearMonth(2024, 1), YearMonth(2024, 12), 3, 2, {}});
  double all = 0.0;
  double social = 0.0;
  for (std::size_t m = 0; m < r.municipality_count(); ++m) {
    for (std::size_t t = 0; t < n_question_types; ++t) {
      for (std::size_t o = 0; o < SimulationResult::n_final_places; ++o) {
        const double q = r.flow(0, m, static_cast<QuestionType>(t), Place::gp, o);
        all += q;
        if (static_cast<QuestionType>(t) == QuestionType::social) social += q;
      }
    }
  }
  EXPECT_NEAR(social / all, 0.30, 0.03);
}

// The GP's cost is its served contacts times the unit cost, all of it paid by the insurer, and the
// payers add up to the total (tests/finance has the full conservation test).
TEST(Simulation, GpCostIsServedContactsTimesUnitCost) {
  const Region region = embedded_region("haaglanden");
  const ParameterSet params;
  const SimulationResult r = run(region, two_years, params);
  for (int month = 0; month < r.months(); ++month) {
    for (std::size_t m = 0; m < r.municipality_count(); ++m) {
      EXPECT_DOUBLE_EQ(r.cost(month, m, Payer::zvw, line_of(Place::gp)),
                       r.at(month, m, Indicator::gp_served) * params.real("gp_cost_per_contact_eur"));
      double payers = 0.0;
      for (auto i = static_cast<std::size_t>(Indicator::cost_zvw); i < static_cast<std::size_t>(Indicator::cost_total);
           ++i) {
        payers += r.at(month, m, static_cast<Indicator>(i));
      }
      EXPECT_NEAR(payers, r.at(month, m, Indicator::cost_total), 1e-9 * r.at(month, m, Indicator::cost_total));
      EXPECT_GT(r.at(month, m, Indicator::cost_total), r.at(month, m, Indicator::cost_zvw));
    }
  }
}

// Monotonicity: more capacity at every place never lengthens any waiting list (same seed, same
// draws; the feedback of waits on persons is off, so the questions are the same).
TEST(Simulation, MoreCapacityNeverLengthensAnyWait) {
  const Region region = embedded_region("regio-zwolle");
  const RunPlan plan{YearMonth(2024, 1), YearMonth(2027, 12), 7, 2, {}};
  ParameterSet less;
  ParameterSet more;
  for (const std::string_view place : place_names) {
    const std::string name = std::string(place) + "_start_capacity_ratio";
    less.set_scalar(name, 0.95, {"test", 0, ""});
    more.set_scalar(name, 1.0, {"test", 0, ""});
  }
  for (ParameterSet* p : {&less, &more}) p->set_scalar("mental_worsening_per_month_waited", 0.0, {"test", 0, ""});
  const SimulationResult a = run(region, plan, less);
  const SimulationResult b = run(region, plan, more);
  double waiting_with_less = 0.0;
  for (int month = 0; month < plan.months(); ++month) {
    for (std::size_t m = 0; m < a.municipality_count(); ++m) {
      for (std::size_t p = 0; p < n_places; ++p) {
        const double with_less = a.place(month, m, static_cast<Place>(p), PlaceMeasure::waiting);
        ASSERT_LE(b.place(month, m, static_cast<Place>(p), PlaceMeasure::waiting), with_less * (1 + 1e-12) + 1e-9)
            << place_names[p] << " month " << month;
        waiting_with_less += with_less;
      }
    }
  }
  EXPECT_GT(waiting_with_less, 0.0) << "the test needs queues to compare";
}

// Waiting feeds back on persons: scarce mild mental help makes more mild problems severe, and
// without the feedback the same scarcity leaves every person indicator as it was.
TEST(Simulation, LongMentalWaitsMakeMoreSevereProblems) {
  const Region region = embedded_region("haaglanden");
  const RunPlan plan{YearMonth(2024, 1), YearMonth(2025, 12), 9, 2, {}};
  const auto scarce = [](double per_month_waited) {
    ParameterSet p;
    p.set_scalar("poh_ggz_start_capacity_ratio", 0.6, {"test", 0, ""});
    p.set_scalar("basic_ggz_start_capacity_ratio", 0.6, {"test", 0, ""});
    p.set_scalar("mental_worsening_per_month_waited", per_month_waited, {"test", 0, ""});
    return p;
  };
  ParameterSet no_feedback;
  no_feedback.set_scalar("mental_worsening_per_month_waited", 0.0, {"test", 0, ""});
  const SimulationResult plenty = run(region, plan, no_feedback);
  const SimulationResult scarce_without = run(region, plan, scarce(0.0));
  const SimulationResult scarce_with = run(region, plan, scarce(0.5));
  const int last = plan.months() - 1;
  for (std::size_t i = 0; i < static_cast<std::size_t>(Indicator::gp_demand); ++i) {
    const auto indicator = static_cast<Indicator>(i);
    ASSERT_EQ(scarce_without.region(last, indicator), plenty.region(last, indicator)) << spec(indicator).name;
  }
  EXPECT_GT(scarce_with.region(last, Indicator::mental_severe),
            scarce_without.region(last, Indicator::mental_severe) * 1.01);
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

namespace regiotwin {

// Household links stay consistent through deaths, separations, admissions and new couples:
// partners point at each other, are alive and live as a couple; nobody in an institution has a
// partner link; a child at home lives in a household with children.
TEST(Simulation, HouseholdsStayConsistent) {
  const Region region = embedded_region("haaglanden");
  Simulation sim(region, ParameterSet{}, two_years);
  sim.run();
  const Population& pop = sim.population();
  long long linked = 0;
  for (std::uint32_t p = 0; p < pop.slots(); ++p) {
    if (pop.status[p] != Status::alive) continue;
    const Household h = pop.household[p];
    if (pop.states[p].child()) {
      ASSERT_TRUE(h == Household::couple_with_children || h == Household::single_parent) << p;
    }
    const std::uint32_t partner = pop.partner[p];
    if (partner == no_partner) continue;
    ++linked;
    ASSERT_EQ(pop.partner[partner], p);
    ASSERT_EQ(pop.status[partner], Status::alive);
    ASSERT_TRUE(h == Household::couple || h == Household::couple_with_children) << p;
    ASSERT_NE(pop.sex[partner], pop.sex[p]);
  }
  EXPECT_GT(linked, static_cast<long long>(0.3 * static_cast<double>(pop.alive())));
}

// Starting prevalences follow the tables: the Wlz share of residents lands near the national
// 2.0% and youth care near 10.6% of the under-23s (the region's age structure differs a little).
TEST(Simulation, StartingStatesFollowThePrevalences) {
  const Region region = embedded_region("regio-zwolle");
  const RunPlan one_month{YearMonth(2024, 1), YearMonth(2024, 1), 7, 1, {}};
  const SimulationResult r = run(region, one_month);
  const double population = r.region(0, Indicator::population);
  EXPECT_NEAR(r.region(0, Indicator::wlz) / population, 0.020, 0.003);
  EXPECT_NEAR(r.region(0, Indicator::youth_care) / r.region(0, Indicator::population_under23), 0.106, 0.008);
  EXPECT_NEAR(r.region(0, Indicator::chronic_2plus) / population, 0.33, 0.03);
}

}  // namespace regiotwin
