#pragma once
// The synthetic residents, one per real resident, as structure-of-arrays. Persons of a
// municipality are contiguous so that the monthly pass runs municipalities in parallel.
#include <cstdint>
#include <vector>

#include "core/parameters.hpp"
#include "core/sex.hpp"
#include "population/life_table.hpp"
#include "region/region.hpp"

namespace regiotwin {

struct PersonRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

struct Population {
  std::vector<std::uint16_t> age_months;  // age in completed months
  std::vector<Sex> sex;
  std::vector<std::uint8_t> alive;                // 1 alive, 0 died during the run
  std::vector<std::uint32_t> municipality_begin;  // persons of municipality m: [begin[m], begin[m + 1])

  [[nodiscard]] std::size_t size() const { return age_months.size(); }
  [[nodiscard]] std::size_t municipality_count() const { return municipality_begin.size() - 1; }
  [[nodiscard]] PersonRange range(std::size_t municipality) const {
    return {municipality_begin[municipality], municipality_begin[municipality + 1]};
  }
  [[nodiscard]] static constexpr std::size_t bytes_per_person() {
    return sizeof(std::uint16_t) + sizeof(Sex) + sizeof(std::uint8_t);
  }
};

// One person per resident of every municipality; the month within the year of age is drawn from
// the seed so that birthdays spread over the year.
Population synthesize(const Region& region, const ParameterSet& params, const LifeTable& life_table,
                      std::uint64_t seed);

}  // namespace regiotwin
