#include "core/parameters.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

namespace regiotwin {

TEST(ParameterRegistry, EveryDeclarationIsComplete) {
  std::set<std::string> names;
  for (const ParamSpec& s : parameter_registry()) {
    SCOPED_TRACE(s.name);
    EXPECT_TRUE(names.insert(s.name).second) << "declared twice";
    EXPECT_FALSE(s.unit.empty());
    EXPECT_FALSE(s.description.empty());
    EXPECT_FALSE(s.source.empty()) << "every default names its source";
    EXPECT_LE(s.min, s.max);
    EXPECT_NO_THROW(check_partition(s.default_value.bands, s.name));
    EXPECT_EQ(s.default_value.bands.size(), s.default_value.values.size());
    for (const double v : s.default_value.values) {
      EXPECT_GE(v, s.min);
      EXPECT_LE(v, s.max);
    }
  }
}

TEST(ParameterSet, StartsAtDefaultsAndRecordsOverrides) {
  ParameterSet p;
  EXPECT_EQ(p.real("gp_per_10000"), 6.7);
  EXPECT_TRUE(p.overridden().empty());
  p.set_scalar("gp_per_10000", 7.5, {"plan.yaml", 4, "gp_per_10000"});
  EXPECT_EQ(p.real("gp_per_10000"), 7.5);
  EXPECT_THAT(p.overridden(), testing::ElementsAre("gp_per_10000"));
}

TEST(ParameterSet, OutOfRangeNamesFileLineAndRange) {
  ParameterSet p;
  try {
    p.set_scalar("gp_per_10000", -1.0, {"plan.yaml", 4, "gp_per_10000"});
    FAIL() << "accepted a negative density";
  } catch (const ValidationError& e) {
    EXPECT_THAT(e.what(), testing::StartsWith("plan.yaml:4: field 'gp_per_10000': expected gp_per_10000 in [0, 50]"));
  }
  EXPECT_EQ(p.real("gp_per_10000"), 6.7) << "a rejected value must not be kept";
}

TEST(ParameterSet, TablesAreValidatedBandByBand) {
  ParameterSet p;
  const SourceLocation at{"f.yaml", 2, "gp_contacts_per_person_year"};
  EXPECT_THROW(p.set_table("gp_contacts_per_person_year", AgeTable{{{0, 64}}, {4.0}}, at), ValidationError);
  EXPECT_THROW(p.set_table("gp_contacts_per_person_year", AgeTable{{{0, 64}, {65, max_age}}, {4.0, -1.0}}, at),
               ValidationError);
  EXPECT_THROW(p.set_scalar("gp_contacts_per_person_year", 4.0, at), ValidationError);
  p.set_table("gp_contacts_per_person_year", AgeTable{{{0, 64}, {65, max_age}}, {4.0, 9.0}}, at);
  EXPECT_EQ(p.table("gp_contacts_per_person_year").per_year()[70], 9.0);
}

TEST(ParameterSet, UnknownNameSuggestsNeighbours) {
  try {
    (void)find_parameter("gp_per_1000");
    FAIL();
  } catch (const ValidationError& e) {
    EXPECT_THAT(e.what(), testing::HasSubstr("unknown parameter 'gp_per_1000'"));
    EXPECT_THAT(e.what(), testing::HasSubstr("gp_per_10000"));
  }
}

TEST(ParameterReference, ListsEveryParameterInBothFormats) {
  const std::string md = render_parameter_reference(DocFormat::markdown);
  const std::string csv = render_parameter_reference(DocFormat::csv);
  for (const ParamSpec& s : parameter_registry()) {
    EXPECT_THAT(md, testing::HasSubstr("`" + s.name + "`"));
    EXPECT_THAT(csv, testing::HasSubstr("\n" + s.name + ","));
  }
}

TEST(ParameterReference, CommittedDocsAreUpToDate) {
  std::ifstream in(std::string(REGIOTWIN_SOURCE_DIR) + "/docs/parameters.md");
  ASSERT_TRUE(in) << "docs/parameters.md is missing; run `make docs`";
  std::ostringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), render_parameter_reference(DocFormat::markdown))
      << "docs/parameters.md is stale; run `make docs` and commit it";
}

}  // namespace regiotwin
