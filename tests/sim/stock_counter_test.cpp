#include "sim/stock_counter.hpp"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace regiotwin {
namespace {

struct Person {
  int age_in_months = 0;
  StateSet states;
  Household household = Household::alone;
};

// The counts by their definitions, one person and one condition at a time.
PersonCounts count_plainly(const std::vector<Person>& persons) {
  PersonCounts c{};
  const auto add = [&](Indicator i, bool yes) { c[static_cast<std::size_t>(i)] += yes ? 1U : 0U; };
  for (const Person& p : persons) {
    const int age = p.age_in_months / 12;
    const StateSet s = p.states;
    const bool help = s.level(State::wmo) == 2;
    add(Indicator::population, true);
    add(Indicator::population_under23, age < 23);
    add(Indicator::persons_alone, p.household == Household::alone && !s.child());
    add(Indicator::persons_in_institution, p.household == Household::institution);
    add(Indicator::children_at_home, s.child());
    add(Indicator::population_65plus, age >= 65);
    add(Indicator::population_80plus, age >= 80);
    add(Indicator::population_75_84, age >= 75 && age < 85);
    add(Indicator::population_85plus, age >= 85);
    add(Indicator::household_help_75_84, age >= 75 && age < 85 && help);
    add(Indicator::household_help_85plus, age >= 85 && help);
    add(Indicator::chronic_2plus, s.level(State::chronic) == 2);
    add(Indicator::mental_mild, s.level(State::mental) == 1);
    add(Indicator::mental_severe, s.level(State::mental) == 2);
    add(Indicator::wmo, s.has(State::wmo));
    add(Indicator::wmo_household_help, help);
    add(Indicator::frail, s.has(State::frailty));
    add(Indicator::lonely, s.has(State::lonely));
    add(Indicator::financial_problems, s.has(State::financial));
    add(Indicator::youth_care, s.has(State::youth_care));
    add(Indicator::wlz, s.has(State::wlz));
    add(Indicator::bijstand, s.has(State::bijstand));
    add(Indicator::informal_carer, s.has(State::informal_carer));
    const bool need_at_home = p.household != Household::institution && (s.has(State::frailty) || s.has(State::wmo));
    add(Indicator::need_help_at_home, need_at_home);
    add(Indicator::need_help_with_carer, need_at_home && s.has(State::informal_carer));
  }
  return c;
}

std::vector<Person> random_persons(std::size_t n, std::uint32_t seed) {
  std::mt19937 gen(seed);
  std::uniform_int_distribution<int> age(0, n_ages * 12 - 1);
  std::uniform_int_distribution<int> household(0, n_households - 1);
  std::uniform_int_distribution<int> level(0, 2);
  std::bernoulli_distribution coin(0.3);
  std::vector<Person> persons(n);
  for (Person& p : persons) {
    p.age_in_months = age(gen);
    p.household = static_cast<Household>(household(gen));
    for (std::size_t si = 0; si < n_states; ++si) {
      const auto s = static_cast<State>(si);
      p.states.set(s, is_levelled(s) ? level(gen) : (coin(gen) ? 1 : 0));
    }
    p.states.set_child(coin(gen));
  }
  return persons;
}

}  // namespace

// Property test: over random persons of every age, household and state, the table-driven counts
// and the resident profile equal the plain ones, up to the most persons a counter holds.
TEST(StockCounter, EqualsPlainCounting) {
  for (const std::size_t n : {std::size_t{1}, std::size_t{977}, std::size_t{StockCounter::max_persons}}) {
    const std::vector<Person> persons = random_persons(n, static_cast<std::uint32_t>(n));
    StockCounter counter;
    for (const Person& p : persons) counter.add(p.age_in_months, p.states, p.household);
    PersonCounts counts{};
    counter.add_to(counts);
    const PersonCounts expected = count_plainly(persons);
    for (std::size_t i = 0; i < n_indicators; ++i) {
      EXPECT_EQ(counts[i], expected[i]) << spec(static_cast<Indicator>(i)).name << " over " << n;
    }
    ResidentProfile profile;
    counter.add_to(profile);
    ResidentProfile plain;
    plain.need_help_at_home = expected[static_cast<std::size_t>(Indicator::need_help_at_home)];
    plain.need_help_with_carer = expected[static_cast<std::size_t>(Indicator::need_help_with_carer)];
    for (const Person& p : persons) {
      plain.by_age[static_cast<std::size_t>(p.age_in_months / 12)] += 1.0;
      for (std::size_t b = 0; b < ResidentProfile::n_state_bits; ++b) {
        plain.with_bit[b] += ((std::uint32_t{p.states.bits()} >> b) & 1U) != 0U ? 1.0 : 0.0;
      }
    }
    EXPECT_EQ(profile.by_age, plain.by_age) << n;
    EXPECT_EQ(profile.with_bit, plain.with_bit) << n;
    EXPECT_EQ(profile.need_help_at_home, plain.need_help_at_home) << n;
    EXPECT_EQ(profile.need_help_with_carer, plain.need_help_with_carer) << n;
  }
}

}  // namespace regiotwin
