#include "regiobeeld/summary.hpp"

#include <algorithm>
#include <functional>

namespace regiotwin {
namespace {

using Value = std::function<double(int month, Indicator)>;

double sum_over(const Value& value, Indicator indicator, int first, int last) {
  double sum = 0.0;
  for (int month = first; month <= last; ++month) sum += value(month, indicator);
  return sum;
}

AreaSummary summarize_area(std::string code, std::string name, int months, const Value& value) {
  AreaSummary s{std::move(code), std::move(name)};
  const int last = months - 1;
  const int year = std::min(12, months);
  const auto share = [&](Indicator part, int month) {
    const double pop = value(month, Indicator::population);
    return pop > 0.0 ? value(month, part) / pop : 0.0;
  };
  const auto load = [&](int first, int end) {
    const double capacity = sum_over(value, Indicator::gp_capacity, first, end);
    return capacity > 0.0 ? sum_over(value, Indicator::gp_demand, first, end) / capacity : 0.0;
  };
  s.population_start = value(0, Indicator::population);
  s.population_end = value(last, Indicator::population);
  s.share_65plus_start = share(Indicator::population_65plus, 0);
  s.share_65plus_end = share(Indicator::population_65plus, last);
  s.share_80plus_start = share(Indicator::population_80plus, 0);
  s.share_80plus_end = share(Indicator::population_80plus, last);
  s.gp_load_first_year = load(0, year - 1);
  s.gp_load_last_year = load(months - year, last);
  s.gp_waiting_end = value(last, Indicator::gp_waiting);
  s.cost_zvw_first_year = sum_over(value, Indicator::cost_zvw, 0, year - 1);
  s.cost_zvw_last_year = sum_over(value, Indicator::cost_zvw, months - year, last);
  return s;
}

}  // namespace

RegionSummary summarize(const Region& region, const SimulationResult& result) {
  RegionSummary out;
  out.region = summarize_area(region.id, region.name, result.months(),
                              [&](int month, Indicator i) { return result.region(month, i); });
  for (std::size_t m = 0; m < result.municipality_count(); ++m) {
    out.municipalities.push_back(summarize_area(result.municipality_codes()[m], result.municipality_names()[m],
                                                result.months(),
                                                [&](int month, Indicator i) { return result.at(month, m, i); }));
  }
  return out;
}

}  // namespace regiotwin
