#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>

#include "io/csv.hpp"
#include "results/care_csv.hpp"
#include "results/indicators_csv.hpp"
#include "results/result_series.hpp"
#include "sim/simulation.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

// Two municipalities over three months that cross a year, with a value in every indicator.
SimulationResult two_municipalities() {
  SimulationResult r(YearMonth(2024, 11), 3, {"GM0001", "GM0002"}, {"Aa", "Bb"});
  for (int month = 0; month < 3; ++month) {
    for (std::size_t m = 0; m < 2; ++m) {
      for (std::size_t i = 0; i < n_indicators; ++i) {
        r.at(month, m, static_cast<Indicator>(i)) = static_cast<double>(i + 1) * (m == 0 ? 1.0 : 2.5) + month;
      }
    }
  }
  r.place(2, 1, Place::gp, PlaceMeasure::wait_p90) = 1.75;
  r.profession(1, 0, Profession::gp, ProfessionMeasure::shortage_fte) = 3.25;
  r.cost(0, 0, Payer::zvw, line_of(Place::gp)) = 1000.5;
  r.cost(2, 1, Payer::wmo, CostLine::interventions) = 0.1 + 0.2;
  return r;
}

const StoredSeries& find(const std::vector<StoredSeries>& all, const std::string& table, const std::string& area,
                         const std::string& key, const std::string& measure = "") {
  for (const StoredSeries& s : all) {
    if (s.table == table && s.area == area && s.key == key && s.measure == measure) return s;
  }
  throw std::runtime_error("no series " + table + "/" + area + "/" + key + "/" + measure);
}

TEST(SeriesOfResult, EverySeriesOnceWithItsUnit) {
  const SimulationResult r = two_municipalities();
  const std::vector<StoredSeries> all = series_of_result(r, "testregio");
  const std::size_t expected = 2 * n_indicators + n_indicators + 2 * n_places * n_place_measures +
                               2 * n_professions * n_profession_measures + 2;  // two cost lines are not zero
  EXPECT_EQ(all.size(), expected);
  std::map<std::string, int> seen;
  for (const StoredSeries& s : all) {
    EXPECT_EQ(s.first_month, "2024-11");
    EXPECT_EQ(s.values.size(), 3U);
    EXPECT_FALSE(s.unit.empty()) << s.key;
    EXPECT_EQ(++seen[s.table + "/" + s.area + "/" + s.key + "/" + s.measure], 1) << "twice: " << s.key;
  }
  EXPECT_EQ(find(all, "place", "GM0002", "gp", "wait_p90").values, (std::vector<double>{0.0, 0.0, 1.75}));
  EXPECT_EQ(find(all, "place", "GM0002", "gp", "wait_p90").unit, "months");
  EXPECT_EQ(find(all, "place", "GM0001", "gp", "demand").unit, "contacts") << "the place's own unit";
  EXPECT_EQ(find(all, "workforce", "GM0001", "gp", "shortage_fte").values, (std::vector<double>{0.0, 3.25, 0.0}));
  EXPECT_EQ(find(all, "cost", "GM0001", "zvw", "gp").values, (std::vector<double>{1000.5, 0.0, 0.0}));
  EXPECT_EQ(find(all, "cost", "GM0001", "zvw", "gp").unit, "EUR");
  EXPECT_EQ(find(all, "cost", "GM0002", "wmo", "interventions").values.back(), 0.1 + 0.2);
  EXPECT_EQ(find(all, "indicator", "GM0002", "gp_demand").unit, std::string(spec(Indicator::gp_demand).unit));
}

TEST(SeriesOfResult, RegionTotalsFollowTheDictionary) {
  const SimulationResult r = two_municipalities();
  const std::vector<StoredSeries> all = series_of_result(r, "testregio");
  int summed = 0;
  for (const IndicatorSpec& spec : indicator_dictionary()) {
    const std::string name(spec.name);
    const StoredSeries& region = find(all, "indicator", "testregio", name);
    const StoredSeries& a = find(all, "indicator", "GM0001", name);
    const StoredSeries& b = find(all, "indicator", "GM0002", name);
    for (std::size_t month = 0; month < 3; ++month) {
      EXPECT_EQ(region.values[month], r.region(static_cast<int>(month), spec.id)) << name;
      if (spec.aggregation == Aggregation::sum) {
        EXPECT_EQ(region.values[month], a.values[month] + b.values[month]);
      }
      if (spec.aggregation == Aggregation::max) {
        EXPECT_EQ(region.values[month], std::max(a.values[month], b.values[month]));
      }
    }
    if (spec.aggregation == Aggregation::sum) ++summed;
  }
  EXPECT_GT(summed, 10);
}

