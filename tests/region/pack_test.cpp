#include "region/pack.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace regiotwin {
namespace {

using testing::HasSubstr;
using testing::ThrowsMessage;
using namespace testing_support;
namespace fs = std::filesystem;

TEST(EmbeddedPacks, RegioZwolleHasItsTwelveMunicipalities) {
  const Region r = embedded_region("regio-zwolle");
  EXPECT_EQ(r.id, "regio-zwolle");
  EXPECT_EQ(r.zorgkantoorregio, "ZK32");
  ASSERT_EQ(r.municipalities.size(), 12U);
  EXPECT_EQ(r.municipalities[0].code, "GM0193");
  EXPECT_EQ(r.municipalities[0].population, 132429);  // Zwolle 1 Jan 2023, facts.md
  EXPECT_EQ(r.population(), 475751);
}

TEST(EmbeddedPacks, HaaglandenIsZorgkantoorregioTen) {
  const Region r = embedded_region("haaglanden");
  EXPECT_EQ(r.zorgkantoorregio, "ZK10");
  EXPECT_EQ(r.insurer, "CZ");
  ASSERT_EQ(r.municipalities.size(), 5U);
  EXPECT_NE(r.find("GM0518"), nullptr);
  EXPECT_EQ(r.find("GM0503"), nullptr) << "Delft belongs to ZK33, not Haaglanden";
  EXPECT_EQ(r.population(), 859119);
}

TEST(EmbeddedPacks, BandsAddUpAndEstimatesAreLabelled) {
  for (const char* id : {"regio-zwolle", "haaglanden"}) {
    for (const Municipality& m : embedded_region(id).municipalities) {
      long long total = 0;
      for (const BandCount& b : m.age_bands) {
        total += b.count;
        if (b.estimate) {
          EXPECT_THAT(b.source, HasSubstr("estimate")) << m.code;
        }
      }
      EXPECT_EQ(total, m.population) << m.code;
    }
  }
  EXPECT_FALSE(embedded_region("regio-zwolle").municipalities[0].age_bands[0].estimate) << "Zwolle's are published";
}

class BrokenPack : public testing::Test {
 protected:
  void SetUp() override { fs::copy(embedded_regions() / "haaglanden", dir_.path(), fs::copy_options::recursive); }
  // Replaces the first occurrence of `from` in a pack file.
  void edit(const std::string& file, const std::string& from, const std::string& to) {
    std::ifstream in(dir_.path() / file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto pos = text.find(from);
    ASSERT_NE(pos, std::string::npos) << from;
    write_file(dir_.path() / file, text.replace(pos, from.size(), to));
  }
  void load() {
    ParameterSet params;
    (void)load_region_pack(dir_.path(), params);
  }
  std::string file(const std::string& name) { return (dir_.path() / name).string(); }
  ScratchDir dir_{"pack"};
};

TEST_F(BrokenPack, CopyLoadsUnchanged) { EXPECT_NO_THROW(load()); }

TEST_F(BrokenPack, NonNumericPopulation) {
  edit("municipalities.csv", "565701", "565.701");
  EXPECT_THAT([&] { load(); }, ThrowsMessage<InputError>(HasSubstr(file("municipalities.csv") +
                                                                   ":2: field 'population': expected a whole number")));
}

TEST_F(BrokenPack, BadMunicipalityCode) {
  edit("municipalities.csv", "GM0603", "0603");
  EXPECT_THAT([&] { load(); }, ThrowsMessage<ValidationError>(HasSubstr(
                                   ":4: field 'gm_code': expected a CBS municipality code like GM0193, got '0603'")));
}

TEST_F(BrokenPack, BandsThatDoNotAddUp) {
  edit("age_bands.csv", "GM0518,0-4,men,14515", "GM0518,0-4,men,14197");
  EXPECT_THAT([&] { load(); }, ThrowsMessage<ValidationError>(HasSubstr(
                                   "age bands add up to 565383 residents but municipalities.csv gives 565701")));
}

TEST_F(BrokenPack, BandsWithAGap) {
  edit("age_bands.csv", "GM0518,20-24,men", "GM0518,21-24,men");
  EXPECT_THAT([&] { load(); }, ThrowsMessage<ValidationError>(HasSubstr("expected a band starting at 20, got 21-24")));
}

TEST_F(BrokenPack, UnknownSexAndStatus) {
  edit("age_bands.csv", "GM0518,0-4,men", "GM0518,0-4,both");
  EXPECT_THAT([&] { load(); }, ThrowsMessage<ValidationError>(
                                   HasSubstr(":2: field 'sex': expected 'all', 'men' or 'women', got 'both'")));
}

TEST_F(BrokenPack, UnknownKeyInRegionYaml) {
  edit("region.yaml", "insurer:", "verzekeraar:");
  EXPECT_THAT([&] { load(); }, ThrowsMessage<ValidationError>(
                                   HasSubstr(file("region.yaml") + ":6:1: field 'verzekeraar': unknown key")));
}

TEST_F(BrokenPack, MissingColumn) {
  edit("age_bands.csv", "gm_code,age_band", "gm_code,ageband");
  EXPECT_THAT([&] { load(); }, ThrowsMessage<InputError>(HasSubstr(":1: field 'age_band': missing column")));
}

TEST_F(BrokenPack, ParameterOverridesAreAppliedAndChecked) {
  write_file(dir_.path() / "parameters.yaml", "parameters:\n  gp_per_10000: 7.1\n");
  ParameterSet params;
  const RegionPack pack = load_region_pack(dir_.path(), params);
  EXPECT_EQ(params.real("gp_per_10000"), 7.1);
  EXPECT_EQ(pack.files.size(), 4U);
  write_file(dir_.path() / "parameters.yaml", "parameters:\n  gp_per_10000: -7\n");
  EXPECT_THAT([&] { load(); }, ThrowsMessage<ValidationError>(HasSubstr("parameters.yaml:2:17: field 'gp_per_10000'")));
}

TEST(RegionCatalog, ResolvesIdsAndPathsAndListsTheAvailable) {
  const RegionCatalog catalog(embedded_regions());
  EXPECT_THAT(catalog.ids(), testing::ElementsAre("haaglanden", "nl-synthetic", "regio-zwolle"));
  EXPECT_EQ(catalog.resolve("haaglanden"), embedded_regions() / "haaglanden");
  EXPECT_EQ(catalog.resolve((embedded_regions() / "haaglanden").string()), embedded_regions() / "haaglanden");
  EXPECT_THAT([&] { (void)catalog.resolve("nowhere"); },
              ThrowsMessage<ValidationError>(
                  HasSubstr("unknown region 'nowhere'; available: haaglanden, nl-synthetic, regio-zwolle")));
  EXPECT_THROW((void)catalog.resolve("./no/such/pack"), InputError);
}

}  // namespace
}  // namespace regiotwin
