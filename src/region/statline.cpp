#include "region/statline.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <numeric>
#include <regex>

#include "core/age_table.hpp"
#include "core/errors.hpp"
#include "io/csv.hpp"

namespace regiotwin {
namespace {

namespace fs = std::filesystem;

// Column keys of the OData 3 layout (TypedDataSet / UntypedDataSet) that StatLine exports as CSV;
// docs/statline-import.md lists them with their sources.
constexpr std::string_view region_column = "RegioS";
constexpr std::string_view period_column = "Perioden";
constexpr std::string_view sex_column = "Geslacht";
constexpr std::string_view age_column = "Leeftijd";
constexpr std::string_view marital_column = "BurgerlijkeStaat";
constexpr std::string_view population_column = "BevolkingOp1Januari_1";
constexpr std::string_view area_column = "WijkenEnBuurten";
constexpr std::string_view area_code_column = "Codering_3";
constexpr std::string_view municipality_name_column = "Gemeentenaam_1";
constexpr std::string_view households_column = "HuishoudensTotaal_29";
constexpr std::string_view one_person_column = "Eenpersoonshuishoudens_30";
constexpr std::string_view without_children_column = "HuishoudensZonderKinderen_31";
constexpr std::string_view with_children_column = "HuishoudensMetKinderen_32";
constexpr std::string_view low_income_column = "k_40HuishoudensMetLaagsteInkomen_84";

constexpr std::string_view total_marital_status = "T001019";  // Totaal burgerlijke staat
constexpr int kwb_2024_year = 2024;                           // 85984NED counts households on 1 January 2024
// k_40HuishoudensMetLaagsteInkomen is the share of households among the 40% with the lowest
// incomes of the whole country, so the national share is 40% by definition.
constexpr double national_low_income_percent = 40.0;

enum class Table { population, households };

// ---- reading a file --------------------------------------------------------------------------

// StatLine pads codes and figures with spaces ("NL01  ", "     ."); they mean nothing.
std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

std::string cell(const CsvTable& csv, const CsvTable::Row& row, std::string_view column) {
  return trim(csv.text(row, column));
}

// The columns decide: the file name is the user's to choose.
Table identify_table(const CsvTable& csv) {
  if (csv.has_column(region_column) && csv.has_column(age_column)) return Table::population;
  if (csv.has_column(area_column)) return Table::households;
  const bool odata4 = csv.has_column("Measure") && csv.has_column("Value");
  throw InputError(SourceLocation{csv.file(), 1, ""},
                   fmt::format("not a CBS StatLine export of table 03759ned (it has columns RegioS and Leeftijd) or "
                               "85984NED (it has WijkenEnBuurten){}; the header has: {}",
                               odata4 ? "; this is the OData 4 layout with Measure and Value columns, export the "
                                        "OData 3 TypedDataSet instead"
                                      : "",
                               fmt::join(csv.header(), ", ")));
}

// ---- cells -----------------------------------------------------------------------------------

// The whole of `text` as a number, or nullopt.
template <typename Number>
std::optional<Number> parse_number(std::string_view text) {
  Number value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

// A figure's text; nullopt for '.' (untyped export) or an empty cell (typed export): CBS has none.
std::optional<std::string> figure_text(const CsvTable& csv, const CsvTable::Row& row, std::string_view column) {
  std::string text = cell(csv, row, column);
  if (text.empty() || text == ".") return std::nullopt;
  return text;
}

// A published count: a whole number of 0 or more.
std::optional<long long> count_cell(const CsvTable& csv, const CsvTable::Row& row, std::string_view column) {
  const auto text = figure_text(csv, row, column);
  if (!text) return std::nullopt;
  const auto value = parse_number<long long>(*text);
  if (!value || *value < 0) {
    throw InputError(csv.at(row, column),
                     fmt::format("expected a whole number of 0 or more without separators, or '.' where CBS has "
                                 "no figure; got '{}'",
                                 *text));
  }
  return value;
}

// A percentage such as 43.5; a decimal comma (a file saved by a Dutch spreadsheet) is read as a point.
std::optional<double> percent_cell(const CsvTable& csv, const CsvTable::Row& row, std::string_view column) {
  const auto text = figure_text(csv, row, column);
  if (!text) return std::nullopt;
  std::string with_point = *text;
  std::replace(with_point.begin(), with_point.end(), ',', '.');
  const auto value = parse_number<double>(with_point);
  if (!value || !std::isfinite(*value) || *value < 0.0 || *value > 100.0) {
    throw InputError(csv.at(row, column),
                     fmt::format("expected a percentage from 0 to 100 such as 43.5, or '.' where CBS has no "
                                 "figure; got '{}'",
                                 *text));
  }
  return value;
}

bool is_municipality(const std::string& code) {
  static const std::regex gm("GM[0-9]{4}");
  return std::regex_match(code, gm);
}

// RegioS holds the Netherlands (NL01), landsdelen, provinces (PV20), COROP regions and
// municipalities; only the last are kept, the others are valid and skipped.
std::string region_code(const CsvTable& csv, const CsvTable::Row& row) {
  static const std::regex any_region("[A-Z]{2}[0-9]{2,4}");
  std::string code = cell(csv, row, region_column);
  if (!std::regex_match(code, any_region)) {
    throw ValidationError(csv.at(row, region_column),
                          fmt::format("expected a CBS region code such as GM0193 or NL01, got '{}'; export codes "
                                      "rather than titles (titles may come as an extra column RegioS_label)",
                                      code));
  }
  return code;
}

int period_year(const CsvTable& csv, const CsvTable::Row& row) {
  static const std::regex year_period("([0-9]{4})JJ00");
  const std::string code = cell(csv, row, period_column);
  std::smatch match;
  if (!std::regex_match(code, match, year_period)) {
    throw ValidationError(csv.at(row, period_column),
                          fmt::format("expected a year such as 2024JJ00 (1 January of 2024), got '{}'", code));
  }
  return std::stoi(match[1].str());
}

constexpr std::size_t both_sexes = 0;
constexpr std::size_t men_series = 1;
constexpr std::size_t women_series = 2;
constexpr std::array<std::string_view, 3> sex_codes = {"T001038", "3000", "4000"};
constexpr std::array<std::string_view, 3> sex_names = {"both sexes (T001038)", "men (3000)", "women (4000)"};

std::size_t sex_series(const CsvTable& csv, const CsvTable::Row& row) {
  const std::string code = cell(csv, row, sex_column);
  const auto* const it = std::find(sex_codes.begin(), sex_codes.end(), code);
  if (it == sex_codes.end()) {
    throw ValidationError(csv.at(row, sex_column),
                          fmt::format("unknown Geslacht code '{}'; expected T001038 (Totaal mannen en vrouwen), "
                                      "3000 (Mannen) or 4000 (Vrouwen)",
                                      code));
  }
  return static_cast<std::size_t>(it - sex_codes.begin());
}

// An age class of the CBS Leeftijd code list, or the total over all ages.
struct AgeClass {
  bool total = false;
  int from = 0;
  int to = 0;  // max_age for the open classes "95 jaar of ouder" and "105 jaar of ouder"
};

std::optional<AgeClass> age_class_of(int code) {
  if (code == 10000) return AgeClass{true, 0, max_age};     // Totaal
  if (code == 10010) return AgeClass{false, 0, 0};          // 0 jaar
  if (code >= 10100 && code <= 19900 && code % 100 == 0) {  // 1 jaar .. 99 jaar
    const int age = (code - 10000) / 100;
    return AgeClass{false, age, age};
  }
  if (code >= 19901 && code <= 19905) {  // 100 jaar .. 104 jaar
    const int age = 99 + code - 19900;
    return AgeClass{false, age, age};
  }
  if (code == 22300) return AgeClass{false, 105, max_age};  // 105 jaar of ouder
  if (code == 22000) return AgeClass{false, 95, max_age};   // 95 jaar of ouder
  if (code == 51300) return AgeClass{false, 1, 4};          // 1 tot 5 jaar
  if (code >= 70100 && code <= 71900 && code % 100 == 0) {  // 0 tot 5 jaar .. 90 tot 95 jaar
    const int from = 5 * ((code - 70100) / 100);
    return AgeClass{false, from, from + 4};
  }
  return std::nullopt;
}

AgeClass age_class(const CsvTable& csv, const CsvTable::Row& row) {
  const std::string code = cell(csv, row, age_column);
  const auto number = parse_number<int>(code);
  const std::optional<AgeClass> age = number ? age_class_of(*number) : std::nullopt;
  if (!age) {
    throw ValidationError(csv.at(row, age_column),
                          fmt::format("unknown Leeftijd code '{}'; regiotwin reads 10000 (Totaal), the single years "
                                      "10010 (0 jaar) to 19905 (104 jaar), 22300 (105 jaar of ouder), the five-year "
                                      "classes 70100 (0 tot 5 jaar) to 71900 (90 tot 95 jaar), 51300 (1 tot 5 jaar) "
                                      "and 22000 (95 jaar of ouder)",
                                      code));
  }
  return *age;
}

// ---- 03759ned --------------------------------------------------------------------------------

struct Figure {
  std::optional<long long> count;
  std::string file;
  long line = 0;
};

struct AgeSeries {
  std::map<std::pair<int, int>, Figure> classes;  // (from, to) of each age class
  std::optional<Figure> total;                    // Leeftijd 10000
};

struct MunicipalityYear {
  std::array<AgeSeries, 3> series;  // indexed like sex_codes
  std::string file;                 // where its first row is
};

struct PopulationRows {
  std::map<std::string, std::map<int, MunicipalityYear>> by_code;
  std::map<std::string, std::string> titles;
  std::vector<std::string> files;
};

// Each dimension of 03759ned splits the residents once; an unknown column could be another
// dimension and counting its rows would count residents twice, so it is refused.
void check_population_columns(const CsvTable& csv) {
  csv.require_columns({region_column, period_column, sex_column, age_column, population_column});
  static const std::regex topic("[A-Za-z][A-Za-z0-9]*_[0-9]+");
  static const std::regex label("(ID|Geslacht|Leeftijd|BurgerlijkeStaat|RegioS|Perioden)(_label|Label)?");
  for (const std::string& name : csv.header()) {
    if (std::regex_match(name, label) || std::regex_match(name, topic)) continue;
    throw InputError(SourceLocation{csv.file(), 1, name},
                     "unknown column in a 03759ned export; regiotwin knows ID, Geslacht, Leeftijd, "
                     "BurgerlijkeStaat, RegioS, Perioden, their titles (RegioS_label) and topics such as "
                     "BevolkingOp1Januari_1; another dimension would count residents twice");
  }
}

std::string title_column(const CsvTable& csv) {
  for (const std::string_view name : {"RegioS_label", "RegioSLabel"}) {
    if (csv.has_column(name)) return std::string(name);
  }
  return {};
}

std::string first_seen(const std::string& what, const Figure& earlier) {
  return fmt::format("{} appears twice; first on {}:{}", what, earlier.file, earlier.line);
}

void store(Figure figure, AgeSeries& series, const AgeClass& age, const std::string& what) {
  if (age.total) {
    if (series.total)
      throw ValidationError(SourceLocation{figure.file, figure.line, ""}, first_seen(what, *series.total));
    series.total = std::move(figure);
    return;
  }
  const std::pair<int, int> range{age.from, age.to};
  if (const auto it = series.classes.find(range); it != series.classes.end()) {
    throw ValidationError(SourceLocation{figure.file, figure.line, ""}, first_seen(what, it->second));
  }
  series.classes.emplace(range, std::move(figure));
}

void read_population_file(const CsvTable& csv, PopulationRows& rows) {
  check_population_columns(csv);
  const bool by_marital_status = csv.has_column(marital_column);
  const std::string titles = title_column(csv);
  for (const auto& row : csv.rows()) {
    // Other marital states split the total; only the total counts everyone once.
    if (by_marital_status && cell(csv, row, marital_column) != total_marital_status) continue;
    // Every row is checked, also those of regions not asked for, so that a broken export is noticed.
    const std::string code = region_code(csv, row);
    const int year = period_year(csv, row);
    const std::size_t sex = sex_series(csv, row);
    const AgeClass age = age_class(csv, row);
    Figure figure{count_cell(csv, row, population_column), csv.file(), row.line};
    if (!is_municipality(code)) continue;
    if (!titles.empty() && !rows.titles.contains(code)) rows.titles[code] = cell(csv, row, titles);
    MunicipalityYear& data = rows.by_code[code][year];
    if (data.file.empty()) data.file = csv.file();
    const std::string what =
        fmt::format("{} {}JJ00 Geslacht {} Leeftijd {}", code, year, sex_codes.at(sex), cell(csv, row, age_column));
    store(std::move(figure), data.series.at(sex), age, what);
  }
  rows.files.push_back(csv.file());
}

// The finest set of age classes with figures that covers 0..max_age exactly once: a full export
// holds the single years and, over them, classes such as "95 jaar of ouder" that must not count twice.
std::optional<std::vector<std::pair<AgeBand, long long>>> finest_partition(const AgeSeries& series) {
  std::array<int, n_ages + 1> most{};  // most[a]: most classes covering a..max_age; -1 if none does
  most.fill(-1);
  most[n_ages] = 0;
  std::array<std::pair<int, int>, n_ages> choice{};
  for (int from = max_age; from >= 0; --from) {
    const auto first = series.classes.lower_bound({from, from});
    for (auto it = first; it != series.classes.end() && it->first.first == from; ++it) {
      const int after = most.at(static_cast<std::size_t>(it->first.second) + 1);
      if (!it->second.count || after < 0 || after + 1 <= most.at(static_cast<std::size_t>(from))) continue;
      most.at(static_cast<std::size_t>(from)) = after + 1;
      choice.at(static_cast<std::size_t>(from)) = it->first;
    }
  }
  if (most[0] < 0) return std::nullopt;
  std::vector<std::pair<AgeBand, long long>> out;
  for (int from = 0; from < n_ages;) {
    const auto range = choice.at(static_cast<std::size_t>(from));
    out.emplace_back(AgeBand{range.first, range.second}, *series.classes.at(range).count);
    from = range.second + 1;
  }
  return out;
}

// Where the classes with figures stop, for a message that says what to export.
std::string coverage_gap(const AgeSeries& series) {
  std::array<bool, n_ages + 1> reached{};
  reached[0] = true;
  int farthest = 0;
  for (const auto& [range, figure] : series.classes) {
    if (reached.at(static_cast<std::size_t>(range.first)) && figure.count) {
      reached.at(static_cast<std::size_t>(range.second) + 1) = true;
      farthest = std::max(farthest, range.second + 1);
    }
  }
  std::string detail;
  for (const auto& [range, figure] : series.classes) {
    if (range.first == farthest && !figure.count) {
      detail = fmt::format(" ({}:{} has no figure)", figure.file, figure.line);
      break;
    }
  }
  return fmt::format(
      "the age classes with figures cover {} but none starts at age {}{}; regiotwin needs classes from 0 to "
      "105, such as the single years 10010 to 19905 with 22300 (105 jaar of ouder)",
      farthest == 0 ? std::string("no ages") : fmt::format("0 to {}", farthest - 1), farthest, detail);
}

// Bands of one series, checked against its total (Leeftijd 10000) where the export has one.
std::vector<BandCount> series_bands(const AgeSeries& series, std::optional<Sex> sex, const std::string& what,
                                    const std::string& file) {
  const auto partition = finest_partition(series);
  if (!partition) throw ValidationError(fmt::format("{}: {}: {}", file, what, coverage_gap(series)));
  std::vector<BandCount> bands;
  long long sum = 0;
  for (const auto& [band, count] : *partition) {
    BandCount b;
    b.band = band;
    b.sex = sex;
    b.count = count;
    bands.push_back(b);
    sum += count;
  }
  if (series.total && series.total->count && *series.total->count != sum) {
    throw ValidationError(SourceLocation{series.total->file, series.total->line, std::string(population_column)},
                          fmt::format("{}: the age classes add up to {} but the total (Leeftijd 10000) is {}", what,
                                      sum, *series.total->count));
  }
  return bands;
}

std::vector<BandCount> bands_by_sex(const MunicipalityYear& data, const std::string& what) {
  std::vector<BandCount> out;
  const auto has_ages = [&](std::size_t s) { return !data.series.at(s).classes.empty(); };
  for (const std::size_t s : {men_series, women_series}) {
    if (!has_ages(s)) {
      const std::size_t other = s == men_series ? women_series : men_series;
      throw ValidationError(fmt::format("{}: {}: ages for {} but not for {}; export both or neither", data.file, what,
                                        sex_names.at(other), sex_names.at(s)));
    }
    const auto bands = series_bands(data.series.at(s), s == men_series ? Sex::men : Sex::women,
                                    fmt::format("{} {}", what, sex_names.at(s)), data.file);
    out.insert(out.end(), bands.begin(), bands.end());
  }
  return out;
}

StatLinePopulation build_population(const std::string& code, int year, const MunicipalityYear& data) {
  StatLinePopulation out;
  out.code = code;
  out.year = year;
  out.file = data.file;
  const std::string what = fmt::format("{} {}JJ00", code, year);
  const auto has_ages = [&](std::size_t s) { return !data.series.at(s).classes.empty(); };
  if (has_ages(men_series) || has_ages(women_series)) {
    // Per sex as soon as the export splits by sex: the model draws men and women from these bands.
    out.bands = bands_by_sex(data, what);
  } else if (has_ages(both_sexes)) {
    out.bands = series_bands(data.series[both_sexes], std::nullopt, what, data.file);
  } else {
    throw ValidationError(
        fmt::format("{}: {}: no age classes, only totals; export the ages (Leeftijd)", data.file, what));
  }
  for (const BandCount& b : out.bands) out.total += b.count;
  const AgeSeries& all = data.series[both_sexes];
  if (all.total && all.total->count && *all.total->count != out.total) {
    throw ValidationError(SourceLocation{all.total->file, all.total->line, std::string(population_column)},
                          fmt::format("{}: the age classes add up to {} but the total (Geslacht T001038, Leeftijd "
                                      "10000) is {}",
                                      what, out.total, *all.total->count));
  }
  return out;
}

// The latest year the export has for the requested municipalities; every one must have it, so
// that a region describes one 1 January.
int common_year(const PopulationRows& rows, const std::vector<std::string>& codes) {
  const std::string files = fmt::format("{}", fmt::join(rows.files, ", "));
  int year = 0;
  for (const std::string& code : codes) {
    const auto it = rows.by_code.find(code);
    if (it == rows.by_code.end()) {
      throw ValidationError(fmt::format(
          "{}: no rows for {}; the 03759ned export must include every requested municipality", files, code));
    }
    year = std::max(year, it->second.rbegin()->first);
  }
  for (const std::string& code : codes) {
    if (!rows.by_code.at(code).contains(year)) {
      throw ValidationError(
          fmt::format("{}: no rows for {} in {}JJ00, the latest period of the other "
                      "municipalities; export the same period for all",
                      files, code, year));
    }
  }
  return year;
}

// ---- 85984NED --------------------------------------------------------------------------------

struct HouseholdRow {
  StatLineHouseholds figures;
  long line = 0;
};

// WijkenEnBuurten holds the area code; an export with titles has the name there and the code in
// Codering_3.
std::string area_code(const CsvTable& csv, const CsvTable::Row& row) {
  static const std::regex area("NL[0-9]{2}|GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8}");
  std::string key = cell(csv, row, area_column);
  if (std::regex_match(key, area)) return key;
  if (csv.has_column(area_code_column)) {
    std::string code = cell(csv, row, area_code_column);
    if (std::regex_match(code, area)) return code;
  }
  throw ValidationError(csv.at(row, area_column),
                        fmt::format("expected a CBS area code such as GM0193, WK019301 or BU01930101, got '{}'", key));
}

void read_household_file(const CsvTable& csv, std::map<std::string, HouseholdRow>& rows) {
  csv.require_columns(
      {area_column, households_column, one_person_column, without_children_column, with_children_column});
  const bool named = csv.has_column(municipality_name_column);
  const bool low_income = csv.has_column(low_income_column);
  for (const auto& row : csv.rows()) {
    const std::string code = area_code(csv, row);
    StatLineHouseholds h;
    h.code = code;
    h.title = named ? cell(csv, row, municipality_name_column) : std::string{};
    h.total = count_cell(csv, row, households_column);
    h.one_person = count_cell(csv, row, one_person_column);
    h.without_children = count_cell(csv, row, without_children_column);
    h.with_children = count_cell(csv, row, with_children_column);
    if (low_income) h.low_income_percent = percent_cell(csv, row, low_income_column);
    h.file = csv.file();
    if (!is_municipality(code)) continue;  // the Netherlands, wijken and buurten
    if (const auto it = rows.find(code); it != rows.end()) {
      throw ValidationError(csv.at(row, area_column), fmt::format("{} appears twice; first on {}:{}", code,
                                                                  it->second.figures.file, it->second.line));
    }
    rows.emplace(code, HouseholdRow{std::move(h), row.line});
  }
}

std::vector<StatLineHouseholds> requested_households(const std::map<std::string, HouseholdRow>& rows,
                                                     const std::vector<std::string>& files,
                                                     const std::vector<std::string>& codes) {
  std::vector<StatLineHouseholds> out;
  for (const std::string& code : codes) {
    const auto it = rows.find(code);
    if (it == rows.end()) {
      throw ValidationError(
          fmt::format("{}: no row for {}; the 85984NED export must include every requested municipality",
                      fmt::join(files, ", "), code));
    }
    out.push_back(it->second.figures);
  }
  return out;
}

// ---- from exports to a region ----------------------------------------------------------------

std::string file_name(const std::string& path) { return fs::path(path).filename().string(); }

// Splits `total` over the parts in proportion to `parts` with the largest-remainder method, so
// that the parts add up to it exactly.
std::array<long long, 3> scale_to_total(const std::array<long long, 3>& parts, long long total) {
  const long long sum = std::accumulate(parts.begin(), parts.end(), 0LL);
  std::array<long long, 3> out{};
  std::array<double, 3> remainder{};
  long long given = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const double exact = static_cast<double>(parts.at(i)) * static_cast<double>(total) / static_cast<double>(sum);
    out.at(i) = static_cast<long long>(std::floor(exact));
    remainder.at(i) = exact - std::floor(exact);
    given += out.at(i);
  }
  std::array<std::size_t, 3> order{0, 1, 2};
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainder.at(a) > remainder.at(b); });
  for (std::size_t k = 0; given < total; ++k, ++given) ++out.at(order.at(k % order.size()));
  return out;
}

