#include "plan/intervention.hpp"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "plan/scenario.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

using testing::HasSubstr;
using testing::StartsWith;

std::filesystem::path fixture(const std::string& name) { return testing_support::fixture_file("scenarios", name); }

std::string error_of(const std::string& name) {
  try {
    (void)load_scenario(fixture(name));
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST(Interventions, ReadsEveryType) {
  const Scenario s = load_scenario(fixture("good.yaml"));
  ASSERT_EQ(s.interventions.size(), n_intervention_types);
  EXPECT_EQ(s.replications, 4);
  for (std::size_t t = 0; t < n_intervention_types; ++t) {
    EXPECT_EQ(s.interventions[t].type, static_cast<InterventionType>(t));
  }
  const Intervention& prevention = s.interventions[0];
  EXPECT_EQ(prevention.name, "Samen tegen eenzaamheid");
  EXPECT_EQ(prevention.owner, Party::gemeente);
  EXPECT_EQ(prevention.funder, Payer::transformatiemiddelen);
  EXPECT_EQ(prevention.funder_after, Payer::wmo);
  EXPECT_EQ(prevention.start.str(), "2025-01");
  EXPECT_FALSE(prevention.end);
  EXPECT_EQ(prevention.ramp_months, 12);
  EXPECT_EQ(prevention.cost_per_year, 250000.0);
  EXPECT_EQ(prevention.targets.municipalities, std::vector<std::string>{"GM0193"});
  ASSERT_EQ(prevention.targets.ages.size(), 2U);
  EXPECT_EQ(prevention.targets.ages[1].from, 80);
  EXPECT_EQ(prevention.name_of("state"), "lonely");
  EXPECT_EQ(prevention.number("incidence_change"), -0.15);
  EXPECT_EQ(prevention.number("lag_months"), 6.0);

  const Intervention& social_base = s.interventions[1];
  EXPECT_EQ(social_base.end->str(), "2028-12");
  EXPECT_EQ(social_base.place("place"), Place::welzijn);
  EXPECT_EQ(social_base.ramp_months, 0);  // defaults filled in
  const Intervention& referral = s.interventions[2];
  EXPECT_EQ(referral.question("question"), QuestionType::social);
  EXPECT_EQ(referral.place("from"), Place::gp);
  EXPECT_EQ(referral.place("to"), Place::welzijn);
  EXPECT_EQ(referral.cost_per_year, 0.0);
  EXPECT_EQ(s.interventions[3].number("time_saving"), 0.5);
  EXPECT_EQ(s.interventions[5].profession("profession"), Profession::ltc_carer);
  EXPECT_EQ(s.interventions[6].number("home_nursing_per_avoided"), 1.0);
}

// Each family of mistakes has its own message, naming file, line, column and field.
TEST(Interventions, EveryMalformedFileHasItsOwnError) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"bad-yaml.yaml", "bad-yaml.yaml:5:1: not valid YAML"},
      {"bad-unknown-type.yaml",
       "bad-unknown-type.yaml:4:11: field 'type': unknown intervention type 'prevent'; expected one of: prevention, "
       "social_base, referral, ehealth, admin_reduction, retention, housing_elderly, capacity"},
      {"bad-unknown-field.yaml",
       "bad-unknown-field.yaml:8:5: field 'incidence': unknown field for a prevention "
       "intervention; expected one of: type, targets, name, owner"},
      {"bad-wrong-unit.yaml",
       "bad-wrong-unit.yaml:7:20: field 'cost_per_year': expected a number (EUR per year), got "
       "'450k'; write euros as a plain number"},
      {"bad-share-as-percent.yaml",
       "bad-share-as-percent.yaml:8:23: field 'incidence_change': expected a number "
       "(share), got '-10%'; write a share as a fraction, e.g. -0.1 for -10%"},
      {"bad-negative-cost.yaml",
       "bad-negative-cost.yaml:7:20: field 'cost_per_year': expected cost_per_year in [0, "
       "1e+10] EUR per year, got -1000"},
      {"bad-start-after-end.yaml", "bad-start-after-end.yaml:7:10: field 'end': ends before its start (2027-01)"},
      {"bad-outside-horizon.yaml",
       "bad-outside-horizon.yaml:8:12: field 'start': 2031-01 is outside the horizon 2024-01 to 2030-12"},
      {"bad-missing-field.yaml",
       "bad-missing-field.yaml:2:5: field 'funder': required field of a referral intervention is missing"},
      {"bad-unknown-party.yaml",
       "bad-unknown-party.yaml:4:12: field 'owner': unknown owner 'ziekenhuis'; expected one of: gemeente, "},
      {"bad-out-of-range.yaml",
       "bad-out-of-range.yaml:10:21: field 'extra_referral': expected extra_referral in [0, 1] probability, got 1.5"},
  };
  for (const auto& [file, message] : cases) {
    EXPECT_THAT(error_of(file), HasSubstr(message)) << file;
  }
}

// Codes are checked against the region once it is known.
TEST(Interventions, UnknownMunicipalityNamedWithItsPlace) {
  const Scenario s = load_scenario(fixture("bad-unknown-municipality.yaml"));
  const std::vector<std::string> codes = {"GM0193", "GM0148"};
  EXPECT_THAT([&] { check_municipalities(s.interventions, codes); },
              testing::ThrowsMessage<ValidationError>(
                  HasSubstr("bad-unknown-municipality.yaml:10:32: field 'municipalities': unknown municipality "
                            "'GM9999'; the region has: GM0193, GM0148")));
  const std::vector<std::string> all = {"GM0193", "GM9999"};
  EXPECT_NO_THROW(check_municipalities(s.interventions, all));
}

// The horizon the command line sets is checked again.
TEST(Interventions, DatesAreCheckedAgainstTheRunsHorizon) {
  const Scenario s = load_scenario(fixture("good.yaml"));
  EXPECT_NO_THROW(check_horizon(s.interventions, YearMonth(2024, 1), YearMonth(2030, 12)));
  EXPECT_THAT([&] { check_horizon(s.interventions, YearMonth(2024, 1), YearMonth(2026, 12)); },
              testing::ThrowsMessage<ValidationError>(
                  HasSubstr("good.yaml:28:10: field 'end': 2028-12 is after the horizon's last month 2026-12")));
}

}  // namespace regiotwin

namespace regiotwin {

TEST(ScenarioReference, CommittedDocsAreUpToDate) {
  std::ifstream in(std::string(REGIOTWIN_SOURCE_DIR) + "/docs/scenarios.md");
  ASSERT_TRUE(in) << "docs/scenarios.md is missing; run `make docs`";
  std::ostringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), render_scenario_reference()) << "docs/scenarios.md is stale; run `make docs`";
}

// Every type and field is documented, with its unit where it has one.
TEST(ScenarioReference, NamesEveryTypeAndField) {
  const std::string doc = render_scenario_reference();
  for (std::size_t t = 0; t < n_intervention_types; ++t) {
    const InterventionSpec& spec = intervention_spec(static_cast<InterventionType>(t));
    EXPECT_THAT(doc, testing::HasSubstr(fmt::format("## `{}`", spec.name)));
    for (const FieldSpec& f : spec.fields) {
      EXPECT_THAT(doc, testing::HasSubstr(fmt::format("| `{}` |", f.name)));
      EXPECT_FALSE(f.description.empty()) << f.name;
    }
  }
}

}  // namespace regiotwin
