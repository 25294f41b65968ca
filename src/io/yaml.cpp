#include "io/yaml.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace regiotwin {

YAML::Node load_yaml_file(const std::filesystem::path& file) {
  if (!std::filesystem::is_regular_file(file)) throw InputError(fmt::format("{}: no such file", file.string()));
  try {
    return YAML::LoadFile(file.string());
  } catch (const YAML::Exception& e) {
    throw InputError(SourceLocation{file.string(), e.mark.line + 1, "", e.mark.column + 1}, "not valid YAML: " + e.msg);
  }
}

SourceLocation where(const std::string& file, const YAML::Node& node, std::string_view key) {
  return SourceLocation{file, node.Mark().line + 1, std::string(key), node.Mark().column + 1};
}

void reject_unknown_keys(const YAML::Node& map, std::initializer_list<std::string_view> allowed,
                         const std::string& file) {
  if (!map.IsMap()) throw ValidationError(where(file, map), "expected a mapping of keys to values");
  for (const auto& entry : map) {
    const auto key = entry.first.as<std::string>();
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      throw ValidationError(where(file, entry.first, key),
                            fmt::format("unknown key; expected one of: {}", fmt::join(allowed, ", ")));
    }
  }
}

std::string required_string(const YAML::Node& map, std::string_view key, const std::string& file) {
  const YAML::Node node = map[std::string(key)];
  if (!node) throw ValidationError(where(file, map, key), "required key is missing");
  if (!node.IsScalar() || node.Scalar().empty()) throw ValidationError(where(file, node, key), "expected a text value");
  return node.Scalar();
}

std::string optional_string(const YAML::Node& map, std::string_view key, const std::string& file) {
  const YAML::Node node = map[std::string(key)];
  if (!node) return {};
  if (!node.IsScalar()) throw ValidationError(where(file, node, key), "expected a text value");
  return node.Scalar();
}

double yaml_number(const YAML::Node& node, const std::string& file, std::string_view key) {
  const std::string text = node.IsScalar() ? node.Scalar() : std::string{};
  double value = 0.0;
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || result.ec != std::errc{} || result.ptr != text.data() + text.size() || !std::isfinite(value)) {
    throw ValidationError(where(file, node, key), fmt::format("expected a number, got '{}'", text));
  }
  return value;
}

std::vector<ParameterOverride> read_parameter_overrides(const YAML::Node& map, const std::string& file) {
  if (!map.IsMap()) throw ValidationError(where(file, map, "parameters"), "expected a mapping of parameter names");
  std::vector<ParameterOverride> out;
  ParameterSet scratch;  // validates each entry the same way the run will apply it
  for (const auto& entry : map) {
    const auto name = entry.first.as<std::string>();
    const SourceLocation loc = where(file, entry.first, name);
    try {
      (void)find_parameter(name);
    } catch (const ValidationError& e) {
      throw ValidationError(loc, e.what());
    }
    ParameterOverride change{name, {}, loc};
    if (!entry.second.IsMap()) {
      change.value = AgeTable{{{0, max_age}}, {yaml_number(entry.second, file, name)}};
      change.where = where(file, entry.second, name);
    } else {
      for (const auto& band : entry.second) {
        try {
          change.value.bands.push_back(parse_age_band(band.first.as<std::string>(), "age band"));
        } catch (const ValidationError& e) {
          throw ValidationError(where(file, band.first, name), e.what());
        }
        change.value.values.push_back(yaml_number(band.second, file, name));
      }
    }
    scratch.apply(change);
    out.push_back(std::move(change));
  }
  return out;
}

}  // namespace regiotwin
