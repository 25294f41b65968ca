#include "region/pack_writer.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "core/csv_field.hpp"
#include "core/errors.hpp"

namespace regiotwin {
namespace {

namespace fs = std::filesystem;

// RFC 4180: quoted when the text holds a delimiter, a quote or a line break; quotes doubled.

// A single year as "3" (docs/region-packs.md), other bands as "0-14" or "95+".
std::string band_text(const AgeBand& band) {
  return band.from == band.to && band.to < max_age ? fmt::format("{}", band.from) : band.label();
}

std::string status(bool estimate) { return estimate ? "estimate" : "published"; }

void write_file(const fs::path& file, const std::string& content) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  if (!out) throw OutputError(fmt::format("{}: cannot write file", file.string()));
}

std::string region_yaml(const Region& region, const std::vector<std::string>& sources) {
  YAML::Emitter yaml;
  yaml << YAML::BeginMap;
  const auto text = [&](const char* key, const std::string& value) {
    if (!value.empty()) yaml << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << value;
  };
  text("id", region.id);
  text("name", region.name);
  text("description", region.description);
  text("zorgkantoorregio", region.zorgkantoorregio);
  text("insurer", region.insurer);
  if (!sources.empty()) {
    yaml << YAML::Key << "sources" << YAML::Value << YAML::BeginSeq;
    for (const std::string& s : sources) yaml << YAML::DoubleQuoted << s;
    yaml << YAML::EndSeq;
  }
  yaml << YAML::EndMap;
  return fmt::format("# Region pack: see docs/region-packs.md.\n{}\n", yaml.c_str());
}

std::string municipalities_csv(const Region& region) {
  const bool deprivation = std::any_of(region.municipalities.begin(), region.municipalities.end(),
                                       [](const Municipality& m) { return m.deprivation_index != 1.0; });
  std::string out = "gm_code,name,population,reference_year,source";
  out += deprivation ? ",deprivation_index\n" : "\n";
  for (const Municipality& m : region.municipalities) {
    out +=
        fmt::format("{},{},{},{},{}", m.code, csv_field(m.name), m.population, m.reference_year, csv_field(m.source));
    // Shortest text that reads back as the same double, so a pack round-trips exactly.
    out += deprivation ? fmt::format(",{}\n", m.deprivation_index) : "\n";
  }
  return out;
}

std::string age_bands_csv(const Region& region) {
  std::string out = "gm_code,age_band,sex,count,status,source\n";
  for (const Municipality& m : region.municipalities) {
    for (const BandCount& b : m.age_bands) {
      const char* sex = !b.sex ? "all" : *b.sex == Sex::men ? "men" : "women";
      out += fmt::format("{},{},{},{},{},{}\n", m.code, band_text(b.band), sex, b.count, status(b.estimate),
                         csv_field(b.source));
    }
  }
  return out;
}

std::string households_csv(const Region& region) {
  std::string out = "gm_code,households,one_person,without_children,with_children,reference_year,status,source\n";
  for (const Municipality& m : region.municipalities) {
    if (!m.households) continue;
    const HouseholdCounts& h = *m.households;
    out += fmt::format("{},{},{},{},{},{},{},{}\n", m.code, h.households, h.one_person, h.without_children,
                       h.with_children, h.reference_year, status(h.estimate), csv_field(h.source));
  }
  return out;
}

}  // namespace

void write_region_pack(const Region& region, const std::vector<std::string>& sources, const fs::path& directory) {
  write_file(directory / "region.yaml", region_yaml(region, sources));
  write_file(directory / "municipalities.csv", municipalities_csv(region));
  write_file(directory / "age_bands.csv", age_bands_csv(region));
  if (std::any_of(region.municipalities.begin(), region.municipalities.end(),
                  [](const Municipality& m) { return m.households.has_value(); })) {
    write_file(directory / "households.csv", households_csv(region));
  }
}

StagedPackFolder::StagedPackFolder(const fs::path& target, bool replace)
    : StagedFolder(target, [replace](const fs::path& existing) {
        std::error_code ec;
        if (!fs::is_directory(existing, ec)) {
          throw OutputError(fmt::format("{}: exists and is not a folder; choose another --out", existing.string()));
        }
        if (!replace && !fs::is_empty(existing, ec)) {
          throw OutputError(fmt::format(
              "{}: exists and is not empty; choose another --out, or add --force to replace it", existing.string()));
        }
      }) {}

}  // namespace regiotwin