std::optional<HouseholdCounts> household_counts(const StatLineHouseholds& h, std::vector<std::string>& notes) {
  if (!h.total || !h.one_person || !h.without_children || !h.with_children) {
    notes.push_back(fmt::format("{}: {} has no household figures ('.'); the national household structure applies",
                                file_name(h.file), h.code));
    return std::nullopt;
  }
  const std::array<long long, 3> types{*h.one_person, *h.without_children, *h.with_children};
  const long long sum = std::accumulate(types.begin(), types.end(), 0LL);
  HouseholdCounts out;
  out.households = *h.total;
  out.reference_year = kwb_2024_year;
  out.source = fmt::format("CBS 85984NED, {}", file_name(h.file));
  std::array<long long, 3> counts = types;
  if (sum != *h.total) {
    if (sum == 0) {
      notes.push_back(
          fmt::format("{}: {} has {} households but none by type; the national household structure "
                      "applies",
                      file_name(h.file), h.code, *h.total));
      return std::nullopt;
    }
    // CBS rounds each figure on its own, so the types may miss the total by a few tens.
    counts = scale_to_total(types, *h.total);
    out.estimate = true;
    out.source += fmt::format("; types scaled from their sum {} to the total (CBS rounds each figure)", sum);
  }
  out.one_person = counts[0];
  out.without_children = counts[1];
  out.with_children = counts[2];
  return out;
}

