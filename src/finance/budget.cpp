#include "finance/budget.hpp"

#include <algorithm>

namespace regiotwin {
namespace {

constexpr std::array<Payer, 1> wmo_payers{Payer::wmo};
constexpr std::array<Payer, 1> jeugdwet_payers{Payer::jeugdwet};
constexpr std::array<Payer, 1> participatiewet_payers{Payer::participatiewet};
constexpr std::array<Payer, 1> welzijn_payers{Payer::welzijn_subsidie};
constexpr std::array<Payer, 4> social_domain_payers{Payer::wmo, Payer::jeugdwet, Payer::participatiewet,
                                                    Payer::welzijn_subsidie};

}  // namespace

std::span<const Payer> payers_of(BudgetLaw law) {
  switch (law) {
    case BudgetLaw::wmo: return wmo_payers;
    case BudgetLaw::jeugdwet: return jeugdwet_payers;
    case BudgetLaw::participatiewet: return participatiewet_payers;
    case BudgetLaw::welzijn_subsidie: return welzijn_payers;
    case BudgetLaw::sociaal_domein: return social_domain_payers;
  }
  return {};
}

double spend_of(BudgetLaw law, const PayerSpend& by_payer) {
  double sum = 0.0;
  for (const Payer payer : payers_of(law)) sum += by_payer[static_cast<std::size_t>(payer)];
  return sum;
}

double budget_for_months(double year_budget, int months) { return year_budget * months / 12.0; }

std::optional<double> BudgetBalance::overspend_share() const {
  if (budget <= 0.0) return std::nullopt;
  return overspend() / budget;
}

std::optional<BudgetLaw> watched_law(const MunicipalBudgets& budgets, int year) {
  for (const BudgetLaw law : {BudgetLaw::wmo, BudgetLaw::sociaal_domein}) {
    if (budgets.in_force(law, year)) return law;
  }
  return std::nullopt;
}

BudgetRule BudgetRule::from(const ParameterSet& params) {
  return {params.real("budget_rule_wmo_access_per_overspend"), params.real("budget_rule_wmo_access_floor"),
          params.real("budget_rule_refused_home_nursing_share")};
}

double BudgetRule::wmo_access(const BudgetBalance& balance) const {
  if (!on() || balance.overspend() <= 0.0) return 1.0;
  const std::optional<double> share = balance.overspend_share();
  if (!share) return floor_;  // a budget of zero is overspent without measure
  return std::max(floor_, 1.0 - per_overspend_ * *share);
}

double BudgetRule::wmo_access(const MunicipalBudgets& budgets, int year, const PayerSpend& spend, int months) const {
  const std::optional<BudgetLaw> law = watched_law(budgets, year);
  if (!law) return 1.0;
  return wmo_access(BudgetBalance{spend_of(*law, spend), budget_for_months(*budgets.in_force(*law, year), months)});
}

}  // namespace regiotwin
