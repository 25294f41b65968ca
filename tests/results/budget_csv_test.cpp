#include "results/budget_csv.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "io/csv.hpp"
#include "sim/simulation.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

using testing::HasSubstr;
using namespace testing_support;

Municipality with_budgets(const std::string& code, std::vector<BudgetRow> rows) {
  Municipality m;
  m.code = code;
  m.name = code;
  m.budgets.rows = std::move(rows);
  return m;
}

// Three municipalities, from July 2024 to December 2025 (half a year, then a whole one): GM0001 with
// a social-domain budget from 2024 and a Wmo budget from 2025, GM0002 without budgets, GM0003 with
// budgets from 2025 only, one of them zero.
Region hand_made_region() {
  Region region;
  region.municipalities.push_back(
      with_budgets("GM0001", {{2024, BudgetLaw::sociaal_domein, 1200.0}, {2025, BudgetLaw::wmo, 160.0}}));
  region.municipalities.push_back(with_budgets("GM0002", {}));
  region.municipalities.push_back(
      with_budgets("GM0003", {{2025, BudgetLaw::sociaal_domein, 400.0}, {2025, BudgetLaw::welzijn_subsidie, 0.0}}));
  return region;
}

// Every month the same amounts in every municipality: per month the Wmo pays 10 for Wmo providers,
// 2 for the wijkteam and 4 for interventions (16), the Jeugdwet 5, the Participatiewet 20 and the
// welfare subsidy 1: 42 on the social domain; the insurer's 100 and the own contribution of 3 are no
// municipality's.
SimulationResult hand_made_result() {
  SimulationResult r(YearMonth(2024, 7), 18, {"GM0001", "GM0002", "GM0003"}, {"A", "B", "C"});
  for (int month = 0; month < r.months(); ++month) {
    for (std::size_t m = 0; m < 3; ++m) {
      r.cost(month, m, Payer::wmo, line_of(Place::wmo_provider)) = 10.0;
      r.cost(month, m, Payer::wmo, line_of(Place::wijkteam)) = 2.0;
      r.cost(month, m, Payer::wmo, CostLine::interventions) = 4.0;
      r.cost(month, m, Payer::jeugdwet, line_of(Place::youth_care)) = 5.0;
      r.cost(month, m, Payer::participatiewet, CostLine::bijstand_benefits) = 20.0;
      r.cost(month, m, Payer::welzijn_subsidie, line_of(Place::welzijn)) = 1.0;
      r.cost(month, m, Payer::zvw, line_of(Place::gp)) = 100.0;
      r.cost(month, m, Payer::eigen_bijdrage, line_of(Place::wmo_provider)) = 3.0;
    }
  }
  return r;
}

const BudgetLine& find(const std::vector<BudgetLine>& lines, int year, const std::string& code, BudgetLaw law) {
  for (const BudgetLine& line : lines) {
    if (line.year == year && line.gm_code == code && line.law == law) return line;
  }
  throw std::runtime_error("no such line");
}

TEST(BudgetComparison, SpendPerLawAgainstTheBudgetInForce) {
  const std::vector<BudgetLine> lines = compare_budgets(hand_made_region(), hand_made_result());
  ASSERT_EQ(lines.size(), std::size_t{2} * 2 * n_budget_laws)
      << "two years, two municipalities with budgets, five laws";
  for (const BudgetLine& line : lines) EXPECT_NE(line.gm_code, "GM0002") << "no budget, no comparison";
  EXPECT_EQ(lines.front().year, 2024) << "year first";
  EXPECT_EQ(lines.back().year, 2025);

  // 2024 holds six months of the run: spend and budget both for those six.
  const BudgetLine& total_2024 = find(lines, 2024, "GM0001", BudgetLaw::sociaal_domein);
  EXPECT_DOUBLE_EQ(total_2024.spend, 6 * 42.0);
  EXPECT_DOUBLE_EQ(total_2024.budget.value(), 600.0);
  EXPECT_DOUBLE_EQ(find(lines, 2024, "GM0001", BudgetLaw::wmo).spend, 6 * 16.0) << "every line, interventions too";
  EXPECT_FALSE(find(lines, 2024, "GM0001", BudgetLaw::wmo).budget.has_value()) << "its Wmo budget starts in 2025";
  EXPECT_FALSE(find(lines, 2024, "GM0003", BudgetLaw::sociaal_domein).budget.has_value());

  EXPECT_DOUBLE_EQ(find(lines, 2025, "GM0001", BudgetLaw::sociaal_domein).budget.value(), 1200.0)
      << "the 2024 budget carries over";
  const BudgetLine& wmo_2025 = find(lines, 2025, "GM0001", BudgetLaw::wmo);
  EXPECT_DOUBLE_EQ(wmo_2025.spend, 12 * 16.0);
  EXPECT_DOUBLE_EQ(wmo_2025.budget.value(), 160.0);
  EXPECT_DOUBLE_EQ(find(lines, 2025, "GM0001", BudgetLaw::jeugdwet).spend, 60.0);
  EXPECT_DOUBLE_EQ(find(lines, 2025, "GM0001", BudgetLaw::participatiewet).spend, 240.0);
  EXPECT_DOUBLE_EQ(find(lines, 2025, "GM0001", BudgetLaw::welzijn_subsidie).spend, 12.0);
}

