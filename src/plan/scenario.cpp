#include "plan/scenario.hpp"

#include <fmt/format.h>

#include "io/yaml.hpp"
#include "plan/intervention_reader.hpp"

namespace regiotwin {

Scenario load_scenario(const std::filesystem::path& file) {
  Scenario s;
  s.file = file.string();
  const YAML::Node root = load_yaml_file(file);
  reject_unknown_keys(
      root, {"name", "description", "region", "from", "to", "seed", "replications", "parameters", "interventions"},
      s.file);
  s.name = optional_string(root, "name", s.file);
  if (const auto region = optional_string(root, "region", s.file); !region.empty()) s.region = region;
  for (const auto* key : {"from", "to"}) {
    const std::string text = optional_string(root, key, s.file);
    if (text.empty()) continue;
    try {
      (std::string_view(key) == "from" ? s.from : s.to) = YearMonth::parse(text, key);
    } catch (const ValidationError& e) {
      throw ValidationError(where(s.file, root[key], key), e.what());
    }
  }
  if (s.from && s.to && *s.to < *s.from) {
    throw ValidationError(where(s.file, root["to"], "to"), fmt::format("ends before 'from' ({})", s.from->str()));
  }
  if (root["seed"]) {
    const double seed = yaml_number(root["seed"], s.file, "seed");
    if (seed < 0 || seed != static_cast<double>(static_cast<std::uint64_t>(seed))) {
      throw ValidationError(where(s.file, root["seed"], "seed"), "expected a whole number of 0 or more");
    }
    s.seed = static_cast<std::uint64_t>(seed);
  }
  if (const YAML::Node node = root["replications"]) {
    const double n = yaml_number(node, s.file, "replications");
    if (n < 1 || n > max_replications || n != static_cast<double>(static_cast<int>(n))) {
      throw ValidationError(where(s.file, node, "replications"),
                            fmt::format("expected a whole number in [1, {}]", max_replications));
    }
    s.replications = static_cast<int>(n);
  }
  if (root["parameters"]) s.parameters = read_parameter_overrides(root["parameters"], s.file);
  if (const YAML::Node list = root["interventions"]) {
    if (!list.IsSequence())
      throw ValidationError(where(s.file, list, "interventions"), "expected a list of interventions");
    for (const auto& item : list) s.interventions.push_back(read_intervention(item, s.file));
  }
  // Dates a file gives are checked against its own horizon at once; the run checks again against the
  // horizon the command line may set.
  if (s.from && s.to) check_horizon(s.interventions, *s.from, *s.to);
  return s;
}

}  // namespace regiotwin
