#pragma once
// From a municipality's published age bands to single-year ages: each band is spread over its
// years and sexes in proportion to life-table survival (a stationary population within the band)
// and the national share of men, then rounded so that every band keeps its exact count.
#include <array>
#include <vector>

#include "core/age_table.hpp"
#include "core/sex.hpp"
#include "population/life_table.hpp"
#include "region/region.hpp"

namespace regiotwin {

struct AgeSexCounts {
  std::array<std::array<long long, n_ages>, n_sexes> counts{};
  [[nodiscard]] long long total() const;
  [[nodiscard]] long long at(Sex sex, int age) const {
    return counts[static_cast<std::size_t>(sex)][static_cast<std::size_t>(age)];
  }
};

// Integers proportional to `weights` that add up to `total` exactly (largest remainder; ties go to
// the lower index so the result is deterministic).
std::vector<long long> largest_remainder(const std::vector<double>& weights, long long total);

AgeSexCounts split_age_bands(const Municipality& municipality, const LifeTable& life_table, const AgeTable& men_share);

}  // namespace regiotwin
