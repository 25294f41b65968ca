#include "sim/result.hpp"

#include <algorithm>

namespace regiotwin {

SimulationResult::SimulationResult(YearMonth from, int months, std::vector<std::string> codes,
                                   std::vector<std::string> names)
    : from_(from),
      months_(months),
      codes_(std::move(codes)),
      names_(std::move(names)),
      years_(from.plus(months - 1).year() - from.year() + 1),
      values_(static_cast<std::size_t>(months) * codes_.size() * n_indicators, 0.0),
      place_values_(static_cast<std::size_t>(months) * codes_.size() * n_places * n_place_measures, 0.0),
      profession_values_(static_cast<std::size_t>(months) * codes_.size() * n_professions * n_profession_measures, 0.0),
      cost_values_(static_cast<std::size_t>(months) * codes_.size() * n_cost_lines * n_payers, 0.0),
      flows_(static_cast<std::size_t>(years_) * codes_.size() * n_question_types * n_places * n_final_places, 0.0),
      pyramid_(static_cast<std::size_t>(years_) * codes_.size() * 2 * n_age_groups, 0.0) {}

double SimulationResult::region(int month, Indicator indicator) const {
  const IndicatorSpec& s = spec(indicator);
  double value = 0.0;
  double weight = 0.0;
  for (std::size_t m = 0; m < codes_.size(); ++m) {
    switch (s.aggregation) {
      case Aggregation::sum: value += at(month, m, indicator); break;
      case Aggregation::max: value = std::max(value, at(month, m, indicator)); break;
      case Aggregation::weighted_mean:
        value += at(month, m, indicator) * at(month, m, s.weight);
        weight += at(month, m, s.weight);
        break;
    }
  }
  if (s.aggregation == Aggregation::weighted_mean) return weight > 0.0 ? value / weight : 0.0;
  return value;
}

}  // namespace regiotwin
