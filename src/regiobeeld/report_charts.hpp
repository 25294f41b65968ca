#pragma once
// The report's charts as declarative specs (Vega-Lite; the question flow in Vega, which has no
// Sankey mark in Vega-Lite), made from the regiobeeld document alone. The charting library bundled
// in the report draws them.
#include <nlohmann/json.hpp>
#include <string>

#include "regiobeeld/language.hpp"

namespace regiotwin {

// Chart id -> spec. Ids: "knelpunten", "<theme>_<chart kind>" per theme chart, "costs", and with a
// plan "plan_net" and "plan_effects".
nlohmann::json report_charts(const nlohmann::json& doc, Language lang);

}  // namespace regiotwin
