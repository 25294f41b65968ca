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
  household[slot] = Household::alone;
  states[slot] = StateSet{};
  partner[slot] = no_partner;
  return slot;
}

void Population::append_municipality(std::size_t residents, std::size_t reserve) {
  const std::size_t begin = slots();
  if (begin + residents + reserve > std::numeric_limits<std::uint32_t>::max()) {
    throw SimulationError("the region needs more than 4.2 billion person slots");
  }
  age_months.resize(begin + residents + reserve, 0);
  sex.resize(begin + residents + reserve, Sex::men);
  household.resize(begin + residents + reserve, Household::alone);
  states.resize(begin + residents + reserve);
  partner.resize(begin + residents + reserve, no_partner);
  status.resize(begin + residents, Status::alive);
  status.resize(begin + residents + reserve, Status::empty);
  MunicipalitySlots m;
  m.begin = static_cast<std::uint32_t>(begin);
  m.used_end = static_cast<std::uint32_t>(begin + residents);
  m.end = static_cast<std::uint32_t>(begin + residents + reserve);
  m.free.reserve(reserve / 4);
  municipalities_.push_back(std::move(m));
}

double PersonFactory::wlz_chance(Sex sex, int age, bool in_institution, const StateMultipliers& m) const {
  // Most residents of institutions have a Wlz indication; the rest of the Wlz prevalence at this
  // age falls on those living at home, so that the prevalence by age holds.
  const double share = households_.wlz_share_in_institution;
  if (in_institution) return share;
  const double institution = households_.seed[static_cast<std::size_t>(sex)][static_cast<std::size_t>(age)]
                                             [static_cast<std::size_t>(Position::institution)];
  const double prevalence = states_.prevalence(State::wlz, 1, sex, age) * m[static_cast<std::size_t>(State::wlz)];
  return std::clamp((prevalence - institution * share) / (1.0 - institution), 0.0, 1.0);
}

void PersonFactory::place(Population& pop, std::uint32_t slot, Sex sex, std::uint16_t age_months, Position position,
                          const StateMultipliers& multipliers, std::uint32_t key) const {
  const int age = age_months / 12;
  const auto u = rng_.uniforms(slot, key, Stream::synthesis_state, 0);
  const auto v = rng_.uniforms(slot, key, Stream::synthesis_state, 1);
  const auto w = rng_.uniforms(slot, key, Stream::synthesis_state, 2);
  pop.age_months[slot] = age_months;
  pop.sex[slot] = sex;
  pop.status[slot] = Status::alive;
  pop.partner[slot] = no_partner;
  Household household = household_of(position);
  StateSet s;
  if (position == Position::child) {
    s.set_child(true);
    // A child lives with a single parent as often as single-parent households occur among
    // households with children.
    if (w[2] < households_.single_parent_household_share) household = Household::single_parent;
  }
  pop.household[slot] = household;
  states_.assign(s, sex, age, multipliers, {u[0], u[1], u[2], u[3], v[0], v[1], v[2], v[3], w[0], 0.0});
  s.set(State::wlz, v[3] < wlz_chance(sex, age, position == Position::institution, multipliers) ? 1 : 0);
  // An informal carer: the partner (or the parents of a child) first, others less often.
  const bool close_carer =
      position == Position::child || position == Position::couple || position == Position::couple_with_children;
  const double carer =
      close_carer ? households_.informal_carer_with_partner : households_.informal_carer_without_partner;
  s.set(State::informal_carer, w[1] < carer ? 1 : 0);
  pop.states[slot] = s;
}

Position PersonFactory::draw_position(Sex sex, int age, double u) const {
  const PositionShares& shares = households_.seed[static_cast<std::size_t>(sex)][static_cast<std::size_t>(age)];
  for (std::size_t p = 0; p + 1 < n_positions; ++p) {
    if (u < shares[p]) return static_cast<Position>(p);
    u -= shares[p];
  }
  return static_cast<Position>(n_positions - 1);
}

namespace {

// Partners are paired by age rank: the oldest man of a position with the oldest woman, and so on.
// Persons left over (more men than women in a position, or same-sex couples) keep no link.
void pair_partners(Population& pop, const std::vector<std::uint32_t>& men, const std::vector<std::uint32_t>& women) {
  const auto by_age = [&](std::vector<std::uint32_t> slots) {
    std::stable_sort(slots.begin(), slots.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return pop.age_months[a] > pop.age_months[b]; });
    return slots;
  };
  const auto m = by_age(men);
  const auto w = by_age(women);
  for (std::size_t i = 0; i < std::min(m.size(), w.size()); ++i) {
    pop.partner[m[i]] = w[i];
    pop.partner[w[i]] = m[i];
  }
}

}  // namespace

Population synthesize(const Region& region, const ParameterSet& params, const LifeTable& life_table,
                      const HouseholdSettings& households, const StateSettings& states, std::uint64_t seed,
                      const ReserveFn& reserve_for) {
  const CounterRng rng(seed);
  const PersonFactory factory(households, states, rng);
  const AgeTable& men_share = params.table("men_share_by_age");
  Population pop;
  for (const Municipality& municipality : region.municipalities) {
    const AgeSexCounts counts = split_age_bands(municipality, life_table, men_share);
    const PositionCounts positions = fit_positions(municipality, counts, households);
    const std::size_t reserve = reserve_for ? reserve_for(counts) : 0;
    auto slot = static_cast<std::uint32_t>(pop.slots());
    pop.append_municipality(static_cast<std::size_t>(counts.total()), reserve);
    const StateMultipliers multipliers = states.multipliers(municipality.deprivation_index);
    // Partners by position (couple, couple with children) and sex, to be paired.
    std::array<std::array<std::vector<std::uint32_t>, n_sexes>, 2> partners;
    for (const Sex sex : {Sex::men, Sex::women}) {
      for (int age = 0; age <= max_age; ++age) {
        for (std::size_t p = 0; p < n_positions; ++p) {
          const auto position = static_cast<Position>(p);
          for (long long k = 0; k < positions.at(sex, age, position); ++k, ++slot) {
            const double u = rng.uniform(slot, 0, Stream::synthesis_age);
            factory.place(pop, slot, sex, static_cast<std::uint16_t>(age * 12 + static_cast<int>(u * 12.0)), position,
                          multipliers, 0);
            if (position == Position::couple || position == Position::couple_with_children) {
              partners[position == Position::couple ? 0 : 1][static_cast<std::size_t>(sex)].push_back(slot);
            }
          }
        }
      }
    }
    for (const auto& by_sex : partners) pair_partners(pop, by_sex[0], by_sex[1]);
  }
  return pop;
}

}  // namespace regiotwin
