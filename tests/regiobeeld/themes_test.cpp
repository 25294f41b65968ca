#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "regiobeeld/knelpunt.hpp"
#include "regiobeeld/themes.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

using testing::HasSubstr;
using namespace testing_support;

std::filesystem::path default_themes() { return std::filesystem::path(REGIOTWIN_SOURCE_DIR) / "data/themes.yaml"; }

TEST(Themes, TheEmbeddedFileHasTheFiveIzaThemes) {
  const ThemeConfig c = load_themes(default_themes());
  ASSERT_EQ(c.themes.size(), 5U);
  EXPECT_EQ(c.years, (std::vector<int>{2030, 2035, 2040}));
  std::vector<std::string> ids;
  for (const Theme& t : c.themes) {
    ids.push_back(t.id);
    EXPECT_FALSE(t.knelpunt.empty()) << t.id;
    EXPECT_FALSE(t.charts.empty()) << t.id;
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"preventie_gezondheid", "mentaal_welbevinden", "wonen_zorg_ouderen",
                                           "kwetsbare_positie", "arbeidsmarkt"}));
  // The informal-carer ratio: residents 50-64 per resident 85+.
  const Theme& elderly = c.themes[2];
  const auto ratio = std::find_if(elderly.indicators.begin(), elderly.indicators.end(),
                                  [](const ThemeIndicator& i) { return i.id == "mantelzorgratio"; });
  ASSERT_NE(ratio, elderly.indicators.end());
  EXPECT_EQ(ratio->value.indicator, Indicator::population_50_64);
  EXPECT_EQ(ratio->per->indicator, Indicator::population_85plus);
}

// Each bad file names the file, the line and the field, and says what was expected.
struct BadThemes {
  const char* yaml;
  const char* message;
};

class BadThemeFile : public testing::TestWithParam<BadThemes> {};

constexpr const char* theme_head = R"(years: [2030]
themes:
  - id: t
    title: {nl: T, en: T}
    description: {nl: D, en: D}
    knelpunt: [place/gp]
    indicators:
      - id: i
        title: {nl: I, en: I}
        unit: {nl: U, en: U}
        source: {nl: S, en: S}
)";

TEST_P(BadThemeFile, IsRejectedWithFileLineAndField) {
  const ScratchDir dir("themes");
  const auto file = dir.path() / "themes.yaml";
  write_file(file, std::string(theme_head) + GetParam().yaml);
  try {
    load_themes(file);
    FAIL() << "accepted: " << GetParam().yaml;
  } catch (const ValidationError& e) {
    EXPECT_THAT(e.what(), HasSubstr(file.string() + ":"));
    EXPECT_THAT(e.what(), HasSubstr(GetParam().message));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Families, BadThemeFile,
    testing::Values(BadThemes{"        value: indicator/no_such\n", "unknown indicator 'no_such'"},
                    BadThemes{"        value: indicator/gp_wait_mean\n", "does not add up over municipalities"},
                    BadThemes{"        value: place/gp/wait_mean\n", "not one that adds up"},
                    BadThemes{"        value: place/hospital/demand\n", "unknown place 'hospital'"},
                    BadThemes{"        value: profession/pilot/fte\n", "unknown profession 'pilot'"},
                    BadThemes{"        value: gp_demand\n", "expected indicator/<name>"},
                    BadThemes{"        value: indicator/population\n        over_year: median\n",
                              "expected mean, sum or last"},
                    BadThemes{"        value: indicator/population\n        scale: 0\n", "expected a number above 0"},
                    BadThemes{"        value: indicator/population\n        colour: red\n", "colour"},
                    BadThemes{"        value: indicator/population\n    charts: [pie]\n", "unknown chart 'pie'"},
                    BadThemes{"        value: indicator/population\n    knelpunt_indicators: [other]\n",
                              "'other' is not an indicator of theme 't'"}));

TEST(Themes, YearsMustRise) {
  const ScratchDir dir("themes-years");
  const auto file = dir.path() / "themes.yaml";
  std::string text = std::string(theme_head) + "        value: indicator/population\n";
  text.replace(text.find("[2030]"), 6, "[2035, 2030]");
  write_file(file, text);
  EXPECT_THROW(load_themes(file), ValidationError);
}

TEST(KnelpuntScore, GapAtTheHorizonPlusGrowthPerDecade) {
  // Just enough all along: no knelpunt.
  EXPECT_DOUBLE_EQ(knelpunt_score({1.0, 1.0}, {2024, 2034}), 0.0);
  // From 90% to 110% in ten years: 10 for the gap, 20 for the growth per decade.
  EXPECT_NEAR(knelpunt_score({0.9, 1.0, 1.1}, {2024, 2029, 2034}), 30.0, 1e-9);
  // The same rise over five years grows twice as fast.
  EXPECT_NEAR(knelpunt_score({0.9, 1.1}, {2024, 2029}), 10.0 + 40.0, 1e-9);
  // Falling load: only the remaining gap counts.
  EXPECT_NEAR(knelpunt_score({1.3, 1.2}, {2024, 2034}), 20.0, 1e-9);
  // Only the start year: the gap of now.
  EXPECT_NEAR(knelpunt_score({1.05}, {2024}), 5.0, 1e-9);
  // Below capacity and not rising.
  EXPECT_DOUBLE_EQ(knelpunt_score({0.8, 0.7}, {2024, 2034}), 0.0);
}

}  // namespace
}  // namespace regiotwin
