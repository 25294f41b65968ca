#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/errors.hpp"
#include "io/csv.hpp"
#include "results/digest.hpp"
#include "results/indicators_csv.hpp"
#include "results/output_dir.hpp"
#include "test_support.hpp"

namespace regiotwin {

using namespace testing_support;
namespace fs = std::filesystem;

TEST(IndicatorsCsv, TidyRowsThatReadBackExactly) {
  SimulationResult r(YearMonth(2024, 12), 2, {"GM0001", "GM0002"}, {"A", "B"});
  r.at(1, 1, Indicator::gp_wait_mean) = 0.1 + 0.2;  // not representable in few digits
  r.at(0, 0, Indicator::cost_zvw) = 1234567.891;
  const CsvTable t = CsvTable::parse(indicators_csv(r), "indicators.csv");
  EXPECT_EQ(t.header(), (std::vector<std::string>{"month", "gm_code", "indicator", "value", "unit"}));
  ASSERT_EQ(t.rows().size(), 2U * 2U * n_indicators);
  bool found = false;
  for (const auto& row : t.rows()) {
    if (t.text(row, "month") == "2025-01" && t.text(row, "gm_code") == "GM0002" &&
        t.text(row, "indicator") == "gp_wait_mean") {
      EXPECT_EQ(t.number(row, "value"), 0.1 + 0.2);
      EXPECT_EQ(t.text(row, "unit"), "months");
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST(Digest, KnownFnv1aVectors) {
  EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(fnv1a64("foobar"), 0x85944171f73967e8ULL);
}

TEST(StagedOutput, NothingAppearsUntilCommit) {
  const ScratchDir dir("staged");
  const fs::path target = dir.path() / "out";
  {
    StagedOutput out(target);
    write_text_file(out.path("run.json"), "{}");
    EXPECT_FALSE(fs::exists(target));
  }  // abandoned, as when a run fails
  EXPECT_FALSE(fs::exists(target));
  EXPECT_TRUE(fs::is_empty(dir.path())) << "the staging folder must be removed";
  {
    StagedOutput out(target);
    write_text_file(out.path("run.json"), "{\"n\": 1}");
    EXPECT_EQ(out.commit(), target);
  }
  EXPECT_TRUE(fs::exists(target / "run.json"));
}

TEST(StagedOutput, ReplacesAnEarlierOutputButNothingElse) {
  const ScratchDir dir("staged2");
  const fs::path target = dir.path() / "out";
  for (const char* content : {"first", "second"}) {
    StagedOutput out(target);
    write_text_file(out.path("run.json"), content);
    (void)out.commit();
  }
  std::ifstream in(target / "run.json");
  std::string text;
  in >> text;
  EXPECT_EQ(text, "second");

  const fs::path precious = dir.path() / "precious";
  fs::create_directories(precious);
  write_file(precious / "notes.txt", "mine");
  EXPECT_THAT([&] { StagedOutput out(precious); },
              testing::ThrowsMessage<OutputError>(testing::HasSubstr("is not an earlier regiotwin output")));
  EXPECT_TRUE(fs::exists(precious / "notes.txt"));
}

}  // namespace regiotwin
