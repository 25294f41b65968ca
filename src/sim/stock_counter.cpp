#include "sim/stock_counter.hpp"

#include <bit>

namespace regiotwin {

// Level 2 of a levelled state is its high bit, level 1 its low bit, so every state count is the
// count of one bit.
void StockCounter::add_to(PersonCounts& counts) const {
  const auto with = [&](State s, int level) {
    return lane(state_lanes_.data(), static_cast<std::size_t>(std::countr_zero(StateSet::bits_of(s)) + level - 1));
  };
  const auto of_kind = [&](KindCount c) { return lane(kind_lanes_.data(), static_cast<std::size_t>(c)); };
  const auto add = [&](Indicator i, std::uint32_t n) { counts[static_cast<std::size_t>(i)] += n; };
  add(Indicator::population, of_kind(KindCount::population));
  add(Indicator::population_under23, of_kind(KindCount::under23));
  add(Indicator::persons_alone, of_kind(KindCount::alone));
  add(Indicator::persons_in_institution, of_kind(KindCount::institution));
  add(Indicator::children_at_home, of_kind(KindCount::child_at_home));
  add(Indicator::population_65plus, of_kind(KindCount::aged_65plus));
  add(Indicator::population_80plus, of_kind(KindCount::aged_80plus));
  add(Indicator::population_75_84, of_kind(KindCount::aged_75_84));
  add(Indicator::population_85plus, of_kind(KindCount::aged_85plus));
  add(Indicator::household_help_75_84, of_kind(KindCount::help_75_84));
  add(Indicator::household_help_85plus, of_kind(KindCount::help_85plus));
  add(Indicator::chronic_2plus, with(State::chronic, 2));
  add(Indicator::mental_mild, with(State::mental, 1));
  add(Indicator::mental_severe, with(State::mental, 2));
  add(Indicator::wmo, with(State::wmo, 1) + with(State::wmo, 2));
  add(Indicator::wmo_household_help, with(State::wmo, 2));
  add(Indicator::frail, with(State::frailty, 1));
  add(Indicator::lonely, with(State::lonely, 1));
  add(Indicator::financial_problems, with(State::financial, 1));
  add(Indicator::youth_care, with(State::youth_care, 1));
  add(Indicator::wlz, with(State::wlz, 1));
  add(Indicator::bijstand, with(State::bijstand, 1));
  add(Indicator::informal_carer, with(State::informal_carer, 1));
  add(Indicator::need_help_at_home, lane(&need_lanes_, 0));
  add(Indicator::need_help_with_carer, lane(&need_lanes_, 1));
}

void StockCounter::add_to(ResidentProfile& profile) const {
  for (std::size_t a = 0; a < n_ages; ++a) profile.by_age[a] += by_age_[a];
  profile.need_help_at_home += lane(&need_lanes_, 0);
  profile.need_help_with_carer += lane(&need_lanes_, 1);
  for (std::size_t b = 0; b < ResidentProfile::n_state_bits; ++b) profile.with_bit[b] += lane(state_lanes_.data(), b);
}

}  // namespace regiotwin
