#pragma once
// Reads the interventions of a scenario file against their declarations (docs/scenarios.md).
#include <yaml-cpp/yaml.h>

#include <string>

#include "plan/intervention.hpp"

namespace regiotwin {

// Reads one item of `interventions:`; throws ValidationError naming file, line, column and field
// at the first problem (unknown type or field, missing field, wrong unit, value out of range, start
// after end, a referral to the place the questions entered at).
Intervention read_intervention(const YAML::Node& item, const std::string& file);

}  // namespace regiotwin
