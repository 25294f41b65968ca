#include "region/statline.hpp"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "io/csv.hpp"
#include "region/pack_writer.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

using testing::HasSubstr;
using testing::ThrowsMessage;
using namespace testing_support;
namespace fs = std::filesystem;

fs::path fixture(const std::string& name) { return fixture_file("statline", name); }

const fs::path five_year = fixture("03759ned_TypedDataSet_5jaar.csv");
const fs::path single_years = fixture("03759ned_UntypedDataSet_1jaar.csv");
const fs::path kwb = fixture("85984NED_UntypedDataSet_kwb2024.csv");
const std::vector<std::string> three = {"GM0193", "GM0166", "GM0148"};

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(' ');
  return first == std::string::npos ? std::string{} : text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// The fixture's figures as the test reads them, independently of statline.cpp: key
// "GM0193/3000/70100" -> count, for one period.
std::map<std::string, long long> fixture_figures(const fs::path& file, const std::string& period) {
  const CsvTable csv = CsvTable::read(file, ';');
  std::map<std::string, long long> out;
  for (const auto& row : csv.rows()) {
    if (trimmed(csv.text(row, "Perioden")) != period) continue;
    const std::string key = trimmed(csv.text(row, "RegioS")) + "/" + trimmed(csv.text(row, "Geslacht")) + "/" +
                            trimmed(csv.text(row, "Leeftijd"));
    out[key] = std::stoll(trimmed(csv.text(row, "BevolkingOp1Januari_1")));
  }
  return out;
}

// The Leeftijd code of a five-year band, as in the fixture.
std::string five_year_code(const AgeBand& band) {
  return band.from == 95 ? "22000" : std::to_string(70100 + 100 * (band.from / 5));
}

Region import_region(const std::vector<fs::path>& files, const std::vector<std::string>& codes,
                     std::vector<std::string>& notes) {
  return statline_region(read_statline(files, codes), RegionIdentity{"test", "Test", "", ""}, notes);
}

// ---- reading ---------------------------------------------------------------------------------

TEST(StatLine, FiveYearClassesBySexFromTheLatestPeriod) {
  const StatLineImport data = read_statline({five_year}, three);
  ASSERT_EQ(data.population.size(), 3U);
  EXPECT_TRUE(data.households.empty());
  const auto figures = fixture_figures(five_year, "2024JJ00");
  for (const StatLinePopulation& p : data.population) {
    EXPECT_EQ(p.year, 2024) << "2024JJ00 is the latest of the two periods";
    EXPECT_EQ(p.total, figures.at(p.code + "/T001038/10000")) << p.code;
    ASSERT_EQ(p.bands.size(), 40U) << "20 classes for men and 20 for women";
    for (const BandCount& b : p.bands) {
      ASSERT_TRUE(b.sex.has_value());
      const std::string sex = *b.sex == Sex::men ? "3000" : "4000";
      EXPECT_EQ(b.count, figures.at(p.code + "/" + sex + "/" + five_year_code(b.band)))
          << p.code << " " << b.band.label();
    }
  }
  EXPECT_EQ(data.population[0].bands.back().band, (AgeBand{95, max_age}));
}

TEST(StatLine, SingleYearsDoNotCountTheOpenClassOverThemTwice) {
  const StatLineImport data = read_statline({single_years}, {"GM0166"});
  const StatLinePopulation& p = data.population.at(0);
  EXPECT_EQ(p.total, 55399);
  ASSERT_EQ(p.bands.size(), 106U) << "0..104 and 105+, not 95+";
  EXPECT_FALSE(p.bands[0].sex.has_value());
  EXPECT_EQ(p.bands[0].band, (AgeBand{0, 0}));
  EXPECT_EQ(p.bands.back().band, (AgeBand{105, max_age}));
}

TEST(StatLine, KwbHouseholdsAndTheirFile) {
  const StatLineImport data = read_statline({kwb, five_year}, three);
  ASSERT_EQ(data.households.size(), 3U);
  const StatLineHouseholds& zwolle = data.households[0];
  EXPECT_EQ(zwolle.code, "GM0193");
  EXPECT_EQ(zwolle.title, "Zwolle");
  EXPECT_EQ(zwolle.total, 61240);
  EXPECT_EQ(zwolle.one_person, 25110);
  EXPECT_EQ(zwolle.without_children, 17230);
  EXPECT_EQ(zwolle.with_children, 18900);
  EXPECT_EQ(zwolle.low_income_percent, 38.6);
  EXPECT_FALSE(data.households[1].low_income_percent.has_value()) << "Kampen has '.'";
}

