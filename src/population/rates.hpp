#pragma once
// From a yearly rate (a hazard per person-year) to the probability of the event within one month,
// with the hazard constant over the year. Household and state transitions use it; births and
// migration keep CBS's per-1000 counts divided by twelve (docs/parameters.md).
#include <cmath>

namespace regiotwin {

inline double monthly_probability(double rate_per_year) { return 1.0 - std::exp(-rate_per_year / 12.0); }

}  // namespace regiotwin
