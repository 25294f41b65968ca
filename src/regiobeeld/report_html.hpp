#pragma once
// The one-page regiobeeld report: a self-contained HTML file (charts inlined) that works offline.
// The C++ side writes data and declarative Vega-Lite specs; the charting library draws them.
#include <string>

#include "core/parameters.hpp"
#include "plan/comparison.hpp"
#include "regiobeeld/summary.hpp"
#include "region/region.hpp"
#include "sim/result.hpp"

namespace regiotwin {

struct ReportContext {
  std::string version;
  std::uint64_t seed = 0;
  std::string generated_by;  // the command line, so a reader can reproduce the run
  std::string plan_name;     // a scenario's name, when it has interventions
};

// `charts_js` is the bundled charting library (share/regiotwin/web/charts.js). With a regioplan's
// comparison the report adds the plan against the baseline and the business case per payer.
std::string report_html(const Region& region, const SimulationResult& result, const RegionSummary& summary,
                        const ParameterSet& params, const ReportContext& context, const std::string& charts_js,
                        const Comparison* comparison = nullptr);

}  // namespace regiotwin
