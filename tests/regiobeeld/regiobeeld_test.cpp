#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "regiobeeld/report_html.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

using nlohmann::json;
using testing::HasSubstr;
using testing::Not;

// The handmade regiobeeld document of the workbook tests: two municipalities, a plan.
json fixture_doc() {
  std::ifstream in(testing_support::fixture_file("regiobeeld", "small-regiobeeld.json"));
  return json::parse(in);
}

TEST(ReportHtml, SelfContainedDutchPageWithEverySection) {
  json doc = fixture_doc();
  doc["meta"]["region_name"] = "Regio <Test>";
  const std::string html = report_html(doc, Language::nl, "/*charts*/");
  EXPECT_THAT(html, HasSubstr("<html lang=\"nl\">"));
  EXPECT_THAT(html, HasSubstr("Regiobeeld Regio &lt;Test&gt;")) << "names are escaped";
  EXPECT_THAT(html, HasSubstr("<script>/*charts*/</script>"));
  EXPECT_THAT(html, HasSubstr("Samenvatting"));
  EXPECT_THAT(html, HasSubstr("Knelpunten per gemeente"));
  for (const json& theme : doc["themes"]) {
    EXPECT_THAT(html, HasSubstr("<section id=\"" + theme["id"].get<std::string>() + "\">"));
    EXPECT_THAT(html, HasSubstr(theme["title"]["nl"].get<std::string>()));
  }
  EXPECT_THAT(html, HasSubstr("basisprojectie"));
  EXPECT_THAT(html, HasSubstr("scenarioresultaat")) << "the plan section says what kind of figure it shows";
  EXPECT_THAT(html, HasSubstr("Werkwijze en bronnen"));
  EXPECT_THAT(html, Not(HasSubstr("src=\"http"))) << "no external resources";
  EXPECT_THAT(html, Not(HasSubstr("href=\"http")));
}

TEST(ReportHtml, EnglishOnRequest) {
  const json doc = fixture_doc();
  const std::string html = report_html(doc, Language::en, "");
  EXPECT_THAT(html, HasSubstr("<html lang=\"en\">"));
  EXPECT_THAT(html, HasSubstr("Summary"));
  EXPECT_THAT(html, HasSubstr("baseline projection"));
  EXPECT_THAT(html, HasSubstr(doc["themes"][0]["title"]["en"].get<std::string>()));
  EXPECT_THAT(html, Not(HasSubstr("Samenvatting")));
  EXPECT_THAT(html, Not(HasSubstr("basisprojectie")));
}

TEST(ReportHtml, OnPaperTheTablesBehindSummariesAreOpen) {
  const json doc = fixture_doc();
  EXPECT_THAT(report_html(doc, Language::nl, ""), Not(HasSubstr("<details open>")));
  const std::string print = report_html(doc, Language::nl, "", ReportMedium::print);
  EXPECT_THAT(print, HasSubstr("<details open>"));
  EXPECT_THAT(print, Not(HasSubstr("<details>")));
}

TEST(ReportHtml, TheRankingTableFollowsTheScores) {
  json doc = fixture_doc();
  const std::string region = doc["areas"].back()["code"];
  const std::string first = doc["ranking"][region][0]["theme"];
  const std::string second = doc["ranking"][region][1]["theme"];
  const std::string html = report_html(doc, Language::nl, "");
  EXPECT_LT(html.find("<a href=\"#" + first + "\">"), html.find("<a href=\"#" + second + "\">"));
}

}  // namespace
}  // namespace regiotwin