TEST(BudgetComparison, CsvHasOverspendAndShare) {
  const std::string text = budget_csv(hand_made_region(), hand_made_result());
  const CsvTable t = CsvTable::parse(text, "budget.csv");
  EXPECT_EQ(t.header(), (std::vector<std::string>{"year", "gm_code", "law", "spend_eur", "budget_eur", "overspend_eur",
                                                  "overspend_share"}));
  EXPECT_EQ(t.rows().size(), 20U);
  EXPECT_THAT(text, HasSubstr("\n2025,GM0001,wmo,192,160,32,0.2\n")) << "overspend 192 - 160, share 32 / 160";
  EXPECT_THAT(text, HasSubstr("\n2024,GM0001,sociaal_domein,252,600,-348,")) << "an underspend is negative";
  EXPECT_THAT(text, HasSubstr("\n2024,GM0003,sociaal_domein,252,,,\n")) << "no budget yet: empty cells";
  EXPECT_THAT(text, HasSubstr("\n2025,GM0003,sociaal_domein,504,400,104,0.26\n"));
  EXPECT_THAT(text, HasSubstr("\n2025,GM0003,welzijn_subsidie,12,0,12,\n")) << "no share of a budget of zero";
  for (const auto& row : t.rows()) {
    if (t.text(row, "budget_eur").empty() || t.text(row, "overspend_share").empty()) continue;
    const double spend = t.number(row, "spend_eur");
    const double budget = t.number(row, "budget_eur");
    EXPECT_DOUBLE_EQ(t.number(row, "overspend_eur"), spend - budget);
    EXPECT_DOUBLE_EQ(t.number(row, "overspend_share"), (spend - budget) / budget);
  }
}

TEST(BudgetComparison, ARegionWithoutBudgetsHasTheHeaderOnly) {
  Region region = hand_made_region();
  for (Municipality& m : region.municipalities) m.budgets = {};
  EXPECT_EQ(budget_csv(region, hand_made_result()),
            "year,gm_code,law,spend_eur,budget_eur,overspend_eur,overspend_share\n");
}

// Concordance with a real run: Zwolle's social-domain spend in budget.csv is the four municipal cost
// indicators of the year, and the model covers some three fifths of the published EUR 250 million
// (docs/finance.md, "Apples and pears").
TEST(BudgetComparison, ZwollesSpendIsItsMunicipalCostIndicators) {
  const Region region = embedded_region("regio-zwolle");
  Simulation sim(region, ParameterSet{}, RunPlan{YearMonth(2024, 1), YearMonth(2024, 12), 1, 0, {}});
  sim.run();
  const SimulationResult& r = sim.result();
  const std::vector<BudgetLine> lines = compare_budgets(region, r);
  ASSERT_EQ(lines.size(), n_budget_laws) << "Zwolle alone has a budget";
  const BudgetLine& total = find(lines, 2024, "GM0193", BudgetLaw::sociaal_domein);
  double indicators = 0.0;
  for (int month = 0; month < r.months(); ++month) {
    for (const Indicator i : {Indicator::cost_wmo, Indicator::cost_jeugdwet, Indicator::cost_participatiewet,
                              Indicator::cost_welzijn_subsidie}) {
      indicators += r.at(month, 0, i);
    }
  }
  EXPECT_NEAR(total.spend, indicators, 1e-9 * indicators);
  EXPECT_EQ(total.budget, 250'000'000.0);
  const double modelled_share = total.spend / *total.budget;
  EXPECT_GT(modelled_share, 0.5);
  EXPECT_LT(modelled_share, 0.7);
}

}  // namespace
}  // namespace regiotwin
