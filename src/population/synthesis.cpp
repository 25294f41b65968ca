#include "population/synthesis.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/errors.hpp"

namespace regiotwin {

long long AgeSexCounts::total() const {
  long long sum = 0;
  for (const auto& per_sex : counts) sum = std::accumulate(per_sex.begin(), per_sex.end(), sum);
  return sum;
}

std::vector<long long> largest_remainder(const std::vector<double>& weights, long long total) {
  const double weight_sum = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::vector<long long> out(weights.size(), 0);
  if (total == 0) return out;
  if (!(weight_sum > 0.0)) throw Error(ExitCode::internal, "largest_remainder: weights add up to zero");
  std::vector<double> remainder(weights.size());
  long long assigned = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const double exact = static_cast<double>(total) * weights[i] / weight_sum;
    out[i] = static_cast<long long>(std::floor(exact));
    remainder[i] = exact - static_cast<double>(out[i]);
    assigned += out[i];
  }
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
  for (std::size_t k = 0; assigned < total; ++k, ++assigned) ++out[order[k % order.size()]];
  return out;
}

AgeSexCounts split_age_bands(const Municipality& municipality, const LifeTable& life_table, const AgeTable& men_share) {
  const auto share_of_men = men_share.per_year();
  AgeSexCounts result;
  for (const BandCount& band : municipality.age_bands) {
    // Cells of this band: (sex, age) pairs with their weights.
    std::vector<std::pair<Sex, int>> cells;
    std::vector<double> weights;
    for (const Sex sex : {Sex::men, Sex::women}) {
      if (band.sex && *band.sex != sex) continue;
      for (int age = band.band.from; age <= band.band.to; ++age) {
        const double share = sex == Sex::men ? share_of_men[static_cast<std::size_t>(age)]
                                             : 1.0 - share_of_men[static_cast<std::size_t>(age)];
        // Survival over the year of age approximates the stationary age distribution: of this
        // sex for a band of one sex, else of both, so that the share of men at each age holds.
        const auto survival = [&](Sex s) {
          return 0.5 * (life_table.survival_to(s, age) + life_table.survival_to(s, age + 1));
        };
        cells.emplace_back(sex, age);
        weights.push_back(band.sex ? survival(sex) : share * 0.5 * (survival(Sex::men) + survival(Sex::women)));
      }
    }
    const auto counts = largest_remainder(weights, band.count);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      result.counts[static_cast<std::size_t>(cells[i].first)][static_cast<std::size_t>(cells[i].second)] += counts[i];
    }
  }
  return result;
}

}  // namespace regiotwin
