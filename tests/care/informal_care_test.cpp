#include "care/informal_care.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace regiotwin {
namespace {

InformalCareSettings defaults() { return InformalCareSettings::from(ParameterSet{}); }

}  // namespace

// With the start's inputs held, the carers stay at the start's overloaded share and nobody shifts.
TEST(InformalCarers, StartIsASteadyState) {
  const InformalCareSettings s = defaults();
  InformalCarers carers(s);
  for (int month = 0; month < 240; ++month) {
    const InformalCarers::Month m = carers.step(1000.0, 700.0, 50.0);
    ASSERT_NEAR(m.overloaded, 700.0 * s.overloaded_at_start, 1e-9) << month;
    ASSERT_NEAR(m.shifted, 0.0, 1e-9) << month;
  }
}

// The overloaded share is a two-state chain: with the overload chance λ and recovery μ held, it
// moves from o₀ to o* = λ/(λ+μ) as o* + (o₀ − o*)(1 − λ − μ)^t. More waiting means more overload.
TEST(InformalCarers, OverloadFollowsTheTwoStateChain) {
  const InformalCareSettings s = defaults();
  const double mu = s.recovery;
  const double o0 = s.overloaded_at_start;
  const double base = mu * o0 / (1.0 - o0);  // no one waiting at the start
  double previous_steady = o0;
  for (const double waiting_per_carer : {0.05, 0.2, 0.5}) {
    InformalCarers carers(s);
    carers.step(1000.0, 800.0, 0.0);
    const double lambda = base * (1.0 + s.strain_per_waiting * waiting_per_carer);
    const double steady = lambda / (lambda + mu);
    for (int t = 1; t <= 120; ++t) {
      carers.step(1000.0, 800.0, 800.0 * waiting_per_carer);
      const double expected = steady + (o0 - steady) * std::pow(1.0 - lambda - mu, t);
      ASSERT_NEAR(carers.overloaded_share(), expected, 1e-12) << t;
    }
    EXPECT_GT(steady, previous_steady);
    previous_steady = steady;
  }
}

// Those who shift to formal care are the persons without an active carer beyond the start's share:
// fewer carers per person in need (more people living alone) shift exactly the gap.
TEST(InformalCarers, ShiftIsTheGapBeyondTheStartShare) {
  const InformalCareSettings s = defaults();
  InformalCarers carers(s);
  const double o = s.overloaded_at_start;
  const InformalCarers::Month start = carers.step(1000.0, 800.0, 0.0);
  const double start_share = (1000.0 - 800.0 * (1.0 - o)) / 1000.0;
  EXPECT_NEAR(start.without_care, 1000.0 * start_share, 1e-9);
  const InformalCarers::Month later = carers.step(1200.0, 800.0, 0.0);
  EXPECT_NEAR(later.without_care, 1200.0 - 800.0 * (1.0 - o), 1e-9);
  EXPECT_NEAR(later.shifted, later.without_care - 1200.0 * start_share, 1e-9);
  EXPECT_GT(later.shifted, 0.0);
  // More carers than at the start: fewer need formal care.
  EXPECT_LT(carers.step(1000.0, 900.0, 0.0).shifted, 0.0);
}

// At the start's load the volunteers follow the residents likely to volunteer: from V₀ towards the
// new potential's share, geometrically at the base dropout d₀.
TEST(Volunteers, FollowThePotentialAtTheStartLoad) {
  const InformalCareSettings s = defaults();
  Volunteers volunteers(s);
  volunteers.start_month(10000.0);
  const double v0 = volunteers.volunteers();
  EXPECT_NEAR(v0, s.welzijn_share_of_volunteers * 10000.0, 1e-9);
  volunteers.end_month(0.9, 10000.0);
  EXPECT_NEAR(volunteers.volunteers(), v0, 1e-9);
  const double target = s.welzijn_share_of_volunteers * 8000.0;
  for (int t = 1; t <= 60; ++t) {
    volunteers.end_month(0.9, 8000.0);
    ASSERT_NEAR(volunteers.volunteers(), target + (v0 - target) * std::pow(1.0 - s.volunteer_dropout, t), 1e-9);
  }
  EXPECT_NEAR(volunteers.hours(), volunteers.volunteers() * s.volunteer_hours_per_month, 1e-9);
  EXPECT_NEAR(volunteers.against_start(), volunteers.volunteers() / v0, 1e-12);
}

// Asked more than at the start, volunteers stop faster and settle at V* = d₀ V₀ / d with
// d = d₀ (1 + e (L/L₀ − 1)); asked less, they stay as they are.
TEST(Volunteers, DepleteWhenWelfareWorkIsOverasked) {
  const InformalCareSettings s = defaults();
  Volunteers volunteers(s);
  volunteers.start_month(10000.0);
  const double v0 = volunteers.volunteers();
  volunteers.end_month(1.0, 10000.0);
  for (int t = 0; t < 24; ++t) volunteers.end_month(0.5, 10000.0);
  EXPECT_NEAR(volunteers.volunteers(), v0, 1e-9);
  const double d = s.volunteer_dropout * (1.0 + s.dropout_per_load * (1.5 - 1.0));
  const double steady = s.volunteer_dropout * v0 / d;
  for (int t = 0; t < 2000; ++t) volunteers.end_month(1.5, 10000.0);
  EXPECT_NEAR(volunteers.volunteers(), steady, 1e-6 * v0);
  EXPECT_LT(steady, v0);
}

// Residents weigh by their age's chance to volunteer in care and welfare.
TEST(InformalCareSettings, PotentialWeighsResidentsByAge) {
  const InformalCareSettings s = defaults();
  std::array<double, n_ages> residents{};
  residents[10] = 1000.0;
  residents[70] = 1000.0;
  EXPECT_NEAR(s.volunteer_potential(residents), 1000.0 * 0.133, 1e-9);  // 65-74: 13.3%, under 15: none
}

}  // namespace regiotwin
