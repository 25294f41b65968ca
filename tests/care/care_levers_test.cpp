// The levers a regioplan pulls in the care engine: each changes what it should, and the defaults
// change nothing.
#include <gtest/gtest.h>

#include <random>

#include "care/care_system.hpp"
#include "care/routing.hpp"
#include "random_needs.hpp"

namespace regiotwin {
namespace {

std::size_t index(QuestionType t) { return static_cast<std::size_t>(t); }
std::size_t index(Place p) { return static_cast<std::size_t>(p); }
std::size_t index(Profession p) { return static_cast<std::size_t>(p); }

CareNeeds needs_of(std::mt19937& gen) {
  CareNeeds n = testing_support::random_needs(gen);
  n.need_help_at_home = 5000.0;
  n.need_help_with_carer = 3700.0;
  n.volunteer_potential = 4000.0;
  return n;
}

// Runs two municipalities side by side, the second with `levers` from `from_month` on.
template <typename Check>
void compare(const CareLevers& levers, int from_month, Check check) {
  const CareSettings settings = CareSettings::from(ParameterSet{});
  CareSystem base(settings, 50000.0);
  CareSystem plan(settings, 50000.0);
  std::mt19937 gen(21);
  for (int month = 0; month < 36; ++month) {
    const CareNeeds needs = needs_of(gen);
    const CareMonth a = base.step(needs);
    const CareMonth b = plan.step(needs, month >= from_month ? levers : CareSystem::no_levers);
    check(month, a, b);
  }
}

}  // namespace

TEST(CareLevers, DefaultsChangeNothingBitForBit) {
  compare(CareLevers{}, 0, [](int month, const CareMonth& a, const CareMonth& b) {
    ASSERT_EQ(a.places, b.places) << month;
    ASSERT_EQ(a.professions, b.professions) << month;
  });
}

// Extra FTE raise the places' capacity in proportion and count as available FTE.
TEST(CareLevers, ExtraFteAddCapacity) {
  CareLevers levers;
  levers.extra_fte[index(Profession::wijkteam_worker)] = 5.0;
  compare(levers, 1, [](int month, const CareMonth& a, const CareMonth& b) {
    if (month == 0) return;
    const double fte_a = a.place(Place::wijkteam, PlaceMeasure::fte);
    EXPECT_NEAR(b.place(Place::wijkteam, PlaceMeasure::fte), fte_a + 5.0, 1e-6) << month;
    const double per_fte = a.place(Place::wijkteam, PlaceMeasure::capacity) / fte_a;
    EXPECT_NEAR(b.place(Place::wijkteam, PlaceMeasure::capacity), per_fte * (fte_a + 5.0), 1e-6 * per_fte * fte_a);
    EXPECT_EQ(b.place(Place::gp, PlaceMeasure::capacity), a.place(Place::gp, PlaceMeasure::capacity));
  });
}

// Less administration: an FTE does 10% more work, so capacity rises 10% and the FTE required fall.
TEST(CareLevers, MoreWorkPerFteRaisesCapacityAndLowersRequiredFte) {
  CareLevers levers;
  levers.work_per_fte_factor[index(Place::wijkverpleging)] = 1.1;
  compare(levers, 1, [](int month, const CareMonth& a, const CareMonth& b) {
    if (month != 1) return;  // the same workforce, before the waiting lists part
    EXPECT_NEAR(b.place(Place::wijkverpleging, PlaceMeasure::capacity),
                1.1 * a.place(Place::wijkverpleging, PlaceMeasure::capacity), 1e-9);
    EXPECT_LT(b.profession(Profession::district_nurse, ProfessionMeasure::fte_required),
              a.profession(Profession::district_nurse, ProfessionMeasure::fte_required));
  });
}

// Retention: less turnover keeps more FTE, month after month.
TEST(CareLevers, LessTurnoverKeepsMoreFte) {
  CareLevers levers;
  levers.turnover_factor[index(Profession::ltc_carer)] = 0.8;
  double previous_gap = 0.0;
  compare(levers, 1, [&](int month, const CareMonth& a, const CareMonth& b) {
    if (month == 0) return;
    const double gap = b.profession(Profession::ltc_carer, ProfessionMeasure::fte) -
                       a.profession(Profession::ltc_carer, ProfessionMeasure::fte);
    EXPECT_GT(gap, previous_gap) << month;
    EXPECT_LT(b.profession(Profession::ltc_carer, ProfessionMeasure::turnover),
              a.profession(Profession::ltc_carer, ProfessionMeasure::turnover));
    previous_gap = gap;
  });
}

// Housing for the elderly: with Wlz need beginning at 0.9 of its rate, the 1/0.9 - 1 that stayed home
// need district nursing.
TEST(CareLevers, AvoidedAdmissionsNeedDistrictNursing) {
  CareLevers levers;
  levers.wlz_need_factor = 0.9;
  levers.home_nursing_per_avoided = 1.0;
  compare(levers, 1, [](int month, const CareMonth& a, const CareMonth& b) {
    if (month < 2) return;
    EXPECT_GT(
        b.place(Place::wijkverpleging, PlaceMeasure::in_care) + b.place(Place::wijkverpleging, PlaceMeasure::waiting),
        a.place(Place::wijkverpleging, PlaceMeasure::in_care) + a.place(Place::wijkverpleging, PlaceMeasure::waiting))
        << month;
  });
}

// Welzijn op recept: the extra referral of social questions at the GP arrives at welzijn, takes
// work off the GP and keeps every question accounted for.
TEST(CareLevers, ReferralBoostMovesQuestionsToTheRightPlace) {
  const RoutingSetup setup = RoutingSetup::from(ParameterSet{});
  QuestionCounts questions{};
  questions[index(QuestionType::social)] = 1000.0;
  const RoutedMonth base = route(setup.table, setup.right, setup.triage, questions);
  const std::vector<ReferralBoost> boosts = {{QuestionType::social, Place::gp, Place::welzijn, 0.2}};
  const RoutedMonth plan = route(setup.table, setup.right, setup.triage, questions, boosts);
  const double at_gp = questions[index(QuestionType::social)] * setup.table.share(QuestionType::social, Place::gp);
  const TypeRouting& t = plan.of(QuestionType::social);
  EXPECT_NEAR(t.handled_at_right_entry + t.referred + t.handled_at_wrong_place + t.unresolved, 1000.0, 1e-9);
  EXPECT_NEAR(plan.at(Place::welzijn).at_right_place[index(QuestionType::social)] -
                  base.at(Place::welzijn).at_right_place[index(QuestionType::social)],
              0.2 * at_gp, 1e-9);
  EXPECT_LT(plan.at(Place::gp).at_wrong_place[index(QuestionType::social)],
            base.at(Place::gp).at_wrong_place[index(QuestionType::social)]);
  EXPECT_LT(t.unresolved, base.of(QuestionType::social).unresolved);
  // A boost larger than what is left to move refers everything.
  const std::vector<ReferralBoost> all = {{QuestionType::social, Place::gp, Place::welzijn, 1.0}};
  const RoutedMonth everything = route(setup.table, setup.right, setup.triage, questions, all);
  EXPECT_NEAR(everything.at(Place::gp).at_wrong_place[index(QuestionType::social)], 0.0, 1e-12);
  EXPECT_NEAR(everything.of(QuestionType::social).flow[index(Place::gp)][unresolved_outcome], 0.0, 1e-12);
}

}  // namespace regiotwin
