#pragma once
// A scenario file (YAML) fixes what a run uses: region, horizon, seed and parameter overrides.
// Interventions of a regioplan will be added here; every key is validated with its line.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/parameters.hpp"
#include "core/year_month.hpp"

namespace regiotwin {

struct Scenario {
  std::string file;
  std::string name;
  std::optional<std::string> region;
  std::optional<YearMonth> from;
  std::optional<YearMonth> to;
  std::optional<std::uint64_t> seed;
  std::vector<ParameterOverride> parameters;  // applied after the region pack's own
};

// Reads and validates the whole file; throws at the first problem with its line.
Scenario load_scenario(const std::filesystem::path& file);

}  // namespace regiotwin
