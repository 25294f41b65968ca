#include "regiobeeld/knelpunt.hpp"

#include <algorithm>

namespace regiotwin {

double knelpunt_score(const std::vector<double>& loads, const std::vector<int>& years) {
  const double start = loads.front();
  const double horizon = loads.back();
  const double gap = std::max(0.0, horizon - 1.0);
  const int span = years.back() - years.front();
  const double growth_per_decade = span > 0 ? std::max(0.0, (horizon - start) / span * 10.0) : 0.0;
  return 100.0 * (gap + growth_per_decade);
}

}  // namespace regiotwin
