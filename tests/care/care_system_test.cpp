#include "care/care_system.hpp"

#include <gtest/gtest.h>

#include <random>

#include "random_needs.hpp"

namespace regiotwin {
namespace {

using testing_support::random_needs;

std::size_t index(Place p) { return static_cast<std::size_t>(p); }

struct Totals {
  double arrived = 0.0;
  double served = 0.0;
  double abandoned = 0.0;
};

}  // namespace

// Every unit of work that arrives at a place is, by the end, served, given up or still waiting; at
// a place of ongoing care those admitted are among the clients, who never exceed its capacity.
TEST(CareSystem, ConservesWorkAtEveryPlace) {
  const CareSettings settings = CareSettings::from(ParameterSet{});
  for (const std::uint32_t seed : {1U, 2U, 3U}) {
    std::mt19937 gen(seed);
    CareSystem care(settings, 50000.0);
    std::array<Totals, n_places> totals{};
    std::array<double, n_places> waiting_at_start{};
    for (int month = 0; month < 60; ++month) {
      const CareMonth m = care.step(random_needs(gen));
      for (std::size_t p = 0; p < n_places; ++p) {
        const auto place = static_cast<Place>(p);
        if (month == 0) {
          // A place of ongoing care starts with those its capacity could not take.
          waiting_at_start[p] = m.place(place, PlaceMeasure::waiting) + m.place(place, PlaceMeasure::served) +
                                m.place(place, PlaceMeasure::abandoned) - m.place(place, PlaceMeasure::demand);
        }
        totals[p].arrived += m.place(place, PlaceMeasure::demand);
        totals[p].served += m.place(place, PlaceMeasure::served);
        totals[p].abandoned += m.place(place, PlaceMeasure::abandoned);
        if (settings.places[p].ongoing) {
          ASSERT_LE(m.place(place, PlaceMeasure::in_care), m.place(place, PlaceMeasure::capacity) * (1 + 1e-12))
              << place_names[p];
        }
      }
    }
    for (std::size_t p = 0; p < n_places; ++p) {
      const double end = care.waiting_list(static_cast<Place>(p)).total();
      const double in = waiting_at_start[p] + totals[p].arrived;
      EXPECT_NEAR(in, totals[p].served + totals[p].abandoned + end, 1e-9 * in) << place_names[p];
    }
  }
}

// Capacity follows the place's FTE: the ratio of capacity to FTE stays what it was at the start.
TEST(CareSystem, CapacityFollowsTheWorkforce) {
  const CareSettings settings = CareSettings::from(ParameterSet{});
  std::mt19937 gen(4);
  CareSystem care(settings, 50000.0);
  const CareMonth first = care.step(random_needs(gen));
  CareMonth last;
  for (int month = 1; month < 120; ++month) last = care.step(random_needs(gen));
  for (const Place p : {Place::gp, Place::wijkteam, Place::wijkverpleging, Place::wlz_provider}) {
    const double start = first.place(p, PlaceMeasure::capacity) / first.place(p, PlaceMeasure::fte);
    EXPECT_NEAR(last.place(p, PlaceMeasure::capacity) / last.place(p, PlaceMeasure::fte), start, 1e-9 * start)
        << place_names[index(p)];
  }
  EXPECT_NE(last.place(Place::gp, PlaceMeasure::fte), first.place(Place::gp, PlaceMeasure::fte));
}

// The lever of welzijn op recept: when the GP refers more social questions on, its own work never
// grows, and welfare work gets more.
TEST(CareSystem, MoreReferralAtTheGpNeverRaisesItsLoad) {
  const ParameterSet base;
  ParameterSet more = base;
  const std::string refer = routing_parameter::refer(Place::gp, QuestionType::social);
  const std::string handle = routing_parameter::handle(Place::gp, QuestionType::social);
  more.set_scalar(refer, base.real(refer) + 0.3, {"test", 0, ""});
  more.set_scalar(handle, base.real(handle) - 0.3, {"test", 0, ""});
  const CareSettings a_settings = CareSettings::from(base);
  const CareSettings b_settings = CareSettings::from(more);
  CareSystem a(a_settings, 50000.0);
  CareSystem b(b_settings, 50000.0);
  std::mt19937 gen(5);
  for (int month = 0; month < 24; ++month) {
    const CareNeeds needs = random_needs(gen);
    const CareMonth ma = a.step(needs);
    const CareMonth mb = b.step(needs);
    ASSERT_LE(mb.place(Place::gp, PlaceMeasure::demand), ma.place(Place::gp, PlaceMeasure::demand) * (1 + 1e-12));
    ASSERT_GE(mb.place(Place::welzijn, PlaceMeasure::demand), ma.place(Place::welzijn, PlaceMeasure::demand));
  }
}

// Shortage: the FTE the month's need asks for against the FTE there is. At the start a place with
// a start capacity ratio of r asks for 1/r of its FTE.
TEST(CareSystem, ShortageFromTheStartRatio) {
  ParameterSet params;
  params.set_scalar("wijkteam_start_capacity_ratio", 0.8, {"test", 0, ""});
  const CareSettings settings = CareSettings::from(params);
  CareSystem care(settings, 50000.0);
  std::mt19937 gen(6);
  const CareMonth m = care.step(random_needs(gen));
  const ProfessionSettings& wijkteam = settings.workforce.of(Profession::wijkteam_worker);
  const double start_fte = 50000.0 * wijkteam.workers_per_inhabitant * wijkteam.fte_per_worker;
  const double required = m.profession(Profession::wijkteam_worker, ProfessionMeasure::fte_required);
  EXPECT_NEAR(required, start_fte / 0.8, 1e-9 * start_fte);
  const double available = m.place(Place::wijkteam, PlaceMeasure::fte);  // after the month's flows
  EXPECT_NEAR(m.profession(Profession::wijkteam_worker, ProfessionMeasure::shortage_share),
              (required - available) / required, 1e-12);
}

// More GPs at the start (a scenario's gp_per_10000) mean proportionally more GP capacity: the start
// capacity ratio describes the default staffing.
TEST(CareSystem, StartStaffingScalesStartCapacity) {
  ParameterSet more;
  more.set_scalar("gp_per_10000", 6.7 * 1.1, {"test", 0, ""});
  const CareSettings base_settings = CareSettings::from(ParameterSet{});
  const CareSettings more_settings = CareSettings::from(more);
  CareSystem base(base_settings, 50000.0);
  CareSystem with_more(more_settings, 50000.0);
  std::mt19937 gen(7);
  const CareNeeds needs = random_needs(gen);
  const double a = base.step(needs).place(Place::gp, PlaceMeasure::capacity);
  const double b = with_more.step(needs).place(Place::gp, PlaceMeasure::capacity);
  EXPECT_NEAR(b / a, 1.1, 1e-3);  // the month's workforce flows differ a little
}

// A Wlz wait feeds district nursing: with fewer nursing-home places (more waiting), more people
// are in district nursing or waiting for it, and without the feedback the same number.
TEST(CareSystem, WlzWaitingRaisesDistrictNursing) {
  for (const double share : {0.0, 0.5}) {
    ParameterSet base;
    base.set_scalar("wlz_waiting_home_nursing_share", share, {"test", 0, ""});
    ParameterSet scarce = base;
    scarce.set_scalar("wlz_provider_start_capacity_ratio", 0.8, {"test", 0, ""});
    const CareSettings base_settings = CareSettings::from(base);
    const CareSettings scarce_settings = CareSettings::from(scarce);
    CareSystem a(base_settings, 50000.0);
    CareSystem b(scarce_settings, 50000.0);
    std::mt19937 gen(8);
    double nursing_a = 0.0;
    double nursing_b = 0.0;
    for (int month = 0; month < 24; ++month) {
      const CareNeeds needs = random_needs(gen);
      const CareMonth ma = a.step(needs);
      const CareMonth mb = b.step(needs);
      nursing_a += ma.place(Place::wijkverpleging, PlaceMeasure::in_care) +
                   ma.place(Place::wijkverpleging, PlaceMeasure::waiting);
      nursing_b += mb.place(Place::wijkverpleging, PlaceMeasure::in_care) +
                   mb.place(Place::wijkverpleging, PlaceMeasure::waiting);
    }
    ASSERT_GT(b.waiting_list(Place::wlz_provider).total(), a.waiting_list(Place::wlz_provider).total());
    if (share == 0.0) {
      EXPECT_EQ(nursing_b, nursing_a);
    } else {
      EXPECT_GT(nursing_b, nursing_a * 1.01);
    }
  }
}

// Held at the same needs, the first month already carries the questions that come back unresolved
// (places are calibrated on the load they keep), so the second month routes as many questions
// and brings no jump.
TEST(CareSystem, FirstMonthIsSteady) {
  std::mt19937 gen(9);
  const CareNeeds needs = random_needs(gen);
  const CareSettings settings = CareSettings::from(ParameterSet{});
  CareSystem care(settings, 50000.0);
  const CareMonth first = care.step(needs);
  const CareMonth second = care.step(needs);
  for (std::size_t t = 0; t < n_question_types; ++t) {
    if (static_cast<QuestionType>(t) == QuestionType::home_nursing) continue;  // derived inside the month
    const double q = first.routed.types[t].questions;
    EXPECT_GT(q, needs.questions[t]) << question_type_names[t];  // the returning ones are in
    EXPECT_NEAR(second.routed.types[t].questions, q, 1e-9 * q) << question_type_names[t];
  }
}

// Questions routed in a month are the month's new ones, those left unresolved the month before and
// those that gave up waiting at welzijn the month before (which enter at the GP).
TEST(CareSystem, GivingUpAtWelzijnTurnsToTheGp) {
  ParameterSet params;
  params.set_scalar("welzijn_start_capacity_ratio", 0.7, {"test", 0, ""});
  const CareSettings settings = CareSettings::from(params);
  CareSystem care(settings, 50000.0);
  std::mt19937 gen(10);
  CareMonth before;
  double gave_up = 0.0;
  for (int month = 0; month < 24; ++month) {
    const CareNeeds needs = random_needs(gen);
    const CareMonth m = care.step(needs);
    if (month > 0) {
      // District nursing's new clients are derived inside the month, so it is left out.
      const QuestionCounts unresolved = before.routed.unresolved();
      double routed = 0.0;
      double expected = before.informal.gave_up_to_gp;
      for (std::size_t t = 0; t < n_question_types; ++t) {
        if (static_cast<QuestionType>(t) == QuestionType::home_nursing) continue;
        routed += m.routed.types[t].questions;
        expected += needs.questions[t] + unresolved[t];
      }
      ASSERT_NEAR(routed, expected, 1e-9 * expected) << month;
    }
    gave_up += m.informal.gave_up_to_gp;
    before = m;
  }
  EXPECT_GT(gave_up, 0.0);
  EXPECT_NEAR(
      before.informal.gave_up_to_gp,
      settings.informal.gave_up_to_gp * before.place(Place::welzijn, PlaceMeasure::abandoned) /
          before.place(Place::welzijn, PlaceMeasure::demand) *
          (before.place(Place::welzijn, PlaceMeasure::questions) - before.routed.at(Place::welzijn).short_contacts),
      1e-6 * before.informal.gave_up_to_gp);
}

// Fewer informal carers per person in need shift persons to Wmo support, district nursing and
// nursing homes; with the shares at zero nothing changes.
TEST(CareSystem, FewerInformalCarersShiftToFormalCare) {
  for (const double share : {0.0, 1.0}) {
    ParameterSet params;
    for (const char* name : {"informal_gap_to_wmo", "informal_gap_to_home_nursing", "informal_gap_to_wlz"}) {
      params.set_scalar(name, share * 0.3, {"test", 0, ""});
    }
    const CareSettings settings = CareSettings::from(params);
    CareSystem kept(settings, 50000.0);
    CareSystem fewer(settings, 50000.0);
    std::mt19937 gen(11);
    double shifted = 0.0;
    for (int month = 0; month < 36; ++month) {
      CareNeeds needs = random_needs(gen);
      needs.need_help_at_home = 5000.0;
      needs.need_help_with_carer = 3700.0;
      const CareMonth a = kept.step(needs);
      if (month > 0) needs.need_help_with_carer = 3000.0;
      const CareMonth b = fewer.step(needs);
      shifted = b.informal.shift_wmo;
      for (const Place p : {Place::wmo_provider, Place::wijkverpleging, Place::wlz_provider}) {
        const double need_a = a.place(p, PlaceMeasure::in_care) + a.place(p, PlaceMeasure::waiting);
        const double need_b = b.place(p, PlaceMeasure::in_care) + b.place(p, PlaceMeasure::waiting);
        if (share == 0.0 || month == 0) {
          ASSERT_EQ(need_b, need_a) << place_names[index(p)] << " " << month;
        } else {
          ASSERT_GT(need_b, need_a) << place_names[index(p)] << " " << month;
        }
      }
    }
    if (share > 0.0) {
      // 700 more without a carer, of whom 30% need Wmo support.
      EXPECT_NEAR(shifted, 0.3 * 700.0 * (1.0 - settings.informal.overloaded_at_start), 20.0);
    }
  }
}

// Volunteers are part of welzijn's capacity: when the residents likely to volunteer halve, welzijn
// can do less, and the welfare workers it then needs are more.
TEST(CareSystem, FewerVolunteersMeanLessWelfareCapacity) {
  const CareSettings settings = CareSettings::from(ParameterSet{});
  CareSystem kept(settings, 50000.0);
  CareSystem fewer(settings, 50000.0);
  std::mt19937 gen(12);
  CareMonth a;
  CareMonth b;
  for (int month = 0; month < 60; ++month) {
    CareNeeds needs = random_needs(gen);
    needs.volunteer_potential = 4000.0;
    a = kept.step(needs);
    if (month > 0) needs.volunteer_potential = 2000.0;
    b = fewer.step(needs);
  }
  EXPECT_LT(b.informal.volunteers, a.informal.volunteers * 0.8);
  EXPECT_LT(b.place(Place::welzijn, PlaceMeasure::capacity), a.place(Place::welzijn, PlaceMeasure::capacity));
  EXPECT_GT(b.profession(Profession::welfare_worker, ProfessionMeasure::fte_required),
            a.profession(Profession::welfare_worker, ProfessionMeasure::fte_required));
  // The volunteers' part moves with them, the workers' part with the FTE.
  const double share = settings.informal.volunteer_capacity_share;
  const double volunteers_part =
      a.place(Place::welzijn, PlaceMeasure::capacity) - b.place(Place::welzijn, PlaceMeasure::capacity);
  EXPECT_GT(volunteers_part, 0.0);
  EXPECT_LT(volunteers_part, share * a.place(Place::welzijn, PlaceMeasure::capacity));
}

}  // namespace regiotwin
