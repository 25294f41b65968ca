#pragma once
// A simulation's monthly results as the series the results store keeps (results/store.hpp), and
// those series as one tidy CSV (`regiotwin export RUN --format csv`). The store itself knows nothing
// of SimulationResult; this is the one place that turns one into the other.
#include <string>
#include <vector>

#include "results/store.hpp"
#include "sim/result.hpp"

namespace regiotwin {

// In this order, each with the result's first month:
//  - table "indicator": every indicator of the output dictionary per municipality (area = GM code),
//    then for the region (area = region_id), aggregated as the dictionary says; measure "";
//  - table "place": per municipality, place (key) and place measure (measure), unit as places.csv;
//  - table "workforce": per municipality, profession (key) and measure, unit as workforce.csv;
//  - table "cost": per municipality, payer (key) and cost line (measure), in EUR; a payer's line that
//    is zero in every month is left out, as costs.csv leaves out zero rows.
// Places, professions and costs have no region totals: their sums are one query away, and their
// means and percentiles do not add.
std::vector<StoredSeries> series_of_result(const SimulationResult& result, const std::string& region_id);

// table,area,key,measure,month,value,unit: one row per value, month as YYYY-MM, values in the
// shortest form that reads back to the same double (as the other CSV outputs).
std::string tidy_csv(const std::vector<StoredSeries>& series);

}  // namespace regiotwin
