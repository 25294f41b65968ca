#pragma once
// Municipal budgets against modelled spend (model.md §5, docs/finance.md "Budgets"): which payers a
// budget covers, the overspend arithmetic, and the optional budget rule that turns a year's
// overspend into stricter access to Wmo support the next year.
#include <array>
#include <optional>
#include <span>

#include "core/parameters.hpp"
#include "finance/ledger.hpp"
#include "region/budget.hpp"

namespace regiotwin {

using PayerSpend = std::array<double, n_payers>;  // EUR by payer, all cost lines together

// The payers whose spend a budget covers: the law's own payer, or the four of the social domain.
std::span<const Payer> payers_of(BudgetLaw law);

// The spend a budget covers.
double spend_of(BudgetLaw law, const PayerSpend& by_payer);

// A year's budget for the months of it that a run covers (pro rata), so that a run that starts or
// ends within a year is compared with the matching part of the year's budget.
double budget_for_months(double year_budget, int months);

// Spend against budget over the same months.
struct BudgetBalance {
  double spend = 0.0;
  double budget = 0.0;

  [[nodiscard]] double overspend() const { return spend - budget; }
  // Overspend as a share of the budget; nullopt for a budget of zero, against which no share exists.
  [[nodiscard]] std::optional<double> overspend_share() const;
};

// The budget the rule watches in `year`: the municipality's Wmo budget when one is in force (the
// rule acts on Wmo access), else its budget for the social domain as a whole; nullopt when neither.
std::optional<BudgetLaw> watched_law(const MunicipalBudgets& budgets, int year);

// The budget rule (parameter group `budget`): after a year in which a municipality overspends its
// watched budget by a share s, the Wmo support beginning there the next year is multiplied by
// max(floor, 1 - k s). Spending within the budget leaves access as it is: the factor never exceeds 1.
class BudgetRule {
 public:
  BudgetRule() = default;  // off
  BudgetRule(double per_overspend, double floor, double refused_to_home_nursing = 0.0)
      : per_overspend_(per_overspend), floor_(floor), refused_to_home_nursing_(refused_to_home_nursing) {}
  static BudgetRule from(const ParameterSet& params);

  [[nodiscard]] bool on() const { return per_overspend_ > 0.0; }
  // Share of those refused Wmo support who get personal care from district nursing instead.
  [[nodiscard]] double refused_to_home_nursing() const { return refused_to_home_nursing_; }
  // The factor on the next year's Wmo onset after a year with this balance.
  [[nodiscard]] double wmo_access(const BudgetBalance& balance) const;
  // The same from a municipality's spend in `months` months of `year`; 1 without a watched budget.
  [[nodiscard]] double wmo_access(const MunicipalBudgets& budgets, int year, const PayerSpend& spend, int months) const;

 private:
  double per_overspend_ = 0.0;
  double floor_ = 1.0;
  double refused_to_home_nursing_ = 0.0;
};

}  // namespace regiotwin
