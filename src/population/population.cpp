#include "population/population.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <limits>

#include "core/errors.hpp"
#include "core/rng.hpp"
#include "population/synthesis.hpp"

namespace regiotwin {

long long Population::alive() const { return std::count(status.begin(), status.end(), Status::alive); }

std::uint32_t Population::add(std::size_t m, std::uint16_t age, Sex person_sex) {
  MunicipalitySlots& slots = municipalities_[m];
  std::uint32_t slot = 0;
  if (!slots.free.empty()) {
    slot = slots.free.back();
    slots.free.pop_back();
  } else if (slots.used_end < slots.end) {
    slot = slots.used_end++;
  } else {
    throw SimulationError(
        fmt::format("municipality {} has more newcomers than the slots reserved for them ({}); this happens only when "
                    "birth or immigration rates are far above those the reserve was sized for",
                    m, slots.end - slots.begin));
  }
  age_months[slot] = age;
  sex[slot] = person_sex;
  status[slot] = Status::alive;
  return slot;
}

void Population::append_municipality(std::size_t residents, std::size_t reserve) {
  const std::size_t begin = slots();
  if (begin + residents + reserve > std::numeric_limits<std::uint32_t>::max()) {
    throw SimulationError("the region needs more than 4.2 billion person slots");
  }
  age_months.resize(begin + residents + reserve, 0);
  sex.resize(begin + residents + reserve, Sex::men);
  status.resize(begin + residents, Status::alive);
  status.resize(begin + residents + reserve, Status::empty);
  MunicipalitySlots m;
  m.begin = static_cast<std::uint32_t>(begin);
  m.used_end = static_cast<std::uint32_t>(begin + residents);
  m.end = static_cast<std::uint32_t>(begin + residents + reserve);
  m.free.reserve(reserve / 4);
  municipalities_.push_back(std::move(m));
}

Population synthesize(const Region& region, const ParameterSet& params, const LifeTable& life_table, std::uint64_t seed,
                      const ReserveFn& reserve_for) {
  const CounterRng rng(seed);
  const AgeTable& men_share = params.table("men_share_by_age");
  Population pop;
  for (const Municipality& municipality : region.municipalities) {
    const AgeSexCounts counts = split_age_bands(municipality, life_table, men_share);
    const auto residents = static_cast<std::size_t>(counts.total());
    const std::size_t reserve = reserve_for ? reserve_for(counts) : 0;
    std::size_t slot = pop.slots();
    pop.append_municipality(residents, reserve);
    for (const Sex sex : {Sex::men, Sex::women}) {
      for (int age = 0; age <= max_age; ++age) {
        for (long long k = 0; k < counts.at(sex, age); ++k, ++slot) {
          const double u = rng.uniform(static_cast<std::uint32_t>(slot), 0, Stream::synthesis_age);
          pop.age_months[slot] = static_cast<std::uint16_t>(age * 12 + static_cast<int>(u * 12.0));
          pop.sex[slot] = sex;
        }
      }
    }
  }
  return pop;
}

}  // namespace regiotwin
