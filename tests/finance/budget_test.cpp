#include "finance/budget.hpp"

#include <gtest/gtest.h>

namespace regiotwin {
namespace {

PayerSpend spend(double wmo, double jeugdwet, double participatiewet, double welzijn) {
  PayerSpend s{};
  s[static_cast<std::size_t>(Payer::zvw)] = 1e9;  // never part of a municipal budget
  s[static_cast<std::size_t>(Payer::wlz)] = 1e9;
  s[static_cast<std::size_t>(Payer::eigen_bijdrage)] = 1e6;
  s[static_cast<std::size_t>(Payer::wmo)] = wmo;
  s[static_cast<std::size_t>(Payer::jeugdwet)] = jeugdwet;
  s[static_cast<std::size_t>(Payer::participatiewet)] = participatiewet;
  s[static_cast<std::size_t>(Payer::welzijn_subsidie)] = welzijn;
  return s;
}

TEST(Budget, EachLawCoversItsPayerAndTheSocialDomainAllFour) {
  const PayerSpend s = spend(40.0, 30.0, 20.0, 5.0);
  EXPECT_EQ(spend_of(BudgetLaw::wmo, s), 40.0);
  EXPECT_EQ(spend_of(BudgetLaw::jeugdwet, s), 30.0);
  EXPECT_EQ(spend_of(BudgetLaw::participatiewet, s), 20.0);
  EXPECT_EQ(spend_of(BudgetLaw::welzijn_subsidie, s), 5.0);
  EXPECT_EQ(spend_of(BudgetLaw::sociaal_domein, s), 95.0)
      << "own contributions, Zvw and Wlz are not the municipality's";
  for (std::size_t l = 0; l < n_budget_laws; ++l) EXPECT_FALSE(payers_of(static_cast<BudgetLaw>(l)).empty());
}

TEST(Budget, OverspendAndItsShare) {
  const BudgetBalance over{261.0, 250.0};
  EXPECT_DOUBLE_EQ(over.overspend(), 11.0);
  EXPECT_DOUBLE_EQ(over.overspend_share().value(), 0.044);
  const BudgetBalance under{150.0, 250.0};
  EXPECT_DOUBLE_EQ(under.overspend(), -100.0);
  EXPECT_DOUBLE_EQ(under.overspend_share().value(), -0.4);
  EXPECT_FALSE((BudgetBalance{10.0, 0.0}.overspend_share().has_value())) << "no share of a budget of zero";
  EXPECT_DOUBLE_EQ(budget_for_months(240.0, 12), 240.0);
  EXPECT_DOUBLE_EQ(budget_for_months(240.0, 3), 60.0);
}

TEST(Budget, TheRuleWatchesTheWmoBudgetBeforeTheTotal) {
  MunicipalBudgets b;
  EXPECT_FALSE(watched_law(b, 2024).has_value());
  b.rows.push_back({2024, BudgetLaw::jeugdwet, 10.0});
  EXPECT_FALSE(watched_law(b, 2024).has_value()) << "the rule acts on Wmo access: a youth budget alone is not watched";
  b.rows.push_back({2024, BudgetLaw::sociaal_domein, 100.0});
  EXPECT_EQ(watched_law(b, 2024), BudgetLaw::sociaal_domein);
  b.rows.push_back({2026, BudgetLaw::wmo, 40.0});
  EXPECT_EQ(watched_law(b, 2025), BudgetLaw::sociaal_domein);
  EXPECT_EQ(watched_law(b, 2026), BudgetLaw::wmo);
}

TEST(Budget, TheRuleTightensWithOverspendDownToItsFloor) {
  const BudgetRule off;
  EXPECT_FALSE(off.on());
  EXPECT_EQ(off.wmo_access(BudgetBalance{200.0, 100.0}), 1.0);

  const BudgetRule rule(2.0, 0.6);
  EXPECT_TRUE(rule.on());
  EXPECT_EQ(rule.wmo_access(BudgetBalance{90.0, 100.0}), 1.0) << "spending within the budget never loosens access";
  EXPECT_EQ(rule.wmo_access(BudgetBalance{100.0, 100.0}), 1.0);
  EXPECT_DOUBLE_EQ(rule.wmo_access(BudgetBalance{110.0, 100.0}), 0.8) << "1 - 2 * 0.1";
  EXPECT_DOUBLE_EQ(rule.wmo_access(BudgetBalance{150.0, 100.0}), 0.6) << "1 - 2 * 0.5 is below the floor";
  EXPECT_DOUBLE_EQ(rule.wmo_access(BudgetBalance{1.0, 0.0}), 0.6) << "any spend overspends a budget of zero";
  EXPECT_EQ(rule.wmo_access(BudgetBalance{0.0, 0.0}), 1.0);
}

TEST(Budget, TheRuleComparesAYearsSpendWithItsWatchedBudget) {
  const BudgetRule rule(1.0, 0.0);
  MunicipalBudgets b;
  EXPECT_EQ(rule.wmo_access(b, 2024, spend(1e9, 1e9, 1e9, 1e9), 12), 1.0) << "no budget, no rule";
  b.rows.push_back({2024, BudgetLaw::sociaal_domein, 100.0});
  EXPECT_DOUBLE_EQ(rule.wmo_access(b, 2025, spend(40.0, 40.0, 30.0, 10.0), 12), 0.8) << "120 against 100";
  EXPECT_DOUBLE_EQ(rule.wmo_access(b, 2025, spend(20.0, 20.0, 15.0, 5.0), 6), 0.8) << "60 against half of 100";
  b.rows.push_back({2025, BudgetLaw::wmo, 50.0});
  EXPECT_DOUBLE_EQ(rule.wmo_access(b, 2025, spend(60.0, 40.0, 30.0, 10.0), 12), 0.8) << "Wmo 60 against 50";
  EXPECT_EQ(BudgetRule::from(ParameterSet{}).on(), false) << "off by default";
}

}  // namespace
}  // namespace regiotwin
