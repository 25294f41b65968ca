#pragma once
// The knelpunt score (docs/regiobeeld.md): how far demand outruns capacity at the horizon and how fast
// the load grows. A component's load is demand over capacity in a year (1: just enough); its score is
//   100 x ( max(0, L_T - 1) + max(0, (L_T - L_0) / (T - 0) x 10) )
// with L_0 the load in the start year and L_T in the last horizon year, T years later: the share by
// which demand outruns capacity at the horizon, plus the rise of the load per decade. A theme's
// score is its highest component's, which is named as the driver.
#include <vector>

namespace regiotwin {

// `loads` per year of `years` (at least one); the first is the start.
double knelpunt_score(const std::vector<double>& loads, const std::vector<int>& years);

}  // namespace regiotwin
