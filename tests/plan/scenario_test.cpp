#include "plan/scenario.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace regiotwin {

using testing::HasSubstr;
using testing::ThrowsMessage;
using namespace testing_support;

class ScenarioFile : public testing::Test {
 protected:
  Scenario load(const std::string& text) {
    write_file(file_, text);
    return load_scenario(file_);
  }
  ScratchDir dir_{"scenario"};
  std::filesystem::path file_ = dir_.path() / "plan.yaml";
};

TEST_F(ScenarioFile, ReadsEveryKey) {
  const Scenario s = load(
      "name: meer huisartsen\nregion: haaglanden\nfrom: 2025-01\nto: 2030-12\nseed: 9\n"
      "parameters:\n  gp_per_10000: 7.5\n");
  EXPECT_EQ(s.name, "meer huisartsen");
  EXPECT_EQ(s.region, "haaglanden");
  EXPECT_EQ(s.from->str(), "2025-01");
  EXPECT_EQ(s.to->str(), "2030-12");
  EXPECT_EQ(s.seed, 9U);
  ASSERT_EQ(s.parameters.size(), 1U);
  EXPECT_EQ(s.parameters[0].name, "gp_per_10000");
}

TEST_F(ScenarioFile, EveryProblemNamesItsLine) {
  EXPECT_THAT([&] { (void)load("region: haaglanden\nhorizon: 2030\n"); },
              ThrowsMessage<ValidationError>(HasSubstr("plan.yaml:2:1: field 'horizon': unknown key")));
  EXPECT_THAT(
      [&] { (void)load("from: 2025-13\n"); },
      ThrowsMessage<ValidationError>(HasSubstr("plan.yaml:1:7: field 'from': from: expected a month as YYYY-MM")));
  EXPECT_THAT([&] { (void)load("from: 2030-01\nto: 2025-01\n"); },
              ThrowsMessage<ValidationError>(HasSubstr("plan.yaml:2:5: field 'to': ends before 'from' (2030-01)")));
  EXPECT_THAT([&] { (void)load("seed: -3\n"); },
              ThrowsMessage<ValidationError>(HasSubstr("plan.yaml:1:7: field 'seed': expected a whole number")));
  EXPECT_THAT([&] { (void)load("parameters:\n  gp_per_10000: 99\n"); },
              ThrowsMessage<ValidationError>(HasSubstr("plan.yaml:2:17: field 'gp_per_10000'")));
  EXPECT_THAT([&] { (void)load("region: [unclosed\n"); }, ThrowsMessage<InputError>(HasSubstr("not valid YAML")));
}

}  // namespace regiotwin
