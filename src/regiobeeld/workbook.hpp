#pragma once
// The regiobeeld as an Excel workbook for analysts (issue 6): a summary with the ranked knelpunten,
// one sheet per theme (indicators per area and year, the knelpunt's loads and score), places,
// workforce and costs by year, for a scenario the business case and the plan's series against the
// baseline, and every parameter with its source. Drawn from the regiobeeld document alone
// (regiobeeld_data.hpp), so a stored run is exported without rerunning it.
//
// Each block is a tidy Excel table (one row per subject and year, or per indicator and area with the
// years as columns) with a filter on its header, the first table's header frozen, and numbers
// stored as numbers with a format of their kind: euros "€ #,##0", persons "#,##0", shares "0.0%",
// FTE "#,##0.0", loads and scores "0.00", years "0". An indicator's or plan series' kind comes from
// the words of its unit (unit_number_kind in workbook.cpp): "%" means percent points (12.3 is
// written as the share 0.123 and shown as 12.3%), "share"/"aandeel" a fraction, "EUR"/"euro"/"€"
// euros, "FTE" FTE, anything else a count; its "decimals" (if given) sets the digits.
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

#include "regiobeeld/language.hpp"

namespace regiotwin {

// Writes `file` (creating its folder) beside itself under a temporary name and renames it into
// place, so a failed write leaves no half workbook (and an existing one untouched). Throws
// OutputError naming the file when it cannot be written, InputError when the document is not a
// format-1 regiobeeld.
void write_workbook(const nlohmann::json& regiobeeld, const std::filesystem::path& file, Language lang);

// The sheet name Excel accepts for `title`: no []:*?/\ (replaced by '-'), no leading or trailing
// apostrophe, at most 31 characters (cut at a word where one is near), "-" when nothing is left.
std::string excel_sheet_name(const std::string& title);

}  // namespace regiotwin
