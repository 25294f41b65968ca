#include "io/yaml.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace regiotwin {

using testing::HasSubstr;
using testing::ThrowsMessage;

std::vector<ParameterOverride> overrides(const std::string& text) {
  return read_parameter_overrides(YAML::Load(text)["parameters"], "s.yaml");
}

TEST(ParameterOverrides, ScalarsAndTablesApply) {
  const auto changes = overrides(
      "parameters:\n  gp_per_10000: 7.2\n  gp_contacts_per_person_year:\n"
      "    0-64: 4\n    65+: 9.5\n");
  ASSERT_EQ(changes.size(), 2U);
  ParameterSet p;
  for (const auto& c : changes) p.apply(c);
  EXPECT_EQ(p.real("gp_per_10000"), 7.2);
  EXPECT_EQ(p.table("gp_contacts_per_person_year").per_year()[90], 9.5);
}

TEST(ParameterOverrides, ProblemsNameTheLine) {
  EXPECT_THAT([] { (void)overrides("parameters:\n  gp_per_10000: 7\n  gp_per_1000: 3\n"); },
              ThrowsMessage<ValidationError>(HasSubstr("s.yaml:3:3: field 'gp_per_1000': unknown parameter")));
  EXPECT_THAT(
      [] { (void)overrides("parameters:\n  gp_per_10000: lots\n"); },
      ThrowsMessage<ValidationError>(HasSubstr("s.yaml:2:17: field 'gp_per_10000': expected a number, got 'lots'")));
  EXPECT_THAT(
      [] { (void)overrides("parameters:\n\n  gp_per_10000: 70\n"); },
      ThrowsMessage<ValidationError>(HasSubstr("s.yaml:3:17: field 'gp_per_10000': expected gp_per_10000 in [0, 50]")));
  EXPECT_THAT([] { (void)overrides("parameters:\n  gp_contacts_per_person_year:\n    0-60: 4\n    65+: 9\n"); },
              ThrowsMessage<ValidationError>(HasSubstr("s.yaml:2:3: field 'gp_contacts_per_person_year'")));
}

TEST(YamlKeys, UnknownKeysAreRejectedWithTheAllowedOnes) {
  const YAML::Node root = YAML::Load("id: x\nnmae: y\n");
  EXPECT_THAT(
      [&] {
        reject_unknown_keys(root, {"id", "name"}, "r.yaml");
      },
      ThrowsMessage<ValidationError>(HasSubstr("r.yaml:2:1: field 'nmae': unknown key; expected one of: id, name")));
}

}  // namespace regiotwin
