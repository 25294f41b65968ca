#pragma once
// A municipality's budgets for the social domain (model.md §5, docs/finance.md "Budgets"): plain
// values, as a region pack's budgets.csv gives them (region/budgets_csv.hpp reads the file).
// Header-only, so that the engine can use them without linking the pack loader.
#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace regiotwin {

// What a budget is for: one of the municipality's laws, or the social domain as a whole (the four
// together, as municipalities such as Zwolle publish it).
enum class BudgetLaw : std::uint8_t { wmo, jeugdwet, participatiewet, welzijn_subsidie, sociaal_domein };
inline constexpr std::size_t n_budget_laws = 5;
inline constexpr std::array<std::string_view, n_budget_laws> budget_law_names = {"wmo", "jeugdwet", "participatiewet",
                                                                                 "welzijn_subsidie", "sociaal_domein"};

inline std::optional<BudgetLaw> budget_law_named(std::string_view name) {
  const auto* it = std::find(budget_law_names.begin(), budget_law_names.end(), name);
  if (it == budget_law_names.end()) return std::nullopt;
  return static_cast<BudgetLaw>(it - budget_law_names.begin());
}

// Years a budget may name: wide enough for any run, narrow enough to catch a slip such as 224.
inline constexpr int first_budget_year = 2000;
inline constexpr int last_budget_year = 2100;

struct BudgetRow {
  int year = 0;
  BudgetLaw law = BudgetLaw::sociaal_domein;
  double eur = 0.0;  // a whole calendar year's budget
};

// One municipality's budgets. A year without a row keeps the latest earlier year's budget, as a
// multi-year budget (meerjarenbegroting) does until it is revised.
struct MunicipalBudgets {
  std::vector<BudgetRow> rows;  // at most one per (year, law)

  [[nodiscard]] bool empty() const { return rows.empty(); }

  // The budget in force in `year`: the row of the latest year up to `year`; nullopt before the first.
  [[nodiscard]] std::optional<double> in_force(BudgetLaw law, int year) const {
    const BudgetRow* latest = nullptr;
    for (const BudgetRow& row : rows) {
      if (row.law != law || row.year > year) continue;
      if (latest == nullptr || row.year > latest->year) latest = &row;
    }
    if (latest == nullptr) return std::nullopt;
    return latest->eur;
  }
};

}  // namespace regiotwin
