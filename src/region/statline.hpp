#pragma once
// Readers for the CSV files that CBS StatLine exports (docs/statline-import.md): table 03759ned
// (Bevolking op 1 januari; leeftijd, geslacht, regio) and 85984NED (Kerncijfers wijken en buurten
// 2024). They turn the exports into a Region that pack_writer.hpp writes as a region pack.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "region/region.hpp"

namespace regiotwin {

// Residents of one municipality on 1 January of `year` (03759ned): one band per age class of the
// export, per sex when it has men and women, else for both together. The bands partition 0..105.
struct StatLinePopulation {
  std::string code;   // GM0193
  std::string title;  // the region's title when the export carries labels (RegioS_label), else empty
  int year = 0;
  long long total = 0;
  std::vector<BandCount> bands;  // `source` empty: statline_region names the table and file
  std::string file;              // the file the figures come from
};

// Household figures of one municipality (85984NED); nullopt where CBS publishes no figure ('.').
struct StatLineHouseholds {
  std::string code;
  std::string title;  // Gemeentenaam_1, when the export has it
  std::optional<long long> total;
  std::optional<long long> one_person;
  std::optional<long long> without_children;
  std::optional<long long> with_children;
  std::optional<double> low_income_percent;  // k_40HuishoudensMetLaagsteInkomen_84, when exported
  std::string file;
};

struct StatLineImport {
  std::vector<StatLinePopulation> population;  // one per requested code, in the order requested
  std::vector<StatLineHouseholds> households;  // the same order; empty without a 85984NED file
};

// Reads every file, recognises its table by its columns and keeps the requested municipalities.
// Errors name file, line and column: InputError for what cannot be read (missing columns, a column
// that would count residents twice, non-numeric cells, another table), ValidationError for what is
// read but wrong (unknown codes, a requested municipality absent, totals that differ).
StatLineImport read_statline(const std::vector<std::filesystem::path>& files, const std::vector<std::string>& codes);

// What the user names the imported region.
struct RegionIdentity {
  std::string id;
  std::string name;
  std::string description;
  std::string zorgkantoorregio;  // ZKnn or empty
};

// The region a pack describes, with a source on every figure ("CBS 03759ned, <file name>").
// Household types that do not add up to the published total (CBS rounds each figure) are scaled
// to it and marked as estimates; notes for the user (such as a municipality without a low-income
// figure) are appended to `notes`.
Region statline_region(const StatLineImport& data, const RegionIdentity& identity, std::vector<std::string>& notes);

// One line per table and file, for the `sources` of region.yaml.
std::vector<std::string> statline_sources(const StatLineImport& data);

// A zorgkantoorregio and its municipalities (CBS gebiedsindeling), for --zorgkantoorregio.
struct Zorgkantoorregio {
  std::string code;
  std::string name;
  std::vector<std::string> municipalities;
  std::string source;
};

// Only regions whose membership has a source are known; others throw ValidationError listing them.
const Zorgkantoorregio& find_zorgkantoorregio(const std::string& code);

}  // namespace regiotwin
