#include "plan/comparison.hpp"

#include <fmt/format.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/parallel_invoke.h>
#include <oneapi/tbb/task_arena.h>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <iterator>
#include <mutex>
#include <stdexcept>
#include <string>

#include "sim/simulation.hpp"

namespace regiotwin {
namespace {

// The place measures that add up over municipalities, and the mean wait (weighted by what was served).
constexpr std::array summed_place_measures = {PlaceMeasure::demand,    PlaceMeasure::capacity, PlaceMeasure::served,
                                              PlaceMeasure::abandoned, PlaceMeasure::waiting,  PlaceMeasure::in_care};
constexpr std::array summed_profession_measures = {ProfessionMeasure::fte, ProfessionMeasure::fte_required,
                                                   ProfessionMeasure::shortage_fte};

std::vector<SeriesSpec> make_series() {
  std::vector<SeriesSpec> out;
  for (const IndicatorSpec& s : indicator_dictionary()) {
    out.push_back({fmt::format("indicator/{}", s.name), std::string(s.unit)});
  }
  for (std::size_t p = 0; p < n_places; ++p) {
    const std::string unit(place_unit(static_cast<Place>(p)));
    for (const PlaceMeasure k : summed_place_measures) {
      out.push_back(
          {fmt::format("place/{}/{}", place_names[p], place_measures[static_cast<std::size_t>(k)].name), unit});
    }
    out.push_back({fmt::format("place/{}/wait_mean", place_names[p]), "months"});
  }
  for (std::size_t r = 0; r < n_professions; ++r) {
    for (const ProfessionMeasure k : summed_profession_measures) {
      out.push_back(
          {fmt::format("profession/{}/{}", profession_names[r], profession_measures[static_cast<std::size_t>(k)].name),
           "FTE"});
    }
  }
  for (std::size_t p = 0; p < n_payers; ++p) {
    for (std::size_t l = 0; l < n_cost_lines; ++l) {
      out.push_back(
          {fmt::format("cost/{}/{}", payer_name(static_cast<Payer>(p)), cost_line_name(static_cast<CostLine>(l))),
           "EUR"});
    }
  }
  return out;
}

}  // namespace

const std::vector<SeriesSpec>& comparison_series() {
  static const std::vector<SeriesSpec> series = make_series();
  return series;
}

RunSeries series_of(const SimulationResult& result) {
  const auto months = static_cast<std::size_t>(result.months());
  RunSeries out;
  out.reserve(comparison_series().size());
  const auto add = [&](auto value_at) {
    std::vector<double> v(months);
    for (std::size_t m = 0; m < months; ++m) v[m] = value_at(static_cast<int>(m));
    out.push_back(std::move(v));
  };
  const std::size_t n = result.municipality_count();
  for (std::size_t i = 0; i < n_indicators; ++i)
    add([&](int m) { return result.region(m, static_cast<Indicator>(i)); });
  for (std::size_t p = 0; p < n_places; ++p) {
    const auto place = static_cast<Place>(p);
    for (const PlaceMeasure k : summed_place_measures) {
      add([&](int m) {
        double sum = 0.0;
        for (std::size_t g = 0; g < n; ++g) sum += result.place(m, g, place, k);
        return sum;
      });
    }
    add([&](int m) {
      double waited = 0.0;
      double served = 0.0;
      for (std::size_t g = 0; g < n; ++g) {
        served += result.place(m, g, place, PlaceMeasure::served);
        waited += result.place(m, g, place, PlaceMeasure::served) * result.place(m, g, place, PlaceMeasure::wait_mean);
      }
      return served > 0.0 ? waited / served : 0.0;
    });
  }
  for (std::size_t r = 0; r < n_professions; ++r) {
    for (const ProfessionMeasure k : summed_profession_measures) {
      add([&](int m) {
        double sum = 0.0;
        for (std::size_t g = 0; g < n; ++g) sum += result.profession(m, g, static_cast<Profession>(r), k);
        return sum;
      });
    }
  }
  for (std::size_t p = 0; p < n_payers; ++p) {
    for (std::size_t l = 0; l < n_cost_lines; ++l) {
      add([&](int m) {
        double sum = 0.0;
        for (std::size_t g = 0; g < n; ++g) sum += result.cost(m, g, static_cast<Payer>(p), static_cast<CostLine>(l));
        return sum;
      });
    }
  }
  return out;
}

Quantiles quantiles(std::vector<double> values) {
  if (values.empty()) return {};
  std::sort(values.begin(), values.end());
  const auto at = [&](double q) {
    const double h = q * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
  };
  return {at(0.05), at(0.5), at(0.95)};
}

std::vector<double> at_right_place_by_year(const SimulationResult& result, const RightPlaces& right) {
  std::vector<double> out(static_cast<std::size_t>(result.years()), 0.0);
  for (int y = 0; y < result.years(); ++y) {
    double sum = 0.0;
    for (std::size_t m = 0; m < result.municipality_count(); ++m) {
      for (std::size_t t = 0; t < n_question_types; ++t) {
        for (std::size_t e = 0; e < n_places; ++e) {
          for (std::size_t f = 0; f < n_places; ++f) {
            if (right.is_right[t][f]) sum += result.flow(y, m, static_cast<QuestionType>(t), static_cast<Place>(e), f);
          }
        }
      }
    }
    out[static_cast<std::size_t>(y)] = sum;
  }
  return out;
}

namespace {

// One run of replication `replication`: the plan, or without its interventions the baseline.
void run_arm(const Region& region, const ParameterSet& params, const RunPlan& run, int replication, bool with_plan,
             const RightPlaces& right, ReplicationResult& out, const ProgressFn& month_done = {}) {
  RunPlan one = run;
  one.seed = run.seed + static_cast<std::uint64_t>(replication);
  if (!with_plan) one.interventions.clear();
  Simulation simulation(region, params, one);
  simulation.run(month_done);
  (with_plan ? out.plan : out.baseline) = series_of(simulation.result());
  (with_plan ? out.plan_right_place : out.baseline_right_place) = at_right_place_by_year(simulation.result(), right);
}

}  // namespace

ReplicationResult run_replication(const Region& region, const ParameterSet& params, const RunPlan& run, int replication,
                                  const RightPlaces& right, const ProgressFn& month_done) {
  ReplicationResult out;
  out.replication = replication;
  // The two runs write disjoint members of `out`.
  tbb::parallel_invoke([&] { run_arm(region, params, run, replication, false, right, out, month_done); },
                       [&] { run_arm(region, params, run, replication, true, right, out, month_done); });
  return out;
}

Comparison assemble_comparison(const RunPlan& run, int replications, std::vector<ReplicationResult> results) {
  const auto n = static_cast<std::size_t>(replications);
  if (results.size() != n) {
    throw std::invalid_argument(
        fmt::format("a comparison of {} replications got {} replication results", replications, results.size()));
  }
  Comparison out;
  out.from = run.from;
  out.months = run.months();
  out.baseline.resize(n);
  out.plan.resize(n);
  out.baseline_right_place.resize(n);
  out.plan_right_place.resize(n);
  std::vector<bool> placed(n, false);
  const auto months = static_cast<std::size_t>(out.months);
  const auto has_horizon = [&](const RunSeries& series) {
    return series.size() == comparison_series().size() &&
           std::all_of(series.begin(), series.end(), [&](const auto& s) { return s.size() == months; });
  };
  for (ReplicationResult& r : results) {
    const auto at = static_cast<std::size_t>(r.replication);
    if (r.replication < 0 || at >= n || placed[at]) {
      throw std::invalid_argument(fmt::format("replication {} is out of range or repeated (of {})", r.replication, n));
    }
    if (!has_horizon(r.baseline) || !has_horizon(r.plan)) {
      throw std::invalid_argument(fmt::format("replication {} has another horizon or series", r.replication));
    }
    placed[at] = true;
    out.baseline[at] = std::move(r.baseline);
    out.plan[at] = std::move(r.plan);
    out.baseline_right_place[at] = std::move(r.baseline_right_place);
    out.plan_right_place[at] = std::move(r.plan_right_place);
  }
  return out;
}

Comparison compare_plan(const Region& region, const ParameterSet& params, const RunPlan& run, int replications,
                        const RightPlaces& right, const ReplicationDone& done) {
  std::vector<ReplicationResult> results(static_cast<std::size_t>(replications));
  for (int r = 0; r < replications; ++r) results[static_cast<std::size_t>(r)].replication = r;
  std::atomic<int> finished{0};
  std::mutex progress;
  const int threads = run.threads > 0 ? run.threads : tbb::info::default_concurrency();
  RunPlan one = run;
  one.threads = 1;
  tbb::task_arena arena(threads);
  // Each task is one run (a replication's baseline or plan); each runs its months on one thread,
  // so replications fill the cores.
  arena.execute([&] {
    tbb::parallel_for(0, 2 * replications, [&](int task) {
      const int r = task / 2;
      run_arm(region, params, one, r, task % 2 == 1, right, results[static_cast<std::size_t>(r)]);
      const int n = ++finished;
      if (done) {
        const std::scoped_lock lock(progress);
        done(n, 2 * replications);
      }
    });
  });
  return assemble_comparison(run, replications, std::move(results));
}

std::vector<std::vector<ComparisonPoint>> comparison_points(const Comparison& c) {
  const std::size_t n_series = comparison_series().size();
  const auto n = static_cast<std::size_t>(c.replications());
  const auto months = static_cast<std::size_t>(c.months);
  std::vector<std::vector<ComparisonPoint>> out(n_series, std::vector<ComparisonPoint>(months));
  std::vector<double> base(n);
  std::vector<double> plan(n);
  std::vector<double> diff(n);
  for (std::size_t m = 0; m < months; ++m) {
    for (std::size_t s = 0; s < n_series; ++s) {
      for (std::size_t r = 0; r < n; ++r) {
        base[r] = c.baseline[r][s][m];
        plan[r] = c.plan[r][s][m];
        diff[r] = plan[r] - base[r];
      }
      out[s][m] = {quantiles(base), quantiles(plan), quantiles(diff)};
    }
  }
  return out;
}

std::string comparison_csv(const Comparison& c) {
  fmt::memory_buffer out;
  fmt::format_to(std::back_inserter(out),
                 "month,series,unit,baseline_p5,baseline_p50,baseline_p95,plan_p5,plan_p50,plan_p95,difference_p5,"
                 "difference_p50,difference_p95\n");
  const auto& series = comparison_series();
  const auto points = comparison_points(c);
  for (int month = 0; month < c.months; ++month) {
    const auto m = static_cast<std::size_t>(month);
    const std::string when = c.from.plus(month).str();
    for (std::size_t s = 0; s < series.size(); ++s) {
      const Quantiles& b = points[s][m].baseline;
      const Quantiles& p = points[s][m].plan;
      const Quantiles& d = points[s][m].difference;
      fmt::format_to(std::back_inserter(out), "{},{},{},{},{},{},{},{},{},{},{},{}\n", when, series[s].name,
                     series[s].unit, b.p5, b.p50, b.p95, p.p5, p.p50, p.p95, d.p5, d.p50, d.p95);
    }
  }
  return fmt::to_string(out);
}

}  // namespace regiotwin
