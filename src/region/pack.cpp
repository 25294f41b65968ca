#include "region/pack.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <map>
#include <regex>

#include "io/csv.hpp"
#include "io/yaml.hpp"
#include "region/budgets_csv.hpp"
#include "region/routing_csv.hpp"

namespace regiotwin {
namespace {

namespace fs = std::filesystem;

void read_region_yaml(const fs::path& file, Region& region) {
  const std::string name = file.string();
  const YAML::Node root = load_yaml_file(file);
  reject_unknown_keys(root, {"id", "name", "description", "zorgkantoorregio", "insurer", "sources"}, name);
  region.id = required_string(root, "id", name);
  region.name = required_string(root, "name", name);
  region.description = optional_string(root, "description", name);
  region.zorgkantoorregio = optional_string(root, "zorgkantoorregio", name);
  region.insurer = optional_string(root, "insurer", name);
}

// Optional: packs without the column describe municipalities of average deprivation (1.0).
double deprivation_index(const CsvTable& csv, const CsvTable::Row& row) {
  const double index = csv.number(row, "deprivation_index");
  if (index <= 0.0) {
    throw ValidationError(csv.at(row, "deprivation_index"),
                          fmt::format("expected a positive number (1 is the national average), got {}", index));
  }
  return index;
}

void read_municipalities(const fs::path& file, Region& region) {
  const CsvTable csv = CsvTable::read(file);
  csv.require_columns({"gm_code", "name", "population", "reference_year", "source"});
  static const std::regex gm_code("GM[0-9]{4}");
  const bool has_deprivation = csv.has_column("deprivation_index");
  for (const auto& row : csv.rows()) {
    Municipality m;
    m.code = csv.text(row, "gm_code");
    if (!std::regex_match(m.code, gm_code)) {
      throw ValidationError(SourceLocation{csv.file(), row.line, "gm_code"},
                            fmt::format("expected a CBS municipality code like GM0193, got '{}'", m.code));
    }
    if (region.find(m.code) != nullptr) {
      throw ValidationError(SourceLocation{csv.file(), row.line, "gm_code"}, fmt::format("{} appears twice", m.code));
    }
    m.name = csv.text(row, "name");
    m.population = csv.integer(row, "population");
    if (m.population <= 0 || m.population > 20'000'000) {
      throw ValidationError(
          SourceLocation{csv.file(), row.line, "population"},
          fmt::format("expected a number of residents between 1 and 20,000,000, got {}", m.population));
    }
    m.reference_year = static_cast<int>(csv.integer(row, "reference_year"));
    m.source = csv.text(row, "source");
    if (has_deprivation) m.deprivation_index = deprivation_index(csv, row);
    region.municipalities.push_back(std::move(m));
  }
  if (region.municipalities.empty()) {
    throw ValidationError(SourceLocation{csv.file(), 0, ""}, "a region needs at least one municipality");
  }
}

std::optional<Sex> parse_sex(const CsvTable& csv, const CsvTable::Row& row) {
  const std::string& text = csv.text(row, "sex");
  if (text == "all") return std::nullopt;
  if (text == "men") return Sex::men;
  if (text == "women") return Sex::women;
  throw ValidationError(SourceLocation{csv.file(), row.line, "sex"},
                        fmt::format("expected 'all', 'men' or 'women', got '{}'", text));
}

// The municipality a row of a per-municipality file belongs to; it must be in municipalities.csv.
Municipality& municipality_of(const CsvTable& csv, const CsvTable::Row& row, Region& region) {
  const std::string& code = csv.text(row, "gm_code");
  auto it = std::find_if(region.municipalities.begin(), region.municipalities.end(),
                         [&](const Municipality& m) { return m.code == code; });
  if (it == region.municipalities.end()) {
    throw ValidationError(csv.at(row, "gm_code"), fmt::format("{} is not in municipalities.csv", code));
  }
  return *it;
}

// Every figure says whether it is published as in its source or derived by the pack's author.
bool is_estimate(const CsvTable& csv, const CsvTable::Row& row) {
  const std::string& status = csv.text(row, "status");
  if (status != "published" && status != "estimate") {
    throw ValidationError(csv.at(row, "status"), fmt::format("expected 'published' or 'estimate', got '{}'", status));
  }
  return status == "estimate";
}

void read_age_bands(const fs::path& file, Region& region) {
  const CsvTable csv = CsvTable::read(file);
  csv.require_columns({"gm_code", "age_band", "sex", "count", "status", "source"});
  for (const auto& row : csv.rows()) {
    Municipality& m = municipality_of(csv, row, region);
    BandCount band;
    try {
      band.band = parse_age_band(csv.text(row, "age_band"), "age band");
    } catch (const ValidationError& e) {
      throw ValidationError(SourceLocation{csv.file(), row.line, "age_band"}, e.what());
    }
    band.sex = parse_sex(csv, row);
    band.count = csv.integer(row, "count");
    if (band.count < 0) {
      throw ValidationError(SourceLocation{csv.file(), row.line, "count"}, "expected a count of 0 or more");
    }
    band.estimate = is_estimate(csv, row);
    band.source = csv.text(row, "source");
    m.age_bands.push_back(std::move(band));
  }
}

long long household_count(const CsvTable& csv, const CsvTable::Row& row, std::string_view column) {
  const long long count = csv.integer(row, column);
  if (count < 0)
    throw ValidationError(csv.at(row, column), fmt::format("expected a count of 0 or more, got {}", count));
  return count;
}

// Optional: municipalities without a row get the national household structure.
void read_households(const fs::path& file, Region& region) {
  const CsvTable csv = CsvTable::read(file);
  csv.require_columns({"gm_code", "households", "one_person", "without_children", "with_children", "reference_year",
                       "status", "source"});
  for (const auto& row : csv.rows()) {
    Municipality& m = municipality_of(csv, row, region);
    if (m.households) {
      throw ValidationError(csv.at(row, "gm_code"), fmt::format("{} appears twice", m.code));
    }
    HouseholdCounts h;
    h.households = household_count(csv, row, "households");
    h.one_person = household_count(csv, row, "one_person");
    h.without_children = household_count(csv, row, "without_children");
    h.with_children = household_count(csv, row, "with_children");
    // The three types partition the households; synthesis relies on that.
    if (h.one_person + h.without_children + h.with_children != h.households) {
      throw ValidationError(csv.at(row, "households"),
                            fmt::format("one_person + without_children + with_children = {} + {} + {} = {}, but "
                                        "households is {}",
                                        h.one_person, h.without_children, h.with_children,
                                        h.one_person + h.without_children + h.with_children, h.households));
    }
    h.reference_year = static_cast<int>(csv.integer(row, "reference_year"));
    h.estimate = is_estimate(csv, row);
    h.source = csv.text(row, "source");
    m.households = std::move(h);
  }
}

// Bands are given either for both sexes together or for men and women apart; each set must
// partition the ages and the counts must add up to the municipality's population.
void check_age_bands(const Municipality& m, const std::string& file) {
  const auto what = fmt::format("{}: {} ({})", file, m.name, m.code);
  if (m.age_bands.empty()) throw ValidationError(what + ": no age bands; every municipality needs them");
  const bool by_sex = m.age_bands.front().sex.has_value();
  std::map<int, std::vector<AgeBand>> sets;  // key: -1 both sexes, 0 men, 1 women
  long long total = 0;
  for (const BandCount& b : m.age_bands) {
    if (b.sex.has_value() != by_sex) {
      throw ValidationError(what + ": mixes bands for 'all' with bands per sex; give one or the other");
    }
    sets[b.sex ? static_cast<int>(*b.sex) : -1].push_back(b.band);
    total += b.count;
  }
  if (by_sex && sets.size() != 2) throw ValidationError(what + ": bands per sex need both 'men' and 'women'");
  for (auto& [key, bands] : sets) {
    std::sort(bands.begin(), bands.end(), [](const AgeBand& a, const AgeBand& b) { return a.from < b.from; });
    check_partition(bands, what);
  }
  if (total != m.population) {
    throw ValidationError(
        fmt::format("{}: age bands add up to {} residents but municipalities.csv gives {}", what, total, m.population));
  }
}

}  // namespace

RegionPack load_region_pack(const fs::path& directory, ParameterSet& params) {
  if (!fs::is_directory(directory)) {
    throw InputError(fmt::format("{}: not a region pack folder", directory.string()));
  }
  RegionPack pack;
  pack.directory = directory;
  const fs::path region_yaml = directory / "region.yaml";
  const fs::path municipalities_csv = directory / "municipalities.csv";
  const fs::path age_bands_csv = directory / "age_bands.csv";
  const fs::path households_csv = directory / "households.csv";
  const fs::path parameters_yaml = directory / "parameters.yaml";

  read_region_yaml(region_yaml, pack.region);
  read_municipalities(municipalities_csv, pack.region);
  read_age_bands(age_bands_csv, pack.region);
  for (const Municipality& m : pack.region.municipalities) check_age_bands(m, age_bands_csv.string());
  pack.files = {region_yaml, municipalities_csv, age_bands_csv};
  if (fs::exists(households_csv)) {
    read_households(households_csv, pack.region);
    pack.files.push_back(households_csv);
  }
  if (const fs::path routing_csv = directory / "routing.csv"; fs::exists(routing_csv)) {
    pack.region.routing = read_routing_csv(routing_csv);
    pack.files.push_back(routing_csv);
  }
  if (const fs::path budgets_csv = directory / "budgets.csv"; fs::exists(budgets_csv)) {
    read_budgets_csv(budgets_csv, pack.region);
    pack.files.push_back(budgets_csv);
  }

  if (fs::exists(parameters_yaml)) {
    const YAML::Node root = load_yaml_file(parameters_yaml);
    reject_unknown_keys(root, {"parameters"}, parameters_yaml.string());
    if (root["parameters"]) {
      for (const auto& change : read_parameter_overrides(root["parameters"], parameters_yaml.string())) {
        params.apply(change);
      }
    }
    pack.files.push_back(parameters_yaml);
  }
  return pack;
}

std::vector<std::string> RegionCatalog::ids() const {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(root_, ec)) {
    if (entry.is_directory() && fs::exists(entry.path() / "region.yaml")) out.push_back(entry.path().filename());
  }
  std::sort(out.begin(), out.end());
  return out;
}

fs::path RegionCatalog::resolve(const std::string& id_or_path) const {
  const auto available = ids();
  const bool looks_like_path = id_or_path.find('/') != std::string::npos || id_or_path.starts_with(".");
  if (!looks_like_path && std::find(available.begin(), available.end(), id_or_path) != available.end()) {
    return root_ / id_or_path;
  }
  if (fs::is_directory(id_or_path)) return id_or_path;
  if (looks_like_path) throw InputError(fmt::format("region pack folder '{}' does not exist", id_or_path));
  throw ValidationError(fmt::format(
      "unknown region '{}'; available: {} (or give the path of a region pack folder)", id_or_path,
      available.empty() ? "none found in " + root_.string() : fmt::format("{}", fmt::join(available, ", "))));
}

}  // namespace regiotwin
