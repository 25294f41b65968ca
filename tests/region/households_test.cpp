// households.csv and the deprivation_index column of municipalities.csv (docs/region-packs.md).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "region/pack.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

using testing::HasSubstr;
using testing::ThrowsMessage;
using namespace testing_support;
namespace fs = std::filesystem;

constexpr const char* header =
    "gm_code,households,one_person,without_children,with_children,reference_year,status,source\n";
constexpr const char* den_haag = "GM0518,277000,129000,72000,76000,2024,published,CBS 85984NED\n";
constexpr const char* zoetermeer = "GM0637,56000,19000,18000,19000,2024,estimate,\"estimate: types scaled, CBS\"\n";

class PackWithHouseholds : public testing::Test {
 protected:
  void SetUp() override { fs::copy(embedded_regions() / "haaglanden", dir_.path(), fs::copy_options::recursive); }
  RegionPack load() {
    ParameterSet params;
    return load_region_pack(dir_.path(), params);
  }
  void households(const std::string& rows) { write_file(dir_.path() / "households.csv", header + rows); }
  // Adds a deprivation_index column with one value per municipality (five in haaglanden).
  void deprivation(const std::vector<std::string>& values) {
    std::ifstream in(embedded_regions() / "haaglanden" / "municipalities.csv");
    std::string line;
    std::string out;
    for (std::size_t i = 0; std::getline(in, line); ++i) {
      out += line + "," + (i == 0 ? std::string("deprivation_index") : values.at(i - 1)) + "\n";
    }
    write_file(dir_.path() / "municipalities.csv", out);
  }
  std::string file(const std::string& name) { return (dir_.path() / name).string(); }
  ScratchDir dir_{"households"};
};

TEST_F(PackWithHouseholds, WithoutTheFileEveryMunicipalityHasTheNationalStructure) {
  const RegionPack pack = load();
  for (const Municipality& m : pack.region.municipalities) {
    EXPECT_FALSE(m.households.has_value());
    EXPECT_EQ(m.deprivation_index, 1.0);
  }
  EXPECT_EQ(pack.files.size(), 3U);
}

TEST_F(PackWithHouseholds, ReadsCountsStatusAndSourceAndListsTheFile) {
  households(std::string(den_haag) + zoetermeer);
  const RegionPack pack = load();
  const HouseholdCounts& h = pack.region.find("GM0518")->households.value();
  EXPECT_EQ(h.households, 277000);
  EXPECT_EQ(h.one_person, 129000);
  EXPECT_EQ(h.without_children, 72000);
  EXPECT_EQ(h.with_children, 76000);
  EXPECT_EQ(h.reference_year, 2024);
  EXPECT_FALSE(h.estimate);
  EXPECT_EQ(h.source, "CBS 85984NED");
  EXPECT_TRUE(pack.region.find("GM0637")->households->estimate);
  EXPECT_FALSE(pack.region.find("GM0603")->households.has_value()) << "no row: national structure";
  EXPECT_EQ(pack.files.back(), dir_.path() / "households.csv");
}

TEST_F(PackWithHouseholds, TypesMustAddUpToTheHouseholds) {
  households("GM0518,277000,129000,72000,75000,2024,published,x\n");
  EXPECT_THAT([&] { load(); }, ThrowsMessage<ValidationError>(HasSubstr(
                                   file("households.csv") +
                                   ":2: field 'households': one_person + without_children + with_children = 129000 + "
                                   "72000 + 75000 = 276000, but households is 277000")));
}

TEST_F(PackWithHouseholds, UnknownOrRepeatedMunicipality) {
  households(std::string(den_haag) + "GM0193,10,5,3,2,2024,published,x\n");
  EXPECT_THAT([&] { load(); },
              ThrowsMessage<ValidationError>(
                  HasSubstr(file("households.csv") + ":3: field 'gm_code': GM0193 is not in municipalities.csv")));
  households(std::string(den_haag) + den_haag);
  EXPECT_THAT([&] { load(); }, ThrowsMessage<ValidationError>(HasSubstr(":3: field 'gm_code': GM0518 appears twice")));
}

TEST_F(PackWithHouseholds, BadCellsNameLineAndColumn) {
  households("GM0518,277000,129 000,72000,76000,2024,published,x\n");
  EXPECT_THAT([&] { load(); }, ThrowsMessage<InputError>(
                                   HasSubstr(":2: field 'one_person': expected a whole number without separators")));
  households("GM0518,277000,129000,72000,76000,2024,gepubliceerd,x\n");
  EXPECT_THAT([&] { load(); }, ThrowsMessage<ValidationError>(HasSubstr(
                                   ":2: field 'status': expected 'published' or 'estimate', got 'gepubliceerd'")));
  households("GM0518,-1,0,0,-1,2024,published,x\n");
  EXPECT_THAT([&] { load(); },
              ThrowsMessage<ValidationError>(HasSubstr(":2: field 'households': expected a count of 0 or more")));
  write_file(dir_.path() / "households.csv", "gm_code,households,one_person\nGM0518,1,1\n");
  EXPECT_THAT([&] { load(); },
              ThrowsMessage<InputError>(HasSubstr(file("households.csv") + ":1: field 'without_children': missing")));
}

TEST_F(PackWithHouseholds, DeprivationIndexIsOptionalAndPositive) {
  deprivation({"1.25", "0.9", "1", "0.62", "1.1"});
  EXPECT_EQ(load().region.find("GM0518")->deprivation_index, 1.25);
  deprivation({"1.25", "0.9", "1", "0", "1.1"});
  EXPECT_THAT([&] { load(); }, ThrowsMessage<ValidationError>(HasSubstr(
                                   file("municipalities.csv") + ":5: field 'deprivation_index': expected a positive")));
}

TEST_F(PackWithHouseholds, DeprivationIndexMustBeANumber) {
  deprivation({"1.25", "hoog", "1", "0.62", "1.1"});
  EXPECT_THAT([&] { load(); },
              ThrowsMessage<InputError>(HasSubstr(":3: field 'deprivation_index': expected a number")));
}

}  // namespace
}  // namespace regiotwin
