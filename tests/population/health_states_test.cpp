// Health and social states: packing, and the derived incidence that keeps prevalence by age
// stable along a cohort.
#include "population/health_states.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace regiotwin {
namespace {

TEST(StateSet, LevelsAndFlagsAreIndependent) {
  StateSet s;
  s.set(State::chronic, 2);
  s.set(State::wmo, 1);
  s.set(State::bijstand, 1);
  s.set_child(true);
  EXPECT_EQ(s.level(State::chronic), 2);
  EXPECT_EQ(s.level(State::mental), 0);
  EXPECT_EQ(s.level(State::wmo), 1);
  EXPECT_TRUE(s.has(State::bijstand));
  EXPECT_FALSE(s.has(State::wlz));
  EXPECT_TRUE(s.child());
  s.set(State::chronic, 0);
  s.keep_only(StateSet::bits_of(State::wmo));
  EXPECT_EQ(s.level(State::wmo), 1);
  EXPECT_FALSE(s.has(State::bijstand)) << "masked out";
  EXPECT_TRUE(s.child()) << "the child flag is not a state";
}

TEST(SmoothPerYear, InterpolatesNarrowBandsAndKeepsZeros) {
  const AgeTable t{{{0, 9}, {10, 19}, {20, 29}, {30, max_age}}, {0.1, 0.3, 0.0, 0.5}};
  const auto curve = smooth_per_year(t);
  // Rising between the midpoints of narrow bands, and every band keeps its mean.
  EXPECT_LT(curve[4], curve[5]);
  EXPECT_LT(curve[9], curve[10]);
  double first = 0.0;
  double second = 0.0;
  for (int a = 0; a < 10; ++a) first += curve[static_cast<std::size_t>(a)] / 10.0;
  for (int a = 10; a < 20; ++a) second += curve[static_cast<std::size_t>(a)] / 10.0;
  EXPECT_NEAR(first, 0.1, 1e-12);
  EXPECT_NEAR(second, 0.3, 1e-12);
  EXPECT_EQ(curve[25], 0.0) << "a zero band stays zero";
  EXPECT_EQ(curve[60], 0.5);
}

// Follows the share of a cohort at each level of one state through the twelve months of an age
// with the engine's monthly probabilities (and, for frailty, its extra deaths) and returns the
// shares with at least level 1 and level 2 at the next birthday.
std::array<double, 2> follow_year(const StateSettings& s, const LifeTable& life, State state, Sex sex, int age) {
  const auto i = static_cast<std::size_t>(state);
  const double p1 = s.prevalence(state, 1, sex, age);
  const double p2 = is_levelled(state) ? s.prevalence(state, 2, sex, age) : 0.0;
  std::array<double, 3> level = {1.0 - p1, p1 - p2, p2};
  for (int month = 0; month < 12; ++month) {
    const StateRates& r = s.rates(sex, age);
    std::array<double, 3> next = level;
    next[0] += -level[0] * r.up[i][0] + level[1] * r.down[i][0];
    next[1] += level[0] * r.up[i][0] - level[1] * (r.down[i][0] + r.up[i][1]) + level[2] * r.down[i][1];
    next[2] += level[1] * r.up[i][1] - level[2] * r.down[i][1];
    if (state == State::frailty) {
      const double q = life.monthly(sex, age);
      next[0] *= 1.0 - q * s.mortality_factor(false, sex, age);
      next[1] *= 1.0 - q * s.mortality_factor(true, sex, age);
    }
    level = next;
  }
  const double alive = level[0] + level[1] + level[2];
  return {(level[1] + level[2]) / alive, level[2] / alive};
}

TEST(StateSettings, IncidenceKeepsPrevalenceByAgeAlongACohort) {
  ParameterSet params;
  params.set_scalar("mortality_improvement_men", 0.0, {});
  params.set_scalar("mortality_improvement_women", 0.0, {});
  const LifeTable life(params);
  const StateSettings settings(params, life);
  double worst = 0.0;
  for (std::size_t si = 0; si < n_states; ++si) {
    const auto state = static_cast<State>(si);
    if (state == State::informal_carer) continue;
    for (const Sex sex : {Sex::men, Sex::women}) {
      for (int age = 0; age < 100; ++age) {
        const auto got = follow_year(settings, life, state, sex, age);
        for (int level = 1; level <= (is_levelled(state) ? 2 : 1); ++level) {
          const double want = settings.prevalence(state, level, sex, age + 1);
          const double prev = settings.prevalence(state, level, sex, age);
          // Where prevalence falls faster than remission alone allows, or rises faster than a
          // year of capped incidence can, the target cannot be met in one year: skip those.
          if (want == 0.0 || prev == 0.0) continue;
          const double deviation = std::abs(got[static_cast<std::size_t>(level - 1)] - want);
          worst = std::max(worst, deviation / want);
          EXPECT_LT(deviation, 0.02 * want + 1e-4)
              << state_names[si] << " level " << level << " sex " << static_cast<int>(sex) << " age " << age;
        }
      }
    }
  }
  RecordProperty("worst_relative_deviation", std::to_string(worst));
}

TEST(StateSettings, FrailtyRaisesMortalityButKeepsTheAverage) {
  const ParameterSet params;
  const LifeTable life(params);
  const StateSettings s(params, life);
  for (const int age : {70, 85, 95}) {
    const double p = s.prevalence(State::frailty, 1, Sex::women, age);
    const double frail = s.mortality_factor(true, Sex::women, age);
    const double other = s.mortality_factor(false, Sex::women, age);
    EXPECT_NEAR(frail / other, params.real("frailty_mortality_ratio"), 1e-12);
    EXPECT_NEAR(p * frail + (1.0 - p) * other, 1.0, 1e-12) << age;
  }
}

TEST(StateSettings, StepChangesAtMostOneStateWithItsProbability) {
  const ParameterSet params;
  const LifeTable life(params);
  StateSettings s(params, life);
  const StateMultipliers one{1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
  // Above the bound nothing happens.
  StateSet none;
  EXPECT_EQ(s.step(none, Sex::men, 40, one, s.any_transition_bound(none, Sex::men, 40)).state, n_states);
  // The first window is chronic incidence: a draw just inside it raises chronic to level 1.
  StateSet st;
  const double p = s.rates(Sex::men, 40).up[0][0];
  const auto change = s.step(st, Sex::men, 40, one, 0.999 * p);
  EXPECT_EQ(change.state, static_cast<std::size_t>(State::chronic));
  EXPECT_TRUE(change.up);
  EXPECT_EQ(st.level(State::chronic), 1);
  EXPECT_EQ(st.bits(), StateSet::bits_of(State::chronic) & 1U);
}

// Worsening multiplies the mild-to-severe window only: a draw just above the plain window and
// below the worsened one turns a mild problem severe only with the worsening, and the bound
// still covers it.
TEST(StateSettings, WorseningWidensTheMildToSevereWindow) {
  const ParameterSet params;
  const LifeTable life(params);
  StateSettings s(params, life);
  const StateMultipliers one{1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
  s.set_max_multipliers(one, 2.0);
  StateSet mild;
  mild.set(State::mental, 1);
  const StateRates& r = s.rates(Sex::women, 30);
  // The windows before mental's are chronic's incidence (level 0 to 1) at this state.
  const double before = r.up[static_cast<std::size_t>(State::chronic)][0];
  const double severe = r.up[static_cast<std::size_t>(State::mental)][1];
  const double u = before + 1.5 * severe;
  StateSet plain = mild;
  const auto plain_change = s.step(plain, Sex::women, 30, one, u);  // a later window (remission, say)
  EXPECT_FALSE(plain_change.state == static_cast<std::size_t>(State::mental) && plain_change.up);
  EXPECT_NE(plain.level(State::mental), 2);
  StateSet worse = mild;
  IncidenceFactors worsening;
  worsening.up[static_cast<std::size_t>(State::mental)][1].fill(2.0);
  const auto change = s.step(worse, Sex::women, 30, one, u, worsening);
  EXPECT_EQ(change.state, static_cast<std::size_t>(State::mental));
  EXPECT_TRUE(change.up);
  EXPECT_EQ(worse.level(State::mental), 2);
  EXPECT_LT(u, s.any_transition_bound(mild, Sex::women, 30));
}

}  // namespace
}  // namespace regiotwin
