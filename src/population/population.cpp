#include "population/population.hpp"

#include <limits>

#include "core/errors.hpp"
#include "core/rng.hpp"
#include "population/synthesis.hpp"

namespace regiotwin {

Population synthesize(const Region& region, const ParameterSet& params, const LifeTable& life_table,
                      std::uint64_t seed) {
  const long long total = region.population();
  if (total > std::numeric_limits<std::uint32_t>::max()) {
    throw SimulationError("a region of more than 4.2 billion residents does not fit person ids");
  }
  const CounterRng rng(seed);
  const AgeTable& men_share = params.table("men_share_by_age");
  Population pop;
  pop.age_months.reserve(static_cast<std::size_t>(total));
  pop.sex.reserve(static_cast<std::size_t>(total));
  pop.municipality_begin.push_back(0);
  for (const Municipality& municipality : region.municipalities) {
    const AgeSexCounts counts = split_age_bands(municipality, life_table, men_share);
    for (const Sex sex : {Sex::men, Sex::women}) {
      for (int age = 0; age <= max_age; ++age) {
        for (long long k = 0; k < counts.at(sex, age); ++k) {
          const auto person = static_cast<std::uint32_t>(pop.size());
          const double u = rng.uniform(person, 0, Stream::synthesis_age);
          pop.age_months.push_back(static_cast<std::uint16_t>(age * 12 + static_cast<int>(u * 12.0)));
          pop.sex.push_back(sex);
        }
      }
    }
    pop.municipality_begin.push_back(static_cast<std::uint32_t>(pop.size()));
  }
  pop.alive.assign(pop.size(), 1);
  return pop;
}

}  // namespace regiotwin
