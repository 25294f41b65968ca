#pragma once
// What `run` and `sweep` record of a run in the results store, said once for both.
#include <string>
#include <vector>

#include "core/parameters.hpp"
#include "plan/comparison.hpp"
#include "results/store.hpp"

namespace regiotwin {

// Every parameter with its value in force, unit and whether the run changed it.
std::vector<StoredParameter> stored_parameters(const ParameterSet& params);

// The comparison as the store keeps it: per series, its P5/P50/P95 of baseline, plan and difference
// as nine monthly series (measure "baseline_p5" ... "difference_p95"), the figures of comparison.csv.
std::vector<StoredSeries> stored_comparison(const Comparison& comparison, const std::string& region_id);

}  // namespace regiotwin