TEST(StatLine, TitlesNameTheMunicipalities) {
  const ScratchDir dir("statline-labels");
  const fs::path file = dir.path() / "export.csv";
  std::string text = "ID,Geslacht,Leeftijd,RegioS,RegioS_label,Perioden,BevolkingOp1Januari_1\n";
  text += "0,T001038,10000,GM0193,Zwolle,2024JJ00,7\n1,T001038,70100,GM0193,Zwolle,2024JJ00,3\n";
  text += "2,T001038,70200,GM0193,Zwolle,2024JJ00,4\n";
  for (int code = 70300; code <= 71900; code += 100)
    text += fmt::format("3,T001038,{},GM0193,Zwolle,2024JJ00,0\n", code);
  text += "4,T001038,22000,GM0193,Zwolle,2024JJ00,0\n";
  write_file(file, text);
  std::vector<std::string> notes;
  const Region r = import_region({file}, {"GM0193"}, notes);
  EXPECT_EQ(r.municipalities.at(0).name, "Zwolle");
  EXPECT_EQ(r.municipalities.at(0).population, 7);
  EXPECT_TRUE(notes.empty());
}

// ---- the round trip: fixture -> pack -> load_region_pack --------------------------------------

TEST(StatLineRoundTrip, PackHasTheFixturesTotalsBandsAndHouseholds) {
  std::vector<std::string> notes;
  const StatLineImport data = read_statline({five_year, kwb}, three);
  const Region imported = statline_region(data, RegionIdentity{"drie", "Drie gemeenten", "", ""}, notes);
  const ScratchDir dir("statline-roundtrip");
  write_region_pack(imported, statline_sources(data), dir.path());
  ParameterSet params;
  const RegionPack pack = load_region_pack(dir.path(), params);
  const Region& r = pack.region;
  EXPECT_EQ(pack.files.size(), 4U) << "region.yaml, municipalities.csv, age_bands.csv, households.csv";
  EXPECT_EQ(r.id, "drie");

  const auto figures = fixture_figures(five_year, "2024JJ00");
  ASSERT_EQ(r.municipalities.size(), 3U);
  for (const Municipality& m : r.municipalities) {
    EXPECT_EQ(m.population, figures.at(m.code + "/T001038/10000")) << m.code;
    EXPECT_EQ(m.reference_year, 2024);
    EXPECT_EQ(m.source, "CBS 03759ned, 03759ned_TypedDataSet_5jaar.csv");
    ASSERT_EQ(m.age_bands.size(), 40U);
    for (const BandCount& b : m.age_bands) {
      const std::string sex = *b.sex == Sex::men ? "3000" : "4000";
      EXPECT_EQ(b.count, figures.at(m.code + "/" + sex + "/" + five_year_code(b.band))) << m.code << b.band.label();
      EXPECT_FALSE(b.estimate);
    }
  }
  EXPECT_EQ(r.municipalities[0].name, "Zwolle") << "from Gemeentenaam_1";

  const HouseholdCounts& zwolle = r.municipalities[0].households.value();
  EXPECT_EQ(zwolle.households, 61240);
  EXPECT_EQ(zwolle.one_person, 25110);
  EXPECT_EQ(zwolle.without_children, 17230);
  EXPECT_EQ(zwolle.with_children, 18900);
  EXPECT_EQ(zwolle.reference_year, 2024);
  EXPECT_FALSE(zwolle.estimate);
  EXPECT_EQ(r.municipalities[0].deprivation_index, 0.965) << "38.6% of households among the national lowest 40%";
  EXPECT_EQ(r.municipalities[1].deprivation_index, 1.0) << "Kampen has no low-income figure";

  // Dalfsen's types add up to 11860 of 11870 households: scaled to the total, marked estimate.
  const HouseholdCounts& dalfsen = r.municipalities[2].households.value();
  EXPECT_EQ(dalfsen.households, 11870);
  EXPECT_EQ(dalfsen.one_person + dalfsen.without_children + dalfsen.with_children, 11870);
  EXPECT_NEAR(static_cast<double>(dalfsen.one_person), 3510.0 * 11870 / 11860, 1.0);
  EXPECT_TRUE(dalfsen.estimate);
  EXPECT_THAT(dalfsen.source, HasSubstr("scaled"));
  for (const Municipality& m : imported.municipalities) {
    const Municipality& loaded = *r.find(m.code);
    EXPECT_EQ(loaded.households->households, m.households->households);
    EXPECT_EQ(loaded.households->one_person, m.households->one_person);
    EXPECT_EQ(loaded.deprivation_index, m.deprivation_index) << "written so it reads back exactly";
  }
  EXPECT_THAT(notes, testing::ElementsAre(HasSubstr("GM0166 has no k_40HuishoudensMetLaagsteInkomen_84 figure")));
}