double deprivation_index(const StatLineHouseholds& h, std::vector<std::string>& notes) {
  // Four decimals: the percentage has one, so rounding loses nothing and the pack stays readable.
  if (h.low_income_percent) return std::round(*h.low_income_percent / national_low_income_percent * 1e4) / 1e4;
  notes.push_back(fmt::format("{}: {} has no {} figure; deprivation_index 1 (the national average)", file_name(h.file),
                              h.code, low_income_column));
  return 1.0;
}

std::string municipality_name(const StatLinePopulation& p, const StatLineHouseholds* h,
                              std::vector<std::string>& notes) {
  if (!p.title.empty()) return p.title;
  if (h != nullptr && !h->title.empty()) return h->title;
  notes.push_back(fmt::format("{}: no name for {} (export RegioS_label or Gemeentenaam_1); its code is its name",
                              file_name(p.file), p.code));
  return p.code;
}

}  // namespace

StatLineImport read_statline(const std::vector<fs::path>& files, const std::vector<std::string>& codes) {
  PopulationRows population;
  std::map<std::string, HouseholdRow> households;
  std::vector<std::string> household_files;
  for (const fs::path& file : files) {
    const CsvTable csv = CsvTable::read(file, CsvTable::either_delimiter);
    if (identify_table(csv) == Table::population) {
      read_population_file(csv, population);
    } else {
      read_household_file(csv, households);
      household_files.push_back(csv.file());
    }
  }
  if (population.files.empty()) {
    throw ValidationError("no export of table 03759ned among the files; it gives the population and the age bands");
  }
  StatLineImport out;
  const int year = common_year(population, codes);
  for (const std::string& code : codes) {
    StatLinePopulation p = build_population(code, year, population.by_code.at(code).at(year));
    if (const auto it = population.titles.find(code); it != population.titles.end()) p.title = it->second;
    out.population.push_back(std::move(p));
  }
  if (!household_files.empty()) out.households = requested_households(households, household_files, codes);
  return out;
}

