#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "plan/scenario.hpp"
#include "regiobeeld/regiobeeld_data.hpp"
#include "regiobeeld/report_charts.hpp"
#include "sim/simulation.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

using nlohmann::json;
using namespace testing_support;

ThemeConfig embedded_themes() { return load_themes(std::filesystem::path(REGIOTWIN_SOURCE_DIR) / "data/themes.yaml"); }

// Two municipalities over two years with known figures.
SimulationResult two_municipalities() {
  SimulationResult r(YearMonth(2024, 1), 24, {"GM0001", "GM0002"}, {"A", "B"});
  for (int month = 0; month < 24; ++month) {
    for (std::size_t m = 0; m < 2; ++m) {
      const double size = m == 0 ? 1000.0 : 3000.0;
      r.at(month, m, Indicator::population) = size;
      r.at(month, m, Indicator::population_85plus) = size * 0.02;
      r.at(month, m, Indicator::population_50_64) = size * (m == 0 ? 0.2 : 0.1);
      r.place(month, m, Place::gp, PlaceMeasure::demand) = 100.0 + month;
      r.place(month, m, Place::gp, PlaceMeasure::capacity) = 100.0;
      r.place(month, m, Place::wlz_provider, PlaceMeasure::capacity) = 50.0;
      r.place(month, m, Place::wlz_provider, PlaceMeasure::in_care) = 50.0;
      r.place(month, m, Place::wlz_provider, PlaceMeasure::waiting) = m == 0 ? 10.0 : 0.0;
      r.profession(month, m, Profession::district_nurse, ProfessionMeasure::fte) = 10.0;
      r.profession(month, m, Profession::district_nurse, ProfessionMeasure::fte_required) = 9.0;
    }
  }
  return r;
}

Region two_municipality_region() {
  Region region = named_region("r", "R");
  region.municipalities.resize(2);
  region.municipalities[0].code = "GM0001";
  region.municipalities[0].name = "A";
  region.municipalities[1].code = "GM0002";
  region.municipalities[1].name = "B";
  return region;
}

ThemeConfig one_theme(std::vector<int> years) {
  ThemeConfig c;
  c.years = std::move(years);
  Theme t;
  t.id = "ouderen";
  ThemeIndicator ratio;
  ratio.id = "mantelzorgratio";
  ratio.value.indicator = Indicator::population_50_64;
  ratio.per = SeriesRef{};
  ratio.per->indicator = Indicator::population_85plus;
  t.indicators.push_back(ratio);
  ThemeIndicator demand;
  demand.id = "gp";
  demand.value.kind = SeriesRef::Kind::place;
  demand.value.place = Place::gp;
  demand.value.place_measure = PlaceMeasure::demand;
  demand.over_year = YearValue::sum;
  t.indicators.push_back(demand);
  t.knelpunt = {KnelpuntComponent{"place/gp", true, Place::gp, Profession::gp},
                KnelpuntComponent{"place/wlz_provider", true, Place::wlz_provider, Profession::gp},
                KnelpuntComponent{"profession/district_nurse", false, Place::gp, Profession::district_nurse}};
  c.themes.push_back(t);
  return c;
}

TEST(RegiobeeldData, IndicatorsPerMunicipalityAndRegion) {
  const json doc =
      regiobeeld_data(two_municipality_region(), two_municipalities(), one_theme({2025}), ParameterSet{}, {});
  EXPECT_EQ(doc["years"], json({2024, 2025}));
  const json& ratio = doc["themes"][0]["indicators"][0]["values"];
  EXPECT_DOUBLE_EQ(ratio["GM0001"][0], 10.0);  // 200 / 20
  EXPECT_DOUBLE_EQ(ratio["GM0002"][0], 5.0);   // 300 / 60
  EXPECT_DOUBLE_EQ(ratio["r"][0], 500.0 / 80.0) << "the region's ratio is of its sums, not a mean of ratios";
  const json& gp = doc["themes"][0]["indicators"][1]["values"];
  EXPECT_DOUBLE_EQ(gp["GM0001"][1], 12 * 100.0 + (12 + 23) * 12 / 2.0);  // demand 112..123 summed over 2025
  EXPECT_DOUBLE_EQ(gp["r"][1], 2 * gp["GM0001"][1].get<double>());
}

TEST(RegiobeeldData, KnelpuntLoadsScoresAndRanking) {
  const json doc =
      regiobeeld_data(two_municipality_region(), two_municipalities(), one_theme({2025}), ParameterSet{}, {});
  const json& k = doc["themes"][0]["knelpunt"];
  // GP: monthly means 105.5 and 117.5 over capacity 100.
  EXPECT_DOUBLE_EQ(k["components"][0]["load"]["r"][0], 1.055);
  EXPECT_DOUBLE_EQ(k["components"][0]["load"]["r"][1], 1.175);
  // Nursing home: in care + waiting over places in December; only A has a queue.
  EXPECT_DOUBLE_EQ(k["components"][1]["load"]["GM0001"][1], 60.0 / 50.0);
  EXPECT_DOUBLE_EQ(k["components"][1]["load"]["GM0002"][1], 1.0);
  EXPECT_DOUBLE_EQ(k["components"][2]["load"]["r"][1], 0.9);
  // GP: 17.5 gap + (1.175 - 1.055) per year x 10 = 120 -> 137.5; nursing home in A: 20 + 0.
  EXPECT_NEAR(k["score"]["r"].get<double>(), 137.5, 1e-9);
  EXPECT_EQ(k["driver"]["r"], "place/gp");
  EXPECT_EQ(doc["ranking"]["r"][0]["theme"], "ouderen");
}