// ---- broken exports: each error names file, line and column ------------------------------------

class BrokenExport : public testing::Test {
 protected:
  // A copy of `original` with the first `from` after the start of line `line` replaced.
  fs::path edited(const fs::path& original, long line, const std::string& from, const std::string& to) {
    std::string text = read_text(original);
    std::size_t start = 0;
    for (long l = 1; l < line; ++l) start = text.find('\n', start) + 1;
    const auto pos = text.find(from, start);
    EXPECT_NE(pos, std::string::npos) << from;
    const fs::path file = dir_.path() / original.filename();
    write_file(file, text.replace(pos, from.size(), to));
    return file;
  }
  static void read(const fs::path& file, const std::vector<std::string>& codes = three) {
    (void)read_statline({file}, codes);
  }
  static void read_with_kwb(const fs::path& kwb_file) { (void)read_statline({five_year, kwb_file}, three); }
  ScratchDir dir_{"statline-broken"};
};

TEST_F(BrokenExport, MissingColumn) {
  const fs::path file = edited(five_year, 1, "\"Perioden\"", "\"Periode\"");
  EXPECT_THAT([&] { read(file); },
              ThrowsMessage<InputError>(HasSubstr(file.string() + ":1: field 'Perioden': missing column")));
}

TEST_F(BrokenExport, UnknownColumnThatCouldCountTwice) {
  const fs::path file = edited(five_year, 1, "\"BurgerlijkeStaat\"", "\"Migratieachtergrond\"");
  EXPECT_THAT([&] { read(file); },
              ThrowsMessage<InputError>(HasSubstr(file.string() + ":1: field 'Migratieachtergrond': unknown column")));
}

TEST_F(BrokenExport, UnknownLeeftijdCode) {
  const fs::path file = edited(five_year, 5, "\"70300\"", "\"70350\"");
  EXPECT_THAT(
      [&] { read(file); },
      ThrowsMessage<ValidationError>(HasSubstr(file.string() + ":5: field 'Leeftijd': unknown Leeftijd code '70350'")));
}

TEST_F(BrokenExport, UnknownGeslachtCode) {
  const fs::path file = edited(five_year, 30, "\"3000", "\"3001");
  EXPECT_THAT([&] { read(file); }, ThrowsMessage<ValidationError>(
                                       HasSubstr(file.string() + ":30: field 'Geslacht': unknown Geslacht code")));
}

TEST_F(BrokenExport, NonNumericCell) {
  const fs::path file = edited(single_years, 5, "      1687", "   1.687,0");
  EXPECT_THAT([&] { read(file, {"GM0193"}); },
              ThrowsMessage<InputError>(
                  HasSubstr(file.string() + ":5: field 'BevolkingOp1Januari_1': expected a whole number")));
}

TEST_F(BrokenExport, UnknownRegioS) {
  const fs::path file = edited(single_years, 3, "GM0193  ", "Zwolle  ");
  EXPECT_THAT(
      [&] { read(file, {"GM0193"}); },
      ThrowsMessage<ValidationError>(HasSubstr(
          file.string() + ":3: field 'RegioS': expected a CBS region code such as GM0193 or NL01, got 'Zwolle'")));
}

TEST_F(BrokenExport, UnknownPeriod) {
  const fs::path file = edited(five_year, 2, "2023JJ00", "2023KW01");
  EXPECT_THAT([&] { read(file); },
              ThrowsMessage<ValidationError>(HasSubstr(file.string() + ":2: field 'Perioden': expected a year")));
}

TEST_F(BrokenExport, AgesThatDoNotAddUpToTheTotal) {
  const fs::path file = edited(single_years, 2, "    132429", "    132430");
  EXPECT_THAT([&] { read(file, {"GM0193"}); },
              ThrowsMessage<ValidationError>(HasSubstr(
                  file.string() + ":2: field 'BevolkingOp1Januari_1': GM0193 2024JJ00: the age classes add up to "
                                  "132429 but the total (Leeftijd 10000) is 132430")));
}

TEST_F(BrokenExport, AMissingFigureLeavesAGap) {
  const fs::path file = edited(single_years, 12, "\"      1686\"", "\"         .\"");  // age 9 of Zwolle
  EXPECT_THAT(
      [&] { read(file, {"GM0193"}); },
      ThrowsMessage<ValidationError>(HasSubstr("none starts at age 9 (" + file.string() + ":12 has no figure)")));
}

TEST_F(BrokenExport, RowsTwice) {
  EXPECT_THAT(
      [&] {
        (void)read_statline({single_years, single_years}, {"GM0193"});
      },
      ThrowsMessage<ValidationError>(HasSubstr(single_years.string() +
                                               ":2: GM0193 2024JJ00 Geslacht T001038 "
                                               "Leeftijd 10000 appears twice; first on " +
                                               single_years.string() + ":2")));
}

