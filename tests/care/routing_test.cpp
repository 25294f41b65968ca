#include "care/routing.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <numeric>
#include <random>
#include <sstream>

namespace regiotwin {
namespace {

using testing::AllOf;
using testing::HasSubstr;
using testing::ThrowsMessage;

constexpr std::size_t index(QuestionType t) { return type_index(t); }
constexpr std::size_t index(Place p) { return place_index(p); }

const SourceLocation test_override{"test", 1, ""};

// Sums of many products: equal up to rounding relative to the size of the numbers.
void expect_close(double actual, double expected, const std::string& what) {
  EXPECT_NEAR(actual, expected, 1e-9 * std::max(1.0, std::abs(expected))) << what;
}

struct RoutingInputs {
  RoutingTable table;
  RightPlaces right;
  Triage triage;
  QuestionCounts questions{};
};

RoutingInputs defaults(const QuestionCounts& questions) {
  const RoutingSetup setup = RoutingSetup::from(ParameterSet{});
  return {setup.table, setup.right, setup.triage, questions};
}

// Shares drawn uniformly over the places in `support`, normalised to add up to 1.
PlaceShares random_shares(std::mt19937_64& rng, const std::vector<std::size_t>& support) {
  std::uniform_real_distribution<double> u(0.01, 1.0);
  PlaceShares shares{};
  for (const std::size_t p : support) shares[p] = u(rng);
  const double sum = row_sum(shares);
  for (double& s : shares) s /= sum;
  return shares;
}

// `k` distinct places.
std::vector<std::size_t> random_places(std::mt19937_64& rng, std::size_t k) {
  std::vector<std::size_t> all(n_places);
  std::iota(all.begin(), all.end(), 0);
  std::shuffle(all.begin(), all.end(), rng);
  all.resize(k);
  return all;
}

// A valid routing: entry at 1-6 places, 1-3 right places, triage uniform over the simplex of
// (refer, handle, unresolved) with some corners (always refer, never refer) mixed in.
RoutingInputs random_inputs(std::mt19937_64& rng) {
  std::uniform_real_distribution<double> u(0.0, 1.0);
  std::uniform_int_distribution<std::size_t> entries(1, 6);
  std::uniform_int_distribution<std::size_t> rights(1, 3);
  RoutingInputs in;
  for (std::size_t t = 0; t < n_question_types; ++t) {
    in.table.entry[t] = random_shares(rng, random_places(rng, entries(rng)));
    for (const std::size_t p : random_places(rng, rights(rng))) in.right.is_right[t][p] = true;
    std::vector<std::size_t> right;
    for (std::size_t p = 0; p < n_places; ++p) {
      if (in.right.is_right[t][p]) right.push_back(p);
    }
    in.right.referral[t] = random_shares(rng, right);
    for (TriageOutcome& o : in.triage.at[t]) {
      const double a = u(rng);
      const double b = u(rng);
      o.refer = std::min(a, b);
      o.handle = std::max(a, b) - o.refer;
      const double corner = u(rng);
      if (corner < 0.05) o = {1.0, 0.0};
      if (corner > 0.95) o = {0.0, 0.0};
    }
    in.questions[t] = 1000.0 * u(rng);
  }
  for (std::size_t p = 0; p < n_places; ++p) {
    in.triage.short_contact_size[p] = 2.0 * u(rng);
    in.triage.wrong_place_effort[p] = 1.0 + u(rng);
  }
  return in;
}

RoutedMonth route(const RoutingInputs& in) { return route(in.table, in.right, in.triage, in.questions); }

// Every question is on exactly one path; every Sankey row adds up to the questions that entered
// there; questions only move to right places; places serve what the paths say.
void expect_conserved(const RoutingInputs& in, const RoutedMonth& out) {
  double in_total = 0.0;
  double paths_total = 0.0;
  double short_expected = 0.0;
  for (std::size_t t = 0; t < n_question_types; ++t) {
    const TypeRouting& r = out.types[t];
    const std::string type(question_type_names[t]);
    expect_close(r.questions, in.questions[t], type + ": questions");
    const double paths = r.handled_at_right_entry + r.referred + r.handled_at_wrong_place + r.unresolved;
    expect_close(paths, in.questions[t], type + ": paths add up to the questions");
    in_total += in.questions[t];
    paths_total += paths;
    short_expected += r.referred + r.unresolved;
    for (const double v : {r.handled_at_right_entry, r.referred, r.handled_at_wrong_place, r.unresolved}) {
      EXPECT_GE(v, 0.0) << type;
    }

    double unresolved = 0.0;
    for (std::size_t e = 0; e < n_places; ++e) {
      const auto& row = r.flow[e];
      const std::string link = type + " from " + std::string(place_names[e]);
      expect_close(std::accumulate(row.begin(), row.end(), 0.0), in.questions[t] * in.table.entry[t][e],
                   link + ": Sankey row adds up to the questions entering");
      for (std::size_t o = 0; o < n_places; ++o) {
        EXPECT_GE(row[o], 0.0) << link;
        if (row[o] > 0.0 && o != e) {
          EXPECT_TRUE(in.right.is_right[t][o]) << link << " reaches a wrong place";
        }
      }
      unresolved += row[unresolved_outcome];
    }
    expect_close(unresolved, r.unresolved, type + ": unresolved column");

    double served = 0.0;
    for (const PlaceLoad& place : out.places) served += place.at_right_place[t] + place.at_wrong_place[t];
    expect_close(served, r.handled_at_right_entry + r.referred + r.handled_at_wrong_place,
                 type + ": places serve every question that is not unresolved");
  }
  expect_close(paths_total, in_total, "all types");
  double short_contacts = 0.0;
  for (const PlaceLoad& place : out.places) short_contacts += place.short_contacts;
  expect_close(short_contacts, short_expected, "a short contact for every question referred or left");
}

TEST(RoutingDefaults, LoadFromTheRegistryAndPassTheChecks) {
  const RoutingSetup setup = RoutingSetup::from(ParameterSet{});
  EXPECT_NO_THROW(check_routing(setup.table, setup.right, setup.triage));
  EXPECT_DOUBLE_EQ(setup.table.share(QuestionType::social, Place::gp), 0.45);
  EXPECT_DOUBLE_EQ(setup.table.share(QuestionType::medical, Place::gp), 0.98);
  EXPECT_TRUE(setup.right.right(QuestionType::medical, Place::gp));
  EXPECT_FALSE(setup.right.right(QuestionType::social, Place::gp));
  EXPECT_TRUE(setup.right.right(QuestionType::social, Place::welzijn));
  EXPECT_TRUE(setup.right.right(QuestionType::social, Place::wijkteam));
  EXPECT_DOUBLE_EQ(setup.triage.short_contact_size[index(Place::gp)], 1.0);
  EXPECT_DOUBLE_EQ(setup.triage.wrong_place_effort[index(Place::welzijn)], 1.5);
}

// The GP has a triage row per type; other places one row for all types they are not right for.
TEST(RoutingDefaults, TriageByTypeAtTheGpAndByPlaceElsewhere) {
  const Triage triage = default_triage(ParameterSet{});
  EXPECT_DOUBLE_EQ(triage.outcome(QuestionType::social, Place::gp).refer, 0.15);
  EXPECT_DOUBLE_EQ(triage.outcome(QuestionType::social, Place::gp).handle, 0.55);
  EXPECT_DOUBLE_EQ(triage.outcome(QuestionType::mental_severe, Place::gp).refer, 0.85);
  EXPECT_DOUBLE_EQ(triage.outcome(QuestionType::social, Place::poh_ggz).refer, 0.80);
  EXPECT_DOUBLE_EQ(triage.outcome(QuestionType::medical, Place::poh_ggz).refer, 0.80);
}

TEST(RoutingDefaults, EveryTypeHasARightPlaceAndEveryWrongPlaceATriage) {
  const RightPlaces right = default_right_places(ParameterSet{});
  const Triage triage = default_triage(ParameterSet{});
  for (std::size_t t = 0; t < n_question_types; ++t) {
    EXPECT_TRUE(std::any_of(right.is_right[t].begin(), right.is_right[t].end(), [](bool b) { return b; }))
        << question_type_names[t];
    for (std::size_t p = 0; p < n_places; ++p) {
      if (right.is_right[t][p]) continue;
      const TriageOutcome& o = triage.at[t][p];
      EXPECT_GT(o.refer + o.handle, 0.0) << question_type_names[t] << " at " << place_names[p] << " has no triage";
      EXPECT_LE(o.refer + o.handle, 1.0) << question_type_names[t] << " at " << place_names[p];
    }
  }
}

// docs/routing.md shows the default tables between two markers; they must be the registry's.
TEST(RoutingDefaults, CommittedDocsShowThem) {
  std::ifstream in(std::string(REGIOTWIN_SOURCE_DIR) + "/docs/routing.md");
  ASSERT_TRUE(in) << "docs/routing.md is missing";
  std::stringstream text;
  text << in.rdbuf();
  const std::string doc = text.str();
  const std::string begin = "<!-- begin: generated by routing_tables_markdown(), checked by a test -->\n";
  const std::string end = "<!-- end: generated -->";
  const auto from = doc.find(begin);
  const auto to = doc.find(end);
  ASSERT_NE(from, std::string::npos) << "marker missing: " << begin;
  ASSERT_NE(to, std::string::npos) << "marker missing: " << end;
  const std::string expected = routing_tables_markdown(RoutingSetup::from(ParameterSet{}));
  EXPECT_EQ(doc.substr(from + begin.size(), to - from - begin.size()), expected)
      << "docs/routing.md is stale; put this between the markers:\n"
      << expected;
}

TEST(RoutingParameters, ARowThatNoLongerAddsUpNamesItsParameters) {
  ParameterSet params;
  params.set_scalar("routing_entry_social_at_gp", 0.5, test_override);
  EXPECT_THAT([&] { (void)default_routing_table(params); },
              ThrowsMessage<ValidationError>(AllOf(HasSubstr("entry shares of social questions add up to 1.05"),
                                                   HasSubstr("routing_entry_social_at_gp 0.5 + "),
                                                   HasSubstr("routing_entry_social_at_work_income_desk 0.05"))));
  params.set_scalar("routing_entry_social_at_welzijn", 0.15, test_override);
  EXPECT_NO_THROW((void)default_routing_table(params)) << "a whole row changed consistently is fine";
}

TEST(RoutingParameters, ReferralSharesMustAddUpToOne) {
  ParameterSet params;
  params.set_scalar("routing_referred_youth_to_wijkteam", 0.3, test_override);
  EXPECT_THAT([&] { (void)default_right_places(params); },
              ThrowsMessage<ValidationError>(HasSubstr("shares of referred youth questions add up to 1.1")));
}

TEST(RoutingParameters, TriageAboveOneNamesBothParameters) {
  ParameterSet params;
  params.set_scalar("routing_triage_refer_social_at_gp", 0.6, test_override);
  EXPECT_THAT([&] { (void)default_triage(params); },
              ThrowsMessage<ValidationError>(
                  HasSubstr("routing_triage_refer_social_at_gp 0.6 + routing_triage_handle_social_at_gp 0.55 = 1.15")));
}

TEST(CheckRouting, NamesTheBrokenRule) {
  const RoutingInputs good = defaults({});
  RoutingInputs in = good;
  in.right.referral[index(QuestionType::social)][index(Place::gp)] = 0.1;
  in.right.referral[index(QuestionType::social)][index(Place::welzijn)] -= 0.1;
  EXPECT_THAT([&] { check_routing(in.table, in.right, in.triage); },
              ThrowsMessage<ValidationError>(HasSubstr("social questions are referred to gp, which is not a right")));

  in = good;
  in.table.entry[index(QuestionType::youth)][index(Place::gp)] += 0.01;
  EXPECT_THAT([&] { check_routing(in.table, in.right, in.triage); },
              ThrowsMessage<ValidationError>(HasSubstr("entry shares of youth questions add up to 1.01")));

  in = good;
  in.right.is_right[index(QuestionType::medical)].fill(false);
  in.right.referral[index(QuestionType::medical)].fill(0.0);
  EXPECT_THAT([&] { check_routing(in.table, in.right, in.triage); },
              ThrowsMessage<ValidationError>(HasSubstr("medical questions have no right place")));

  in = good;
  in.triage.at[index(QuestionType::social)][index(Place::gp)] = {0.7, 0.5};
  EXPECT_THAT([&] { check_routing(in.table, in.right, in.triage); },
              ThrowsMessage<ValidationError>(HasSubstr("triage of social questions at gp")));
}

TEST(RoutingSetup, PackRowsReplaceOnlyTheTypesTheyList) {
  PackRouting pack;
  pack.rows = {{QuestionType::social, Place::welzijn, 0.7, "test", 2},
               {QuestionType::social, Place::gp, 0.3, "test", 3}};
  const ParameterSet params;
  const RoutingSetup setup = RoutingSetup::from(params, pack);
  const RoutingTable defaults = default_routing_table(params);
  EXPECT_DOUBLE_EQ(setup.table.share(QuestionType::social, Place::welzijn), 0.7);
  EXPECT_DOUBLE_EQ(setup.table.share(QuestionType::social, Place::gp), 0.3);
  EXPECT_DOUBLE_EQ(setup.table.share(QuestionType::social, Place::wijkteam), 0.0) << "the default row is replaced";
  for (const QuestionType other : {QuestionType::medical, QuestionType::youth}) {
    EXPECT_EQ(setup.table.entry[index(other)], defaults.entry[index(other)]) << question_type_names[index(other)];
  }
}

// 100 social questions, half at the GP: worked out by hand.
TEST(Route, HandWorkedExample) {
  RoutingInputs in;
  in.table.entry[index(QuestionType::social)][index(Place::gp)] = 0.5;
  in.table.entry[index(QuestionType::social)][index(Place::welzijn)] = 0.5;
  auto& right = in.right.is_right[index(QuestionType::social)];
  right[index(Place::welzijn)] = right[index(Place::wijkteam)] = true;
  in.right.referral[index(QuestionType::social)][index(Place::welzijn)] = 0.6;
  in.right.referral[index(QuestionType::social)][index(Place::wijkteam)] = 0.4;
  in.triage.at[index(QuestionType::social)][index(Place::gp)] = {0.2, 0.5};
  in.questions[index(QuestionType::social)] = 100.0;

  const RoutedMonth out = route(in);
  const TypeRouting& social = out.of(QuestionType::social);
  EXPECT_DOUBLE_EQ(social.handled_at_right_entry, 50.0);
  EXPECT_DOUBLE_EQ(social.referred, 10.0);
  EXPECT_DOUBLE_EQ(social.handled_at_wrong_place, 25.0);
  EXPECT_DOUBLE_EQ(social.unresolved, 15.0);
  const auto& from_gp = social.flow[index(Place::gp)];
  EXPECT_DOUBLE_EQ(from_gp[index(Place::welzijn)], 6.0);
  EXPECT_DOUBLE_EQ(from_gp[index(Place::wijkteam)], 4.0);
  EXPECT_DOUBLE_EQ(from_gp[index(Place::gp)], 25.0);
  EXPECT_DOUBLE_EQ(from_gp[unresolved_outcome], 15.0);
  EXPECT_DOUBLE_EQ(social.flow[index(Place::welzijn)][index(Place::welzijn)], 50.0);

  EXPECT_DOUBLE_EQ(out.at(Place::gp).short_contacts, 25.0) << "the referred and the unresolved";
  EXPECT_DOUBLE_EQ(out.at(Place::gp).at_wrong_place[index(QuestionType::social)], 25.0);
  EXPECT_DOUBLE_EQ(out.at(Place::gp).full_questions(), 25.0);
  EXPECT_DOUBLE_EQ(out.at(Place::welzijn).at_right_place[index(QuestionType::social)], 56.0);
  EXPECT_DOUBLE_EQ(out.at(Place::wijkteam).at_right_place[index(QuestionType::social)], 4.0);
  EXPECT_DOUBLE_EQ(out.unresolved()[index(QuestionType::social)], 15.0);
}

TEST(Route, ConservesQuestionsWithTheDefaults) {
  QuestionCounts questions{};
  for (std::size_t t = 0; t < n_question_types; ++t) questions[t] = 1000.0 * static_cast<double>(t + 1);
  const RoutingInputs in = defaults(questions);
  expect_conserved(in, route(in));
}

TEST(Route, ConservesQuestionsOnRandomTables) {
  std::mt19937_64 rng(20240601);
  for (int trial = 0; trial < 500; ++trial) {
    SCOPED_TRACE(trial);
    const RoutingInputs in = random_inputs(rng);
    ASSERT_NO_THROW(check_routing(in.table, in.right, in.triage)) << "the generator makes valid tables";
    expect_conserved(in, route(in));
  }
}

TEST(Route, IsLinearInTheQuestions) {
  std::mt19937_64 rng(7);
  RoutingInputs in = random_inputs(rng);
  const RoutedMonth once = route(in);
  for (double& q : in.questions) q *= 3.0;
  const RoutedMonth thrice = route(in);
  for (std::size_t p = 0; p < n_places; ++p) {
    expect_close(thrice.places[p].full_questions(), 3.0 * once.places[p].full_questions(), "full questions");
    expect_close(thrice.places[p].short_contacts, 3.0 * once.places[p].short_contacts, "short contacts");
  }
}

// Referring more at the GP takes questions away from it (those it would have handled) or gives
// them a place (those it would have left); it never adds full questions at the GP, and never takes
// any away from a right place.
TEST(Route, MoreReferralAtTheGpNeverRaisesItsFullQuestionLoad) {
  std::mt19937_64 rng(31);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  for (int trial = 0; trial < 500; ++trial) {
    SCOPED_TRACE(trial);
    RoutingInputs in = random_inputs(rng);
    const RoutedMonth before = route(in);
    for (std::size_t t = 0; t < n_question_types; ++t) {
      TriageOutcome& o = in.triage.at[t][index(Place::gp)];
      // Take a random part of the handled and of the unresolved and refer it instead.
      const double from_handled = u(rng) * o.handle;
      const double from_unresolved = u(rng) * std::max(0.0, o.unresolved());
      o.refer += from_handled + from_unresolved;
      o.handle -= from_handled;
    }
    const RoutedMonth after = route(in);
    const double gp_before = before.at(Place::gp).full_questions();
    EXPECT_LE(after.at(Place::gp).full_questions(), gp_before + 1e-9 * std::max(1.0, gp_before));
    double right_before = 0.0;
    double right_after = 0.0;
    for (std::size_t p = 0; p < n_places; ++p) {
      for (std::size_t t = 0; t < n_question_types; ++t) {
        right_before += before.places[p].at_right_place[t];
        right_after += after.places[p].at_right_place[t];
      }
    }
    EXPECT_GE(right_after, right_before - 1e-9 * right_before);
  }
}

// When every question enters at a right place, nobody is triaged.
TEST(Route, AllAtARightPlaceGivesNoShortContacts) {
  std::mt19937_64 rng(99);
  for (int trial = 0; trial < 100; ++trial) {
    SCOPED_TRACE(trial);
    RoutingInputs in = trial == 0 ? defaults({}) : random_inputs(rng);
    in.table.entry = in.right.referral;  // enter where referred questions would go: right places only
    for (std::size_t t = 0; t < n_question_types; ++t) in.questions[t] = 100.0 + static_cast<double>(t);
    const RoutedMonth out = route(in);
    for (std::size_t p = 0; p < n_places; ++p) {
      EXPECT_EQ(out.places[p].short_contacts, 0.0) << place_names[p];
      for (const double q : out.places[p].at_wrong_place) {
        EXPECT_EQ(q, 0.0) << place_names[p];
      }
    }
    for (const TypeRouting& r : out.types) {
      EXPECT_EQ(r.referred, 0.0);
      EXPECT_EQ(r.handled_at_wrong_place, 0.0);
      EXPECT_EQ(r.unresolved, 0.0);
      expect_close(r.handled_at_right_entry, r.questions, "all handled where they entered");
    }
  }
}

}  // namespace
}  // namespace regiotwin