Region statline_region(const StatLineImport& data, const RegionIdentity& identity, std::vector<std::string>& notes) {
  Region region;
  region.id = identity.id;
  region.name = identity.name;
  region.description = identity.description;
  region.zorgkantoorregio = identity.zorgkantoorregio;
  for (std::size_t i = 0; i < data.population.size(); ++i) {
    const StatLinePopulation& p = data.population[i];
    const StatLineHouseholds* h = data.households.empty() ? nullptr : &data.households.at(i);
    Municipality m;
    m.code = p.code;
    m.name = municipality_name(p, h, notes);
    m.population = p.total;
    m.reference_year = p.year;
    m.source = fmt::format("CBS 03759ned, {}", file_name(p.file));
    m.age_bands = p.bands;
    for (BandCount& b : m.age_bands) b.source = m.source;
    if (h != nullptr) {
      m.households = household_counts(*h, notes);
      m.deprivation_index = deprivation_index(*h, notes);
    }
    region.municipalities.push_back(std::move(m));
  }
  return region;
}

std::vector<std::string> statline_sources(const StatLineImport& data) {
  std::vector<std::string> out;
  const auto add = [&](const std::string& line) {
    if (std::find(out.begin(), out.end(), line) == out.end()) out.push_back(line);
  };
  for (const StatLinePopulation& p : data.population) {
    add(fmt::format("CBS StatLine 03759ned (Bevolking op 1 januari; leeftijd, geslacht, regio), 1 January {}: {}",
                    p.year, file_name(p.file)));
  }
  for (const StatLineHouseholds& h : data.households) {
    add(fmt::format("CBS StatLine 85984NED (Kerncijfers wijken en buurten 2024): {}", file_name(h.file)));
  }
  return out;
}