TEST_F(BrokenExport, RequestedMunicipalityMissing) {
  EXPECT_THAT(
      [&] {
        read(five_year, {"GM0193", "GM0999"});
      },
      ThrowsMessage<ValidationError>(HasSubstr("no rows for GM0999; the 03759ned export must include")));
  EXPECT_THAT(
      [&] {
        (void)read_statline({five_year, kwb}, {"GM0193", "GM0244"});
      },
      ThrowsMessage<ValidationError>(HasSubstr("no rows for GM0244")));
}

TEST_F(BrokenExport, KwbNonNumericHouseholds) {
  const fs::path file = edited(kwb, 3, "     61240", "    61.240");
  EXPECT_THAT(
      [&] { read_with_kwb(file); },
      ThrowsMessage<InputError>(HasSubstr(file.string() + ":3: field 'HuishoudensTotaal_29': expected a whole")));
}

TEST_F(BrokenExport, KwbMissingHouseholdColumn) {
  const fs::path file = edited(kwb, 1, "\"Eenpersoonshuishoudens_30\"", "\"Eenpersoonshuishoudens_29\"");
  EXPECT_THAT(
      [&] { read_with_kwb(file); },
      ThrowsMessage<InputError>(HasSubstr(file.string() + ":1: field 'Eenpersoonshuishoudens_30': missing column")));
}

TEST_F(BrokenExport, KwbPercentageOutOfRange) {
  const fs::path file = edited(kwb, 3, "      38.6", "     386.0");
  EXPECT_THAT([&] { read_with_kwb(file); },
              ThrowsMessage<InputError>(
                  HasSubstr(file.string() + ":3: field 'k_40HuishoudensMetLaagsteInkomen_84': expected a percentage")));
}

TEST_F(BrokenExport, NotAStatLineTableOrNoPopulation) {
  const fs::path other = dir_.path() / "other.csv";
  write_file(other, "\"Measure\";\"Value\";\"RegioS\"\n\"M1\";\"3\";\"GM0193\"\n");
  EXPECT_THAT([&] { read(other); },
              ThrowsMessage<InputError>(HasSubstr(other.string() + ":1: not a CBS StatLine export of table 03759ned")));
  EXPECT_THAT([&] { read(other); }, ThrowsMessage<InputError>(HasSubstr("OData 4 layout")));
  EXPECT_THAT([&] { read(kwb); }, ThrowsMessage<ValidationError>(HasSubstr("no export of table 03759ned")));
  EXPECT_THROW(read(dir_.path() / "absent.csv"), InputError);
}

// ---- zorgkantoorregio's ----------------------------------------------------------------------

TEST(Zorgkantoorregio, HaaglandenIsKnownOthersListTheKnown) {
  const Zorgkantoorregio& zk = find_zorgkantoorregio("ZK10");
  EXPECT_EQ(zk.name, "Haaglanden");
  EXPECT_THAT(zk.municipalities, testing::ElementsAre("GM0518", "GM1916", "GM0603", "GM0629", "GM0637"));
  const Region embedded = embedded_region("haaglanden");
  for (const std::string& code : zk.municipalities) EXPECT_NE(embedded.find(code), nullptr) << code;
  EXPECT_THAT(
      [] { (void)find_zorgkantoorregio("ZK99"); },
      ThrowsMessage<ValidationError>(HasSubstr("unknown zorgkantoorregio 'ZK99'; regiotwin knows ZK10 Haaglanden")));
}

// ---- writing a pack --------------------------------------------------------------------------

TEST(StagedPackFolder, RefusesANonEmptyFolderUnlessForcedAndLeavesNoStaging) {
  const ScratchDir dir("statline-staged");
  const fs::path target = dir.path() / "pack";
  fs::create_directories(target);
  write_file(target / "notes.txt", "mine");
  EXPECT_THAT([&] { StagedPackFolder staged(target, false); },
              ThrowsMessage<OutputError>(HasSubstr("exists and is not empty")));
  {
    StagedPackFolder abandoned(target, true);
    write_file(abandoned.path() / "region.yaml", "id: x\n");
  }
  EXPECT_TRUE(fs::exists(target / "notes.txt")) << "an uncommitted import changes nothing";
  StagedPackFolder staged(target, true);
  write_file(staged.path() / "region.yaml", "id: x\n");
  EXPECT_EQ(staged.commit(), target);
  EXPECT_FALSE(fs::exists(target / "notes.txt"));
  EXPECT_TRUE(fs::exists(target / "region.yaml"));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator{}), 1) << "no staging left";
}

}  // namespace
}  // namespace regiotwin
