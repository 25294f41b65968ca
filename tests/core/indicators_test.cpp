#include "core/indicators.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

namespace regiotwin {

TEST(IndicatorDictionary, IdsMatchPositionsAndNamesAreUnique) {
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < n_indicators; ++i) {
    const IndicatorSpec& s = indicator_dictionary()[i];
    EXPECT_EQ(static_cast<std::size_t>(s.id), i) << s.name;
    EXPECT_TRUE(names.insert(s.name).second) << s.name;
    EXPECT_FALSE(s.unit.empty());
    EXPECT_FALSE(s.description.empty());
    EXPECT_FALSE(s.description_nl.empty());
    if (s.aggregation == Aggregation::weighted_mean) {
      EXPECT_NE(s.weight, s.id) << s.name;
    }
  }
}

TEST(IndicatorReference, CommittedDocsAreUpToDate) {
  std::ifstream in(std::string(REGIOTWIN_SOURCE_DIR) + "/docs/indicators.md");
  ASSERT_TRUE(in) << "docs/indicators.md is missing; run `make docs`";
  std::ostringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), render_indicator_reference()) << "docs/indicators.md is stale; run `make docs`";
}

}  // namespace regiotwin
