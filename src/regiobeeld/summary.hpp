#pragma once
// The key figures of a regiobeeld for a run: how the population ages and how far GP demand
// outruns capacity, per municipality and for the region, in the first and last year of the run.
#include <string>
#include <vector>

#include "region/region.hpp"
#include "sim/result.hpp"

namespace regiotwin {

struct AreaSummary {
  std::string code;  // GM code, or the region id for the region row
  std::string name;
  double population_start = 0.0;  // end of the first month
  double population_end = 0.0;    // end of the last month
  double share_65plus_start = 0.0;
  double share_65plus_end = 0.0;
  double share_80plus_start = 0.0;
  double share_80plus_end = 0.0;
  double gp_load_first_year = 0.0;  // GP demand / capacity over the first 12 months
  double gp_load_last_year = 0.0;   // ... and over the last 12 months
  double gp_waiting_end = 0.0;
  double cost_zvw_first_year = 0.0;
  double cost_zvw_last_year = 0.0;
};

struct RegionSummary {
  AreaSummary region;
  std::vector<AreaSummary> municipalities;
};

RegionSummary summarize(const Region& region, const SimulationResult& result);

}  // namespace regiotwin
