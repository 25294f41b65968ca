#include "core/year_month.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"

namespace regiotwin {

TEST(YearMonth, ParsesAndFormats) {
  const YearMonth m = YearMonth::parse("2024-03");
  EXPECT_EQ(m.year(), 2024);
  EXPECT_EQ(m.month(), 3);
  EXPECT_EQ(m.str(), "2024-03");
}

TEST(YearMonth, ArithmeticCrossesYears) {
  EXPECT_EQ(YearMonth(2024, 11).plus(3).str(), "2025-02");
  EXPECT_EQ(months_inclusive(YearMonth(2024, 1), YearMonth(2035, 12)), 144);
  EXPECT_LT(YearMonth(2024, 12), YearMonth(2025, 1));
}

TEST(YearMonth, RejectsMalformedText) {
  for (const char* bad : {"2024-13", "2024-00", "2024/01", "24-01", "2024-1", "abcd-ef", "", "2024-01x"}) {
    EXPECT_THROW((void)YearMonth::parse(bad, "--from"), ValidationError) << bad;
  }
  try {
    (void)YearMonth::parse("2024-13", "--from");
  } catch (const ValidationError& e) {
    EXPECT_STREQ(e.what(), "--from: expected a month as YYYY-MM (e.g. 2024-01), got '2024-13'");
  }
}

}  // namespace regiotwin
