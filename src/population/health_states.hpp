#pragma once
// Health and social states: prevalence by age and sex at the start, and monthly incidence and
// remission afterwards. Incidence is derived so that prevalence by age stays as the tables say
// in a baseline (the equilibrium along a cohort, including the extra deaths of frail persons),
// which lets an ageing population shift the totals while the rates by age stay put. Incidence
// is kept as an explicit rate per state, sex and age so that interventions can scale it.
#include <array>

#include "core/age_table.hpp"
#include "core/parameters.hpp"
#include "core/sex.hpp"
#include "population/life_table.hpp"
#include "population/person_state.hpp"

namespace regiotwin {

// Per state: a multiplier of prevalence and incidence (a municipality's deprivation index to the
// state's elasticity, later also an intervention's effect).
using StateMultipliers = std::array<double, n_states>;

// Factors on incidence per state, level moved up from (0: onset, 1: a levelled state's worsening)
// and single year of age: a regioplan's prevention, and the worsening that long waits cause. 1
// changes nothing, bit for bit.
struct IncidenceFactors {
  using Levels = std::array<std::array<double, n_ages>, 2>;
  std::array<Levels, n_states> up{};

  IncidenceFactors() { reset(); }
  void reset() {
    for (Levels& levels : up) {
      for (auto& ages : levels) ages.fill(1.0);
    }
  }
  // The highest factor per state and level, over ages (for StateSettings::set_max_multipliers).
  using Max = std::array<std::array<double, 2>, n_states>;
  [[nodiscard]] Max highest() const;
};

struct StateRates {
  // Monthly probability of moving up from level L (0 or 1) and down from level L + 1.
  std::array<std::array<double, 2>, n_states> up{};
  std::array<std::array<double, 2>, n_states> down{};
};

class StateSettings {
 public:
  StateSettings(const ParameterSet& params, const LifeTable& life_table);

  // Share with at least `level` (1 or 2) of the state at this age and sex, before multipliers.
  [[nodiscard]] double prevalence(State s, int level, Sex sex, int age) const {
    return prevalence_[idx(s)][static_cast<std::size_t>(level - 1)][idx(sex)][static_cast<std::size_t>(age)];
  }
  [[nodiscard]] const StateRates& rates(Sex sex, int age) const {
    return rates_[idx(sex)][static_cast<std::size_t>(age)];
  }
  [[nodiscard]] double elasticity(State s) const { return elasticity_[idx(s)]; }
  [[nodiscard]] StateMultipliers multipliers(double deprivation_index) const;

  // Mortality multiplier of a frail or non-frail person: the population average stays 1.
  [[nodiscard]] double mortality_factor(bool frail, Sex sex, int age) const {
    return mortality_factor_[frail ? 1 : 0][idx(sex)][static_cast<std::size_t>(age)];
  }

  // An upper bound of the monthly chance of any state transition of this person, for multipliers
  // up to `max_multiplier`: incidence of every state at this age and sex, plus remission of the
  // states the person has (at its highest over ages). A draw above it means nothing happens, the
  // common case, so most persons never walk the transitions.
  // `max_factor` bounds the incidence factors step() will be given.
  void set_max_multipliers(const StateMultipliers& max_multiplier, const IncidenceFactors::Max& max_factor);
  // The same with factors of 1 but up to `max_worsening` on mild-to-severe mental problems.
  void set_max_multipliers(const StateMultipliers& max_multiplier, double max_worsening = 1.0);
  [[nodiscard]] double any_transition_bound(const StateSet& states, Sex sex, int age) const {
    const std::uint16_t bits = states.bits();
    return up_bound_[idx(sex)][static_cast<std::size_t>(age)] + down_bound_[0][bits & 0xFFU] +
           down_bound_[1][bits >> 8U];
  }

  // At most one state changes per person and month: one uniform picks which (competing risks;
  // with monthly chances of a few percent at most, two changes in one month are negligible).
  // Returns the state that changed and whether it went up, or nullopt-like {n_states} when none.
  struct Change {
    std::size_t state = n_states;
    bool up = false;
  };
  // `factors` multiply incidence (at most the max_factor given to set_max_multipliers).
  [[nodiscard]] Change step(StateSet& states, Sex sex, int age, const StateMultipliers& m, double u,
                            const IncidenceFactors& factors = no_factors) const;
  static const IncidenceFactors no_factors;

  // States that do not exist at an age (youth care after 22, bijstand after the AOW age) end on
  // reaching it: the bits of StateSet a person of this age and sex may carry.
  [[nodiscard]] std::uint16_t allowed_bits(Sex sex, int age) const {
    return allowed_[idx(sex)][static_cast<std::size_t>(age)];
  }

  // Initial states of one person from uniforms (one per state).
  void assign(StateSet& states, Sex sex, int age, const StateMultipliers& m,
              const std::array<double, n_states>& u) const;

 private:
  static std::size_t idx(State s) { return static_cast<std::size_t>(s); }
  static std::size_t idx(Sex s) { return static_cast<std::size_t>(s); }
  using PerAgeSex = std::array<std::array<double, n_ages>, n_sexes>;
  std::array<std::array<PerAgeSex, 2>, n_states> prevalence_{};
  std::array<std::array<StateRates, n_ages>, n_sexes> rates_{};
  std::array<double, n_states> elasticity_{};
  std::array<PerAgeSex, 2> mortality_factor_{};
  PerAgeSex up_bound_{};
  std::array<std::array<double, 256>, 2> down_bound_{};  // by the low and the high byte of the state bits
  std::array<std::array<std::uint16_t, n_ages>, n_sexes> allowed_{};
};

// A band table as a curve over single years: linear between the midpoints of neighbouring bands
// when both are at most 15 years wide and neither is zero, else the band's own value, so that a
// state confined to some ages (youth care, bijstand) stays confined to them; then rescaled within
// each band so that the band's mean stays the table's value.
std::array<double, n_ages> smooth_per_year(const AgeTable& table);

}  // namespace regiotwin
