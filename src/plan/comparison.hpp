#pragma once
// A regioplan against doing nothing (model.md §6, docs/regioplan.md): the plan and the baseline run
// with the same seeds (common random numbers), replication r with seed + r, replications in
// parallel. Each region-level series is kept per replication and summarised as P5/P50/P95 of the
// baseline, the plan and their difference (the difference taken per replication, then summarised).
#include <array>
#include <functional>
#include <string>
#include <vector>

#include "care/routing_table.hpp"
#include "core/parameters.hpp"
#include "region/region.hpp"
#include "sim/result.hpp"
#include "sim/run_plan.hpp"

namespace regiotwin {

struct SeriesSpec {
  std::string name;  // e.g. indicator/gp_demand, place/welzijn/waiting, profession/gp/fte, cost/zvw/care
  std::string unit;
};

// Region-level monthly values of every series, for one run: values[series][month].
using RunSeries = std::vector<std::vector<double>>;

// The series compared, in output order.
const std::vector<SeriesSpec>& comparison_series();
RunSeries series_of(const SimulationResult& result);

struct Quantiles {
  double p5 = 0.0;
  double p50 = 0.0;
  double p95 = 0.0;
};
// Linear interpolation between order statistics (Hyndman-Fan type 7, as R and NumPy do by default).
Quantiles quantiles(std::vector<double> values);

// Questions that ended at a right place (entered there or referred), per calendar year of the run.
std::vector<double> at_right_place_by_year(const SimulationResult& result, const RightPlaces& right);

struct Comparison {
  YearMonth from;
  int months = 0;
  std::vector<RunSeries> baseline;  // per replication
  std::vector<RunSeries> plan;
  std::vector<std::vector<double>> baseline_right_place;  // per replication, per year
  std::vector<std::vector<double>> plan_right_place;
  [[nodiscard]] int replications() const { return static_cast<int>(baseline.size()); }
};

// One replication of a comparison: its baseline and its plan run with seed + replication.
struct ReplicationResult {
  int replication = 0;
  RunSeries baseline;
  RunSeries plan;
  std::vector<double> baseline_right_place;  // per year
  std::vector<double> plan_right_place;
};

// Runs replication `replication` of the comparison on its own: baseline and plan side by side as far
// as the caller's task arena has threads, each Simulation with `run.threads`. A function of its
// arguments only, so replications may run in any order, on any thread or machine (the MPI sweep,
// src/sweep) and still give the same values.
// `month_done` is called by both runs, possibly at once, after each month; it may throw to stop them.
ReplicationResult run_replication(const Region& region, const ParameterSet& params, const RunPlan& run, int replication,
                                  const RightPlaces& right, const ProgressFn& month_done = {});

// A Comparison of `replications` replications from their results, given in any order: each is
// placed by its index. Throws std::invalid_argument when one is missing, repeated, out of range or of
// another horizon.
Comparison assemble_comparison(const RunPlan& run, int replications, std::vector<ReplicationResult> results);

using ReplicationDone = std::function<void(int done, int total)>;

// Runs baseline and plan for `replications` seeds. `run.interventions` are the plan's; the baseline
// runs without them. Identical whatever the thread count. `right` says which places are right for
// which question type (the run's routing). `done` is called after each run (2 per replication).
Comparison compare_plan(const Region& region, const ParameterSet& params, const RunPlan& run, int replications,
                        const RightPlaces& right, const ReplicationDone& done = {});

// The summary of one series in one month over the replications.
struct ComparisonPoint {
  Quantiles baseline;
  Quantiles plan;
  Quantiles difference;  // of plan minus baseline, taken per replication
};
// points[series][month], series in comparison_series() order.
std::vector<std::vector<ComparisonPoint>> comparison_points(const Comparison& comparison);

// comparison.csv: month,series,unit and P5/P50/P95 of baseline, plan and difference.
std::string comparison_csv(const Comparison& comparison);

}  // namespace regiotwin
