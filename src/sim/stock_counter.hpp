#pragma once
// Person stocks of a month (residents by age group and household, persons with each state), counted
// in the person pass for up to 65,535 persons at a time. Counting is the one thing the pass does
// for every person every month, so it is done without branches: a person's state bits, four at a
// time, the kind of person (age group, household, child at home, household help), and whether the
// person needs help at home and has an informal carer each index a table of 64-bit words that hold
// four 16-bit counters, so a person costs eight additions.
#include <array>
#include <bit>
#include <cstdint>

#include "core/age_table.hpp"
#include "core/indicators.hpp"
#include "population/person_state.hpp"

namespace regiotwin {

using PersonCounts = std::array<std::uint32_t, n_indicators>;

// Residents counted by single year of age and by state bit (a levelled state has a bit per level),
// and the month's flows into and out of each state bit (a death or departure leaves every bit the
// person had; an arrival enters them): what the help questions need (care/questions.hpp). Also who
// needs help at home and whether an informal carer is at hand (care/informal_care.hpp).
struct ResidentProfile {
  static constexpr std::size_t n_state_bits = 16;
  std::array<double, n_ages> by_age{};
  std::array<double, n_state_bits> with_bit{};
  std::array<double, n_state_bits> entered{};
  std::array<double, n_state_bits> left{};
  double need_help_at_home = 0.0;
  double need_help_with_carer = 0.0;

  void add(const ResidentProfile& other) {
    need_help_at_home += other.need_help_at_home;
    need_help_with_carer += other.need_help_with_carer;
    for (std::size_t a = 0; a < n_ages; ++a) by_age[a] += other.by_age[a];
    for (std::size_t b = 0; b < n_state_bits; ++b) {
      with_bit[b] += other.with_bit[b];
      entered[b] += other.entered[b];
      left[b] += other.left[b];
    }
  }
  // A person's state bits went from `before` to `after`.
  void record_change(std::uint16_t before, std::uint16_t after) {
    add_bits(entered, static_cast<std::uint16_t>(after & ~before));
    add_bits(left, static_cast<std::uint16_t>(before & ~after));
  }

 private:
  static void add_bits(std::array<double, n_state_bits>& to, std::uint16_t bits) {
    for (; bits != 0; bits = static_cast<std::uint16_t>(bits & (bits - 1))) {
      to[static_cast<std::size_t>(std::countr_zero(bits))] += 1.0;
    }
  }
};

class StockCounter {
 public:
  static constexpr std::uint32_t max_persons = 65535;

  void add(int age_in_months, StateSet states, Household household) {
    const std::uint16_t bits = states.bits();
    for (std::size_t i = 0; i < state_words; ++i) state_lanes_[i] += spread[(bits >> (4 * i)) & 0xFU];
    const std::size_t kind = kind_of(age_in_months, household, states);
    for (std::size_t i = 0; i < kind_words; ++i) kind_lanes_[i] += kind_table[kind][i];
    // Needing help at home (frail or with Wmo support, not in an institution), and with a carer.
    const bool need = (bits & need_bits) != 0 && household != Household::institution;
    need_lanes_ += need_table[(need ? 2U : 0U) | (states.has(State::informal_carer) ? 1U : 0U)];
    ++by_age_[static_cast<std::size_t>(age_in_months / 12)];
  }

  // Adds the counts to `counts`, by indicator, and to `profile`.
  void add_to(PersonCounts& counts) const;
  void add_to(ResidentProfile& profile) const;

 private:
  // What a kind of person counts towards, four counters to a word.
  enum class KindCount : std::uint8_t {
    population,
    under23,
    alone,
    institution,
    child_at_home,
    aged_65plus,
    aged_80plus,
    aged_75_84,
    aged_85plus,
    help_75_84,
    help_85plus,
  };
  static constexpr std::size_t n_kind_counts = 11;
  static constexpr std::size_t kind_words = (n_kind_counts + 3) / 4;
  static constexpr std::size_t state_words = 4;

