#pragma once
// The synthetic residents, one per real resident, as structure-of-arrays over slots. Each
// municipality owns a contiguous range of slots so that the monthly pass runs in parallel; the
// range has room for newcomers (births, immigrants), and slots freed by deaths and emigration
// are reused. A person's random draws are keyed by slot and month, which identify them uniquely.
#include <cstdint>
#include <functional>
#include <vector>

#include "core/parameters.hpp"
#include "core/rng.hpp"
#include "core/sex.hpp"
#include "population/health_states.hpp"
#include "population/households.hpp"
#include "population/life_table.hpp"
#include "population/person_state.hpp"
#include "population/synthesis.hpp"
#include "region/region.hpp"

namespace regiotwin {

enum class Status : std::uint8_t { empty = 0, alive = 1, dead = 2, emigrated = 3 };

struct PersonRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

struct MunicipalitySlots {
  std::uint32_t begin = 0;
  std::uint32_t used_end = 0;  // slots at or past this have never held anyone
  std::uint32_t end = 0;
  std::vector<std::uint32_t> free;  // freed slots, reused last-in first-out
};

class Population {
 public:
  // The person arrays are the engine's working state, read and written by slot in the monthly
  // loop; wrapping each access would hide that and cost nothing in safety.
  // NOLINTBEGIN(cppcoreguidelines-non-private-member-variables-in-classes)
  std::vector<std::uint16_t> age_months;  // age in completed months
  std::vector<Sex> sex;
  std::vector<Status> status;
  std::vector<Household> household;
  std::vector<StateSet> states;
  std::vector<std::uint32_t> partner;  // slot of the partner, or no_partner
  // NOLINTEND(cppcoreguidelines-non-private-member-variables-in-classes)

  [[nodiscard]] std::size_t slots() const { return status.size(); }
  [[nodiscard]] std::size_t municipality_count() const { return municipalities_.size(); }
  // Every slot of municipality m, including room not yet used.
  [[nodiscard]] PersonRange range(std::size_t m) const { return {municipalities_[m].begin, municipalities_[m].end}; }
  [[nodiscard]] long long alive() const;
  [[nodiscard]] static constexpr std::size_t bytes_per_slot() {
    return sizeof(std::uint16_t) + sizeof(Sex) + sizeof(Status) + sizeof(Household) + sizeof(StateSet) +
           sizeof(std::uint32_t);
  }

  // Called between monthly passes, one municipality at a time: frees the slot of someone who
  // died or left, and places a newcomer (throws SimulationError when the reserve is used up).
  void release(std::size_t m, std::uint32_t slot) { municipalities_[m].free.push_back(slot); }
  // The newcomer has no states, lives alone and has no partner until the caller says otherwise.
  std::uint32_t add(std::size_t m, std::uint16_t age_months, Sex sex);

  // Appends a municipality's slots: `residents` are filled by the caller, `reserve` stay empty.
  void append_municipality(std::size_t residents, std::size_t reserve);

 private:
  std::vector<MunicipalitySlots> municipalities_;
};

// Places one person in a slot: household type from the position, states from the prevalences of
// their age and sex, informal carer from the household. Used by synthesis (key 0) and for
// immigrants (the month's key), so that both follow the same rules.
class PersonFactory {
 public:
  PersonFactory(const HouseholdSettings& households, const StateSettings& states, const CounterRng& rng)
      : households_(households), states_(states), rng_(rng) {}

  void place(Population& pop, std::uint32_t slot, Sex sex, std::uint16_t age_months, Position position,
             const StateMultipliers& multipliers, std::uint32_t key) const;
  // A position drawn from the national seed shares at this age and sex.
  [[nodiscard]] Position draw_position(Sex sex, int age, double u) const;

 private:
  [[nodiscard]] double wlz_chance(Sex sex, int age, bool in_institution, const StateMultipliers& m) const;
  const HouseholdSettings& households_;
  const StateSettings& states_;
  const CounterRng& rng_;
};

// How many empty slots to keep for newcomers in a municipality with these residents.
using ReserveFn = std::function<std::size_t(const AgeSexCounts&)>;

// One person per resident of every municipality, plus the reserve: ages and sexes from the age
// bands, household positions fitted to the household counts (partners paired within the
// municipality by age rank), states drawn from the prevalences. The month within the year of
// age is drawn from the seed so that birthdays spread over the year.
Population synthesize(const Region& region, const ParameterSet& params, const LifeTable& life_table,
                      const HouseholdSettings& households, const StateSettings& states, std::uint64_t seed,
                      const ReserveFn& reserve = {});

}  // namespace regiotwin
