#include "cli/stored_run.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace regiotwin {

std::vector<StoredParameter> stored_parameters(const ParameterSet& params) {
  const std::vector<std::string> changed = params.overridden();
  std::vector<StoredParameter> out;
  out.reserve(parameter_registry().size());
  for (const ParamSpec& spec : parameter_registry()) {
    const bool overridden = std::find(changed.begin(), changed.end(), spec.name) != changed.end();
    out.push_back({spec.name, format_parameter_value(spec, params.table(spec.name)), spec.unit, overridden});
  }
  return out;
}

std::vector<StoredSeries> stored_comparison(const Comparison& comparison, const std::string& region_id) {
  const auto points = comparison_points(comparison);
  const auto& specs = comparison_series();
  const auto months = static_cast<std::size_t>(comparison.months);
  std::vector<StoredSeries> out;
  for (std::size_t s = 0; s < specs.size(); ++s) {
    for (const char* arm : {"baseline", "plan", "difference"}) {
      for (const char* q : {"p5", "p50", "p95"}) {
        StoredSeries series{"comparison",
                            region_id,
                            specs[s].name,
                            fmt::format("{}_{}", arm, q),
                            specs[s].unit,
                            comparison.from.str(),
                            std::vector<double>(months)};
        for (std::size_t m = 0; m < months; ++m) {
          const ComparisonPoint& p = points[s][m];
          const Quantiles& of = arm[0] == 'b' ? p.baseline : arm[0] == 'p' ? p.plan : p.difference;
          series.values[m] = q[1] == '5' ? of.p5 : q[2] == '0' ? of.p50 : of.p95;
        }
        out.push_back(std::move(series));
      }
    }
  }
  return out;
}

}  // namespace regiotwin