  // Age groups with their lower bounds in years: 0, 23, 65, 75, 80, 85.
  static constexpr std::array<int, 6> age_group_from = {0, 23, 65, 75, 80, 85};
  // The yes/no parts of a kind, as bits of its index below the age group and household.
  static constexpr std::size_t child_bit = 1;
  static constexpr std::size_t help_bit = 2;
  static constexpr std::size_t n_kind_bits = 4;
  static constexpr std::size_t n_kinds = age_group_from.size() * n_households * n_kind_bits;
  static constexpr std::array<std::uint8_t, n_ages> age_group = [] {
    std::array<std::uint8_t, n_ages> g{};
    for (std::size_t a = 0; a < n_ages; ++a) {
      for (std::size_t k = 0; k < age_group_from.size(); ++k) {
        if (static_cast<int>(a) >= age_group_from[k]) g[a] = static_cast<std::uint8_t>(k);
      }
    }
    return g;
  }();
  static std::size_t kind_of(int age_in_months, Household household, StateSet states) {
    const std::size_t group = age_group[static_cast<std::size_t>(age_in_months / 12)];
    const std::size_t bits = (states.child() ? child_bit : 0U) | (states.level(State::wmo) == 2 ? help_bit : 0U);
    return (group * n_households + static_cast<std::size_t>(household)) * n_kind_bits + bits;
  }
  static constexpr std::array<std::array<std::uint64_t, kind_words>, n_kinds> kind_table = [] {
    std::array<std::array<std::uint64_t, kind_words>, n_kinds> t{};
    for (std::size_t group = 0; group < age_group_from.size(); ++group) {
      for (std::size_t h = 0; h < n_households; ++h) {
        for (std::size_t bits = 0; bits < n_kind_bits; ++bits) {
          auto& words = t[(group * n_households + h) * n_kind_bits + bits];
          const auto count = [&](KindCount c, bool yes) {
            const auto k = static_cast<std::size_t>(c);
            if (yes) words[k / 4] |= std::uint64_t{1} << (16 * (k % 4));
          };
          const int from = age_group_from[group];
          const bool aged_75_84 = from == 75 || from == 80;
          const bool child = (bits & child_bit) != 0;
          const bool help = (bits & help_bit) != 0;
          const bool at_home = h != static_cast<std::size_t>(Household::institution);
          count(KindCount::population, true);
          count(KindCount::under23, from < 23);
          count(KindCount::alone, h == static_cast<std::size_t>(Household::alone) && !child);
          count(KindCount::institution, !at_home);
          count(KindCount::child_at_home, child);
          count(KindCount::aged_65plus, from >= 65);
          count(KindCount::aged_80plus, from >= 80);
          count(KindCount::aged_75_84, aged_75_84);
          count(KindCount::aged_85plus, from >= 85);
          count(KindCount::help_75_84, aged_75_84 && help);
          count(KindCount::help_85plus, from >= 85 && help);
        }
      }
    }
    return t;
  }();
  static constexpr std::uint16_t need_bits = StateSet::bits_of(State::frailty) | StateSet::bits_of(State::wmo);
  // Index (need << 1 | carer): lane 0 counts those in need, lane 1 those of them with a carer.
  static constexpr std::array<std::uint64_t, 4> need_table = {0, 0, 1, 1 | (std::uint64_t{1} << 16)};
  // Each bit of a nibble to the low bit of its own 16-bit counter.
  static constexpr std::array<std::uint64_t, 16> spread = [] {
    std::array<std::uint64_t, 16> t{};
    for (std::uint64_t v = 0; v < 16; ++v) {
      for (std::uint64_t j = 0; j < 4; ++j) t[v] |= ((v >> j) & 1U) << (16 * j);
    }
    return t;
  }();
  [[nodiscard]] static std::uint32_t lane(const std::uint64_t* words, std::size_t k) {
    return static_cast<std::uint32_t>((words[k / 4] >> (16 * (k % 4))) & 0xFFFFU);
  }

  std::array<std::uint64_t, state_words> state_lanes_{};
  std::array<std::uint64_t, kind_words> kind_lanes_{};
  std::uint64_t need_lanes_ = 0;
  std::array<std::uint16_t, n_ages> by_age_{};
};

}  // namespace regiotwin