// A golden file of the report's data and chart specs, compared at 6 significant digits. Run with
// REGIOTWIN_UPDATE_GOLDEN=1 to renew it after a change that is meant to move the figures.
json rounded(const json& value) {
  if (value.is_number_float()) {
    const double v = value.get<double>();
    return v == 0.0 ? 0.0 : std::stod(fmt::format("{:.6g}", v));
  }
  if (value.is_structured()) {
    json out = value;
    for (auto it = out.begin(); it != out.end(); ++it) *it = rounded(*it);
    return out;
  }
  return value;
}

void expect_golden(const json& actual, const std::string& name) {
  const auto file = std::filesystem::path(REGIOTWIN_SOURCE_DIR) / "tests/golden/regiobeeld" / name;
  const json now = rounded(actual);
  if (std::getenv("REGIOTWIN_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(file) << now.dump(1) << "\n";
    GTEST_SKIP() << "renewed " << file;
  }
  std::ifstream in(file);
  ASSERT_TRUE(in) << file << " is missing; run with REGIOTWIN_UPDATE_GOLDEN=1 to create it";
  const json golden = json::parse(in);
  if (golden == now) return;
  // Name the first difference, so a reader sees what moved.
  const json patch = json::diff(golden, now);
  ADD_FAILURE() << file << " differs (" << patch.size() << " changes); first: " << patch[0].dump()
                << "\nRenew with REGIOTWIN_UPDATE_GOLDEN=1 if the change is intended.";
}

// A small fixed region: 2% of regio-zwolle from 2024 to 2030, seed 1.
const json& small_region_doc() {
  static const json doc = [] {
    const Region region = sampled(embedded_region("regio-zwolle"), 0.02);
    const ParameterSet params;
    RunPlan plan;
    plan.to = YearMonth(2030, 12);
    plan.threads = 2;
    Simulation simulation(region, params, plan);
    simulation.run();
    const RegiobeeldMeta meta{"test", "test", "regiotwin run --sample 0.02 --to 2030-12", 1, 0.02, ""};
    return regiobeeld_data(region, simulation.result(), embedded_themes(), params, meta);
  }();
  return doc;
}

TEST(RegiobeeldGolden, KnelpuntRankingOfASmallFixedRegion) {
  expect_golden(small_region_doc()["ranking"], "ranking-regio-zwolle-2pct.json");
}

TEST(RegiobeeldGolden, ReportDataAndChartSpecs) {
  const json& doc = small_region_doc();
  expect_golden({{"regiobeeld", doc}, {"charts_nl", report_charts(doc, Language::nl)}},
                "report-regio-zwolle-2pct.json");
}

// A regioplan on the same small region: the welzijn example at full strength (on a sample its money
// would shrink with the residents; the golden file only needs it fixed), 3 replications to 2027.
const json& small_plan_doc() {
  static const json doc = [] {
    const Region region = sampled(embedded_region("regio-zwolle"), 0.02);
    const ParameterSet params;
    const Scenario scenario =
        load_scenario(std::filesystem::path(REGIOTWIN_SOURCE_DIR) / "examples/welzijn-op-recept-zwolle.yaml");
    RunPlan plan;
    plan.to = YearMonth(2027, 12);
    plan.threads = 2;
    plan.interventions = scenario.interventions;
    Simulation simulation(region, params, RunPlan{plan.from, plan.to, plan.seed, plan.threads, {}});
    simulation.run();
    const Comparison comparison =
        compare_plan(region, params, plan, 3, CareSettings::from(params, region.routing).routing.right);
    const RegiobeeldMeta meta{"test", "test", "regiotwin run --scenario welzijn", 1, 0.02, scenario.name};
    return regiobeeld_data(region, simulation.result(), embedded_themes(), params, meta, &comparison);
  }();
  return doc;
}

TEST(RegiobeeldGolden, PlanSectionAndBusinessCase) {
  const json& doc = small_plan_doc();
  ASSERT_FALSE(doc["plan"].is_null());
  EXPECT_EQ(doc["plan"]["replications"], 3);
  const json charts = report_charts(doc, Language::nl);
  expect_golden({{"plan", doc["plan"]}, {"plan_net", charts["plan_net"]}, {"plan_effects", charts["plan_effects"]}},
                "plan-welzijn-regio-zwolle-2pct.json");
}

TEST(RegiobeeldGolden, EveryChartHasData) {
  const json charts = report_charts(small_region_doc(), Language::en);
  for (const auto& [id, spec] : charts.items()) {
    const json& data = spec["data"].is_array() ? spec["data"][0] : spec["data"];
    EXPECT_FALSE(data["values"].empty()) << id;
  }
}

}  // namespace
}  // namespace regiotwin
