#pragma once
// budget.csv (docs/finance.md "Budgets"): for each municipality with a budget in its region pack,
// per calendar year of the run and per law (and the social domain as a whole), the modelled spend
// against the budget in force: year,gm_code,law,spend_eur,budget_eur,overspend_eur,overspend_share.
// A year the run covers in part is compared with that part of the budget (months / 12).
#include <optional>
#include <string>
#include <vector>

#include "region/region.hpp"
#include "sim/result.hpp"

namespace regiotwin {

struct BudgetLine {
  int year = 0;
  std::string gm_code;
  BudgetLaw law = BudgetLaw::sociaal_domein;
  double spend = 0.0;            // EUR, every cost line of the law's payers in the year's months of the run
  std::optional<double> budget;  // EUR for those months; nullopt: no budget for the law in force
};

// Year by year, municipality by municipality in the result's order, law by law; municipalities
// without any budget have no lines.
std::vector<BudgetLine> compare_budgets(const Region& region, const SimulationResult& result);

// The lines as CSV; cells without a budget are empty, as is the share of a budget of zero.
std::string budget_csv(const Region& region, const SimulationResult& result);

}  // namespace regiotwin