const Zorgkantoorregio& find_zorgkantoorregio(const std::string& code) {
  // Membership with a source only (docs/statline-import.md). ZK32 Zwolle is not here: no source at
  // hand lists all its municipalities, and the 12 municipalities of the embedded regio-zwolle pack
  // are the IZA regiobeeld region, not the zorgkantoorregio.
  static const std::vector<Zorgkantoorregio> known = {
      {"ZK10",
       "Haaglanden",
       {"GM0518", "GM1916", "GM0603", "GM0629", "GM0637"},
       "Zorgkantoorregio ZK10 Haaglanden: CBS/PDOK gebiedsindelingen 2024; zoetermeer2025.nl/regiobeeld"},
  };
  const auto it = std::find_if(known.begin(), known.end(), [&](const Zorgkantoorregio& z) { return z.code == code; });
  if (it == known.end()) {
    std::vector<std::string> names;
    names.reserve(known.size());
    for (const Zorgkantoorregio& z : known) names.push_back(z.code + " " + z.name);
    throw ValidationError(
        fmt::format("--zorgkantoorregio: unknown zorgkantoorregio '{}'; regiotwin knows {}; for "
                    "another region give its municipalities with --municipalities",
                    code, fmt::join(names, ", ")));
  }
  return *it;
}

}  // namespace regiotwin
