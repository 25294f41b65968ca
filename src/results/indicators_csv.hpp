#pragma once
#include <string>

#include "sim/result.hpp"

namespace regiotwin {

// Tidy CSV: one row per month x municipality x indicator, with its unit. Values are written in
// the shortest form that reads back to the same double, so equal results give equal bytes.
std::string indicators_csv(const SimulationResult& result);

}  // namespace regiotwin
