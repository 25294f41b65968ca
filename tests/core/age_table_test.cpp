#include "core/age_table.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"

namespace regiotwin {

TEST(AgeBand, ParsesTheThreeForms) {
  EXPECT_EQ(parse_age_band("0-14", "x"), (AgeBand{0, 14}));
  EXPECT_EQ(parse_age_band("85+", "x"), (AgeBand{85, max_age}));
  EXPECT_EQ(parse_age_band("7", "x"), (AgeBand{7, 7}));
  EXPECT_EQ((AgeBand{85, max_age}).label(), "85+");
  EXPECT_EQ((AgeBand{0, 14}).label(), "0-14");
}

TEST(AgeBand, RejectsNonsense) {
  for (const char* bad : {"14-0", "0-200", "a-b", "", "-5", "+", "1.5-3"}) {
    EXPECT_THROW((void)parse_age_band(bad, "x"), ValidationError) << bad;
  }
}

TEST(AgeTable, PartitionMustCoverAllAges) {
  EXPECT_NO_THROW(check_partition({{0, 64}, {65, max_age}}, "t"));
  EXPECT_THROW(check_partition({{0, 64}, {66, max_age}}, "t"), ValidationError);  // gap
  EXPECT_THROW(check_partition({{0, 64}, {60, max_age}}, "t"), ValidationError);  // overlap
  EXPECT_THROW(check_partition({{0, 64}}, "t"), ValidationError);                 // short
}

TEST(AgeTable, PerYearExpandsBands) {
  const AgeTable t{{{0, 4}, {5, max_age}}, {1.0, 2.0}};
  const auto y = t.per_year();
  EXPECT_EQ(y[0], 1.0);
  EXPECT_EQ(y[4], 1.0);
  EXPECT_EQ(y[5], 2.0);
  EXPECT_EQ(y[max_age], 2.0);
}

}  // namespace regiotwin
