// The budget rule in whole runs (docs/finance.md "Budgets"): off, it changes nothing bit for bit; on,
// a municipality that overspends its budget admits fewer new Wmo clients the next year, the more so
// the stronger the rule; and results stay the same at any thread count.
#include <gtest/gtest.h>

#include <bit>
#include <cstdint>

#include "identical_results.hpp"
#include "sim/simulation.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

using namespace testing_support;

SimulationResult simulate(const Region& region, const RunPlan& plan, const ParameterSet& params = {}) {
  Simulation sim(region, params, plan);
  sim.run();
  return sim.result();
}

ParameterSet rule(double per_overspend, double floor = 0.3) {
  ParameterSet p;
  p.set_scalar("budget_rule_wmo_access_per_overspend", per_overspend, {"test", 0, ""});
  p.set_scalar("budget_rule_wmo_access_floor", floor, {"test", 0, ""});
  return p;
}

// A payer's spend in one calendar year of the run, every line.
double year_spend(const SimulationResult& r, std::size_t m, int year, Payer payer) {
  double sum = 0.0;
  for (int month = 0; month < r.months(); ++month) {
    if (r.from().plus(month).year() != year) continue;
    for (std::size_t l = 0; l < n_cost_lines; ++l) sum += r.cost(month, m, payer, static_cast<CostLine>(l));
  }
  return sum;
}

// Zwolle on its own, with a Wmo budget far below its modelled Wmo spend (about EUR 47 million).
constexpr double zwolle_wmo_budget = 20e6;
Region zwolle_overspending() {
  Region region = embedded_region("regio-zwolle");
  Municipality zwolle = *region.find("GM0193");
  zwolle.budgets.rows = {{2024, BudgetLaw::wmo, zwolle_wmo_budget}};
  region.municipalities = {zwolle};
  return region;
}

Region without_budgets(Region region) {
  for (Municipality& m : region.municipalities) m.budgets = {};
  return region;
}

const RunPlan six_years{YearMonth(2024, 1), YearMonth(2029, 12), 3, 1, {}};

TEST(BudgetRule, OffOrWithoutABudgetItChangesNothing) {
  const Region with = zwolle_overspending();
  const SimulationResult baseline = simulate(without_budgets(with), six_years);
  EXPECT_TRUE(bit_identical(simulate(with, six_years), baseline)) << "budgets alone only compare";
  EXPECT_TRUE(bit_identical(simulate(without_budgets(with), six_years, rule(1.0)), baseline))
      << "the rule without a budget to watch";
  Region generous = with;
  generous.municipalities[0].budgets.rows = {{2024, BudgetLaw::wmo, 1e9}};
  EXPECT_TRUE(bit_identical(simulate(generous, six_years, rule(1.0)), baseline)) << "spend within the budget";
}

// A property over strengths: the stronger the rule, the less Wmo spend and overspend in every year
// after the first, while the first year, which the rule has not judged yet, stays as it was.
TEST(BudgetRule, StrongerRulesCutWmoSpendAndOverspendMore) {
  const Region region = zwolle_overspending();
  const std::vector<double> strengths = {0.0, 0.1, 0.2, 0.4};
  std::vector<SimulationResult> runs;
  runs.reserve(strengths.size());
  for (const double k : strengths) runs.push_back(simulate(region, six_years, rule(k)));
  for (std::size_t i = 1; i < runs.size(); ++i) {
    SCOPED_TRACE(strengths[i]);
    EXPECT_EQ(year_spend(runs[i], 0, 2024, Payer::wmo), year_spend(runs[0], 0, 2024, Payer::wmo));
    for (int year = 2025; year <= 2029; ++year) {
      const double weaker = year_spend(runs[i - 1], 0, year, Payer::wmo);
      const double stronger = year_spend(runs[i], 0, year, Payer::wmo);
      EXPECT_LT(stronger, weaker) << year;
      EXPECT_LT(stronger - zwolle_wmo_budget, weaker - zwolle_wmo_budget) << "overspend in " << year;
    }
  }
  // A strong rule outweighs the ageing that raises Wmo spend without it: the overspend shrinks from
  // year to year, as earlier clients leave and fewer new ones are admitted.
  for (int year = 2025; year <= 2029; ++year) {
    EXPECT_LT(year_spend(runs.back(), 0, year, Payer::wmo), year_spend(runs.back(), 0, year - 1, Payer::wmo)) << year;
  }
  EXPECT_LT(year_spend(runs.back(), 0, 2029, Payer::wmo), 0.9 * year_spend(runs[0], 0, 2029, Payer::wmo))
      << "a rule of 0.4 on an overspend of some 130% cuts Wmo spend by more than a tenth in five years";
}

// The rule's state is kept per municipality in its own place pass; several municipalities over
// budget, each with its own share, give the same results at one and two threads.
// Those refused Wmo support still need care: a share turns to district nursing, whose need (in care
// or waiting) rises; the Wmo itself is the same either way.
TEST(BudgetRule, RefusedSupportShiftsCostToDistrictNursing) {
  const Region region = zwolle_overspending();
  ParameterSet none = rule(0.4);
  none.set_scalar("budget_rule_refused_home_nursing_share", 0.0, {"test", 0, ""});
  ParameterSet some = rule(0.4);
  some.set_scalar("budget_rule_refused_home_nursing_share", 0.5, {"test", 0, ""});
  const SimulationResult without = simulate(region, six_years, none);
  const SimulationResult with = simulate(region, six_years, some);
  const auto nursing = [](const SimulationResult& r, int year) {
    double sum = 0.0;
    for (int month = 0; month < r.months(); ++month) {
      if (r.from().plus(month).year() != year) continue;
      sum += r.place(month, 0, Place::wijkverpleging, PlaceMeasure::in_care) +
             r.place(month, 0, Place::wijkverpleging, PlaceMeasure::waiting);
    }
    return sum;
  };
  EXPECT_EQ(nursing(with, 2024), nursing(without, 2024));  // the rule acts from the second year
  for (int year = 2026; year <= 2029; ++year) {
    EXPECT_EQ(year_spend(with, 0, year, Payer::wmo), year_spend(without, 0, year, Payer::wmo)) << year;
    EXPECT_GT(nursing(with, year), nursing(without, year)) << year;
  }
}

TEST(BudgetRule, IdenticalAtOneAndTwoThreads) {
  Region region = embedded_region("regio-zwolle");
  for (Municipality& m : region.municipalities) {
    // About half the social domain's modelled spend per resident (some EUR 1,100 a year).
    m.budgets.rows = {{2024, BudgetLaw::sociaal_domein, 550.0 * static_cast<double>(m.population)}};
  }
  const RunPlan one_thread{YearMonth(2024, 1), YearMonth(2026, 12), 5, 1, {}};
  RunPlan two_threads = one_thread;
  two_threads.threads = 2;
  const SimulationResult one = simulate(region, one_thread, rule(0.5));
  EXPECT_TRUE(bit_identical(one, simulate(region, two_threads, rule(0.5))));
  EXPECT_FALSE(bit_identical(one, simulate(region, one_thread))) << "the rule acted";
}

}  // namespace
}  // namespace regiotwin
