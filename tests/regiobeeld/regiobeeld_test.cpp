#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "regiobeeld/report_html.hpp"
#include "regiobeeld/summary.hpp"
#include "test_support.hpp"

namespace regiotwin {

using testing::HasSubstr;
using namespace testing_support;

SimulationResult two_municipalities(int months) {
  SimulationResult r(YearMonth(2024, 1), months, {"GM0001", "GM0002"}, {"'s-Gravenhage", "B"});
  for (int month = 0; month < months; ++month) {
    for (std::size_t m = 0; m < 2; ++m) {
      r.at(month, m, Indicator::population) = 1000.0;
      r.at(month, m, Indicator::population_65plus) = 200.0 + month;
      r.at(month, m, Indicator::gp_capacity) = 100.0;
      r.at(month, m, Indicator::gp_demand) = 90.0 + month;
    }
  }
  return r;
}

TEST(Summary, LoadAndSharesOverFirstAndLastYear) {
  const Region region = named_region("r", "R");
  const RegionSummary s = summarize(region, two_municipalities(24));
  ASSERT_EQ(s.municipalities.size(), 2U);
  // First year: demand 90..101 (mean 95.5) over capacity 100; last year: 102..113 (mean 107.5).
  EXPECT_DOUBLE_EQ(s.region.gp_load_first_year, 0.955);
  EXPECT_DOUBLE_EQ(s.region.gp_load_last_year, 1.075);
  EXPECT_DOUBLE_EQ(s.municipalities[0].share_65plus_start, 0.2);
  EXPECT_DOUBLE_EQ(s.municipalities[1].share_65plus_end, 0.223);
  EXPECT_EQ(s.region.population_end, 2000.0);
}

TEST(ReportHtml, SelfContainedDutchPageWithCharts) {
  Region region = named_region("r", "Regio <Test>");
  region.municipalities.resize(2);
  const SimulationResult result = two_municipalities(24);
  const std::string html = report_html(region, result, summarize(region, result), ParameterSet{},
                                       ReportContext{"0.1.0", 7, "regiotwin run", ""}, "/*charts*/");
  EXPECT_THAT(html, HasSubstr("<html lang=\"nl\">"));
  EXPECT_THAT(html, HasSubstr("Regiobeeld Regio &lt;Test&gt;"));
  EXPECT_THAT(html, HasSubstr("&#39;s-Gravenhage"));
  EXPECT_THAT(html, HasSubstr("<script>/*charts*/</script>"));
  EXPECT_THAT(html, HasSubstr("vegaEmbed"));
  EXPECT_THAT(html, HasSubstr("95,5%"));
  EXPECT_THAT(html, HasSubstr("6,7 huisartsen per 10.000 inwoners")) << "the note shows the parameters in force";
  EXPECT_THAT(html, testing::Not(HasSubstr("src=\"http"))) << "no external resources";
}

}  // namespace regiotwin
