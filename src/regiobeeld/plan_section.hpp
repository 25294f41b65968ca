#pragma once
// The report's section on a regioplan: the plan against the baseline (common random numbers,
// P5-P95 over replications) and the business case per payer (docs/regioplan.md).
#include <nlohmann/json.hpp>

#include <string>

#include "plan/comparison.hpp"

namespace regiotwin {

// The section's HTML; adds its charts' Vega-Lite specs to `specs` under their element ids.
std::string plan_section(const Comparison& comparison, const std::string& plan_name, nlohmann::json& specs);

}  // namespace regiotwin
