#pragma once
// Tidy CSV of the care engine's results: places.csv (month × municipality × place × measure),
// workforce.csv (month × municipality × profession × measure) and flows.csv (year × municipality ×
// question type × entry place × final place) and costs.csv (month × municipality × payer × cost line).
// Values are written in the shortest form that reads
// back to the same double, so equal results give equal bytes.
#include <string>

#include "sim/result.hpp"

namespace regiotwin {

std::string places_csv(const SimulationResult& result);
std::string workforce_csv(const SimulationResult& result);
std::string flows_csv(const SimulationResult& result);
std::string costs_csv(const SimulationResult& result);

}  // namespace regiotwin
