#include "region/budgets_csv.hpp"

#include <fmt/format.h>
#include <map>
#include <tuple>
#include <vector>

#include "io/csv.hpp"

namespace regiotwin {
namespace {

std::size_t municipality_index(const CsvTable& csv, const CsvTable::Row& row, const Region& region) {
  const std::string& code = csv.text(row, "gm_code");
  for (std::size_t m = 0; m < region.municipalities.size(); ++m) {
    if (region.municipalities[m].code == code) return m;
  }
  throw ValidationError(csv.at(row, "gm_code"), fmt::format("{} is not in municipalities.csv", code));
}

int year_of(const CsvTable& csv, const CsvTable::Row& row) {
  const long long year = csv.integer(row, "year");
  if (year < first_budget_year || year > last_budget_year) {
    throw ValidationError(csv.at(row, "year"), fmt::format("expected a calendar year from {} to {}, got {}",
                                                           first_budget_year, last_budget_year, year));
  }
  return static_cast<int>(year);
}

BudgetLaw law_of(const CsvTable& csv, const CsvTable::Row& row) {
  const std::string& text = csv.text(row, "law");
  if (const auto law = budget_law_named(text)) return *law;
  throw ValidationError(csv.at(row, "law"),
                        fmt::format("expected a law ({}), got '{}'", fmt::join(budget_law_names, ", "), text));
}

double amount_of(const CsvTable& csv, const CsvTable::Row& row) {
  const double eur = csv.number(row, "budget_eur");
  if (eur < 0.0) {
    throw ValidationError(csv.at(row, "budget_eur"),
                          fmt::format("expected an amount in euros of 0 or more, got {:.2f}", eur));
  }
  return eur;
}

void read_rows(const CsvTable& csv, Region& region) {
  csv.require_columns({"gm_code", "year", "law", "budget_eur"});
  std::vector<MunicipalBudgets> budgets(region.municipalities.size());
  std::map<std::tuple<std::size_t, int, BudgetLaw>, long> first_line;
  for (const auto& row : csv.rows()) {
    const std::size_t m = municipality_index(csv, row, region);
    const BudgetRow budget{year_of(csv, row), law_of(csv, row), amount_of(csv, row)};
    const auto [it, fresh] = first_line.try_emplace({m, budget.year, budget.law}, row.line);
    if (!fresh) {
      throw ValidationError(csv.at(row, "law"),
                            fmt::format("the {} budget of {} for {} is given twice (first on line {})",
                                        budget_law_names[static_cast<std::size_t>(budget.law)],
                                        region.municipalities[m].code, budget.year, it->second));
    }
    budgets[m].rows.push_back(budget);
  }
  if (first_line.empty()) {
    throw ValidationError(SourceLocation{csv.file(), 0, ""},
                          "no rows; give at least one budget, or remove the file when no budget is published");
  }
  for (std::size_t m = 0; m < budgets.size(); ++m) region.municipalities[m].budgets = std::move(budgets[m]);
}

}  // namespace

void read_budgets_csv(const std::filesystem::path& file, Region& region) { read_rows(CsvTable::read(file), region); }

void parse_budgets_csv(std::string_view text, const std::string& file_name, Region& region) {
  read_rows(CsvTable::parse(text, file_name), region);
}

}  // namespace regiotwin