TEST(TidyCsv, OneRowPerValueThatReadsBackExactly) {
  const std::vector<StoredSeries> series = {
      {"indicator", "GM0193", "gp_wait_mean", "", "months", "2024-11", {0.1 + 0.2, 1e300, -2.5}},
      {"cost", "GM0193", "zvw", "gp", "EUR", "2030-01", {1234567.891}},
      {"comparison", "regio, \"quoted\"", "net", "p50", "EUR", "2024-01", {}}};
  const std::string csv = tidy_csv(series);
  const CsvTable t = CsvTable::parse(csv, "export.csv");
  EXPECT_EQ(t.header(), (std::vector<std::string>{"table", "area", "key", "measure", "month", "value", "unit"}));
  ASSERT_EQ(t.rows().size(), 4U);
  EXPECT_THAT(t.rows()[0].cells, testing::ElementsAre("indicator", "GM0193", "gp_wait_mean", "", "2024-11",
                                                      "0.30000000000000004", "months"));
  EXPECT_EQ(t.text(t.rows()[2], "month"), "2025-01") << "months run on over the year's end";
  EXPECT_EQ(t.number(t.rows()[1], "value"), 1e300);
  EXPECT_EQ(t.number(t.rows()[3], "value"), 1234567.891);
  EXPECT_EQ(t.text(t.rows()[3], "measure"), "gp");
  EXPECT_EQ(tidy_csv({}), "table,area,key,measure,month,value,unit\n");
  const std::string quoted = tidy_csv({{"comparison", "regio, \"quoted\"", "net", "p50", "EUR", "2024-01", {1.0}}});
  EXPECT_THAT(quoted, testing::HasSubstr("comparison,\"regio, \"\"quoted\"\"\",net,p50,2024-01,1,EUR\n"));
}

// Concordance with the CSV outputs of a real run, through the store: every row of indicators.csv,
// places.csv, workforce.csv and costs.csv is a row of the tidy CSV of the stored series, to the bit.
TEST(SeriesOfResult, AgreeWithTheCsvOutputsThroughTheStore) {
  using namespace testing_support;
  const Region region = sampled(embedded_region("haaglanden"), 0.01);
  Simulation simulation(region, ParameterSet{}, RunPlan{YearMonth(2024, 11), YearMonth(2025, 2), 3, 1, {}});
  simulation.run();
  const SimulationResult& result = simulation.result();

  const ScratchDir dir("result-series");
  ResultStore store(dir.path() / "regiotwin.sqlite");
  RunRecord record;
  record.region_id = region.id;
  const RunId id = store.begin_run(record);
  store.finish_run(id, {{}, series_of_result(result, region.id), {}});
  const std::string tidy = tidy_csv(store.series(id));
  std::set<std::string> rows;
  std::istringstream lines(tidy);
  for (std::string line; std::getline(lines, line);) rows.insert(line);

  // month,gm_code,<key>[,<measure>],value,unit as table,area,key,measure,month,value,unit
  const auto check = [&](const std::string& csv, const std::string& table, bool has_measure) {
    const CsvTable t = CsvTable::parse(csv, table);
    ASSERT_FALSE(t.rows().empty());
    for (const CsvTable::Row& row : t.rows()) {
      const std::vector<std::string>& c = row.cells;
      const std::string measure = has_measure ? c[3] : "";
      const std::string& value = c[has_measure ? 4 : 3];
      const std::string& unit = c[has_measure ? 5 : 4];
      const std::string tidy_row =
          table + "," + c[1] + "," + c[2] + "," + measure + "," + c[0] + "," + value + "," + unit;
      ASSERT_TRUE(rows.contains(tidy_row)) << tidy_row;
    }
  };
  check(indicators_csv(result), "indicator", false);
  check(places_csv(result), "place", true);
  check(workforce_csv(result), "workforce", true);
  check(costs_csv(result), "cost", true);
  EXPECT_TRUE(rows.contains(
      fmt::format("indicator,haaglanden,population,,2025-02,{},persons", result.region(3, Indicator::population))));
}

}  // namespace
}  // namespace regiotwin
