#include "region/routing_csv.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/parameters.hpp"
#include "region/pack.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

using testing::HasSubstr;
using testing::ThrowsMessage;
using namespace testing_support;
namespace fs = std::filesystem;

fs::path fixture(const std::string& name) { return fixture_file("routing", name); }

void expect_same_rows(const PackRouting& a, const PackRouting& b) {
  ASSERT_EQ(a.rows.size(), b.rows.size());
  for (std::size_t i = 0; i < a.rows.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(a.rows[i].type, b.rows[i].type);
    EXPECT_EQ(a.rows[i].place, b.rows[i].place);
    EXPECT_EQ(a.rows[i].share, b.rows[i].share) << "written shares read back exactly";
    EXPECT_EQ(a.rows[i].source, b.rows[i].source);
  }
}

TEST(RoutingCsv, GoodFileReadsAndRoundTrips) {
  const PackRouting read = read_routing_csv(fixture("good.csv"));
  ASSERT_EQ(read.rows.size(), 6U);
  EXPECT_EQ(read.file, fixture("good.csv").string());
  EXPECT_EQ(read.rows[0].type, QuestionType::social);
  EXPECT_EQ(read.rows[0].place, Place::gp);
  EXPECT_DOUBLE_EQ(read.rows[0].share, 0.30);
  EXPECT_EQ(read.rows[0].source, "Test region, GP registration 2024");
  EXPECT_EQ(read.rows[0].line, 4) << "after two comment lines and the header";
  EXPECT_EQ(read.rows[4].source, "Assumption, \"to calibrate\"");
  EXPECT_TRUE(read.lists(QuestionType::youth));
  EXPECT_FALSE(read.lists(QuestionType::medical));

  const PackRouting again = parse_routing_csv(routing_csv_text(read), "written.csv");
  expect_same_rows(read, again);
}

// The national defaults, written as a routing.csv, pass the same checks as a user's file and read
// back as the same table.
TEST(RoutingCsv, DefaultTablePassesTheSameValidation) {
  const RoutingTable defaults = default_routing_table(ParameterSet{});
  const std::string text = routing_csv_text(routing_rows(defaults, "parameter registry"));
  PackRouting read;
  ASSERT_NO_THROW(read = parse_routing_csv(text, "defaults.csv")) << text;
  for (std::size_t t = 0; t < n_question_types; ++t) EXPECT_TRUE(read.lists(static_cast<QuestionType>(t)));
  EXPECT_EQ(with_pack_rows(RoutingTable{}, read).entry, defaults.entry);
}

TEST(RoutingCsv, PackRowsReplaceTheDefaultsOfTheirTypesOnly) {
  const RoutingTable defaults = default_routing_table(ParameterSet{});
  const RoutingTable merged = with_pack_rows(defaults, read_routing_csv(fixture("good.csv")));
  EXPECT_DOUBLE_EQ(merged.share(QuestionType::social, Place::gp), 0.30);
  EXPECT_DOUBLE_EQ(merged.share(QuestionType::social, Place::poh_ggz), 0.0) << "not in the file: no longer an entry";
  EXPECT_DOUBLE_EQ(merged.share(QuestionType::youth, Place::gp), 0.0);
  EXPECT_EQ(merged.entry[type_index(QuestionType::medical)], defaults.entry[type_index(QuestionType::medical)]);
}

struct Malformed {
  std::string file;
  std::string message;  // after "<path>:"
};

class MalformedRoutingCsv : public testing::TestWithParam<Malformed> {};

TEST_P(MalformedRoutingCsv, NamesFileLineAndColumn) {
  const Malformed& c = GetParam();
  const std::string path = fixture(c.file).string();
  EXPECT_THAT([&] { (void)read_routing_csv(path); }, ThrowsMessage<InputError>(HasSubstr(path + ":" + c.message)));
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, MalformedRoutingCsv,
    testing::Values(
        Malformed{"unknown_type.csv",
                  "3: field 'question_type': expected a question type (medical, social, mental_mild, mental_severe, "
                  "support_at_home, home_nursing, youth, long_term_care, work_income), got 'sociaal'"},
        Malformed{"unknown_place.csv",
                  "3: field 'place': expected a place (gp, poh_ggz, wijkteam, welzijn, basic_ggz, specialist_ggz, "
                  "wijkverpleging, wmo_provider, youth_care, wlz_provider, work_income_desk), got 'huisarts' (for "
                  "huisarts write gp)"},
        Malformed{"non_numeric_share.csv",
                  "2: field 'share': expected a number (with '.' as decimal point), got '0,45'"},
        Malformed{"share_out_of_range.csv", "2: field 'share': expected a share in [0, 1], got 1.2"},
        Malformed{"duplicate.csv", "4: field 'place': social at gp is given twice (first on line 2)"},
        Malformed{"not_summing.csv",
                  "3: field 'share': the shares of social on lines 3, 5 add up to 0.8; they must add up to 1 (within "
                  "1e-06)"},
        Malformed{"missing_column.csv",
                  "1: field 'share': missing column; the header has: question_type, place, "
                  "source"},
        Malformed{"no_rows.csv", " no rows; list the entry shares of at least one question type"}),
    [](const testing::TestParamInfo<Malformed>& p) { return p.param.file.substr(0, p.param.file.find('.')); });

TEST(RoutingCsv, SharesWithinTheToleranceAddUp) {
  EXPECT_NO_THROW(
      (void)parse_routing_csv("question_type,place,share,source\nsocial,gp,0.3333333,x\n"
                              "social,welzijn,0.3333333,x\nsocial,wijkteam,0.3333334,x\n",
                              "thirds.csv"));
  EXPECT_THROW((void)parse_routing_csv("question_type,place,share,source\nsocial,gp,0.333,x\n"
                                       "social,welzijn,0.333,x\nsocial,wijkteam,0.333,x\n",
                                       "thirds.csv"),
               InputError);
}

class PackWithRouting : public testing::Test {
 protected:
  void SetUp() override { fs::copy(embedded_regions() / "haaglanden", dir_.path(), fs::copy_options::recursive); }
  RegionPack load() {
    ParameterSet params;
    return load_region_pack(dir_.path(), params);
  }
  ScratchDir dir_{"routing-pack"};
};

TEST_F(PackWithRouting, WithoutTheFileTheDefaultsApply) { EXPECT_FALSE(load().region.routing.has_value()); }

TEST_F(PackWithRouting, ReadsTheFileAndCountsItAsAnInput) {
  fs::copy_file(fixture("good.csv"), dir_.path() / "routing.csv");
  const RegionPack pack = load();
  ASSERT_TRUE(pack.region.routing.has_value());
  EXPECT_EQ(pack.region.routing->rows.size(), 6U);
  EXPECT_NE(std::find(pack.files.begin(), pack.files.end(), dir_.path() / "routing.csv"), pack.files.end());
}

TEST_F(PackWithRouting, ABrokenFileIsAnInputError) {
  fs::copy_file(fixture("not_summing.csv"), dir_.path() / "routing.csv");
  try {
    (void)load();
    FAIL() << "expected an InputError";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::input) << "the CLI exits with 3";
    EXPECT_THAT(e.what(), HasSubstr((dir_.path() / "routing.csv").string() + ":3: field 'share'"));
  }
}

}  // namespace
}  // namespace regiotwin
