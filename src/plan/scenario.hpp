#pragma once
// A scenario file (YAML) fixes what a run uses: region, horizon, seed, replications, parameter
// overrides and the interventions of a regioplan (docs/scenarios.md). Every key is validated with
// its line and column; nothing runs until the whole file is valid.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/parameters.hpp"
#include "core/year_month.hpp"
#include "plan/intervention.hpp"

namespace regiotwin {

inline constexpr int max_replications = 10000;

struct Scenario {
  std::string file;
  std::string name;
  std::optional<std::string> region;
  std::optional<YearMonth> from;
  std::optional<YearMonth> to;
  std::optional<std::uint64_t> seed;
  std::optional<int> replications;
  std::vector<ParameterOverride> parameters;  // applied after the region pack's own
  std::vector<Intervention> interventions;
};

// Reads and validates the whole file; throws at the first problem with its line.
Scenario load_scenario(const std::filesystem::path& file);

}  // namespace regiotwin
