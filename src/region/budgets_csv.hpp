#pragma once
// A region pack's budgets.csv (docs/region-packs.md): a municipality's budget per year and law
// (gm_code,year,law,budget_eur), compared with its simulated spend (docs/finance.md "Budgets").
#include <filesystem>
#include <string>
#include <string_view>

#include "region/region.hpp"

namespace regiotwin {

// Reads and validates the file into the budgets of `region`'s municipalities, which must be read
// already. Every problem names the file, line and field: a missing column, a year or amount that is
// not a number (InputError, exit code 3); a municipality not in municipalities.csv, an unknown law, a
// year outside first_budget_year..last_budget_year, a negative amount, a (municipality, year, law)
// given twice, a file without rows (ValidationError, exit code 4).
void read_budgets_csv(const std::filesystem::path& file, Region& region);
void parse_budgets_csv(std::string_view text, const std::string& file_name, Region& region);

}  // namespace regiotwin
