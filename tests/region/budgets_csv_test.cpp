#include "region/budgets_csv.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "core/parameters.hpp"
#include "region/pack.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

using testing::HasSubstr;
using namespace testing_support;
namespace fs = std::filesystem;

fs::path fixture(const std::string& name) { return fixture_file("budgets", name); }

// regio-zwolle's municipalities without the budgets of its pack, for the fixtures to fill.
Region without_budgets() {
  Region region = embedded_region("regio-zwolle");
  for (Municipality& m : region.municipalities) m.budgets = {};
  return region;
}

TEST(BudgetsCsv, GoodFileReadsIntoItsMunicipalities) {
  Region region = without_budgets();
  read_budgets_csv(fixture("good.csv"), region);
  const MunicipalBudgets& zwolle = region.find("GM0193")->budgets;
  ASSERT_EQ(zwolle.rows.size(), 2U);
  EXPECT_EQ(zwolle.rows[0].year, 2024);
  EXPECT_EQ(zwolle.rows[0].law, BudgetLaw::sociaal_domein);
  EXPECT_EQ(zwolle.rows[0].eur, 250'000'000.0);
  EXPECT_EQ(zwolle.rows[1].eur, 265'000'000.5);
  const MunicipalBudgets& kampen = region.find("GM0166")->budgets;
  ASSERT_EQ(kampen.rows.size(), 2U);
  EXPECT_EQ(kampen.in_force(BudgetLaw::jeugdwet, 2024), 0.0) << "a budget of zero is a budget";
  EXPECT_TRUE(region.find("GM0148")->budgets.empty()) << "no row, no budget";
}

// A year without a row keeps the latest earlier year's budget; before the first there is none.
TEST(BudgetsCsv, AYearWithoutARowKeepsTheLatestEarlierBudget) {
  Region region = without_budgets();
  read_budgets_csv(fixture("good.csv"), region);
  const MunicipalBudgets& zwolle = region.find("GM0193")->budgets;
  EXPECT_FALSE(zwolle.in_force(BudgetLaw::sociaal_domein, 2023).has_value());
  EXPECT_EQ(zwolle.in_force(BudgetLaw::sociaal_domein, 2024), 250'000'000.0);
  EXPECT_EQ(zwolle.in_force(BudgetLaw::sociaal_domein, 2026), 250'000'000.0);
  EXPECT_EQ(zwolle.in_force(BudgetLaw::sociaal_domein, 2027), 265'000'000.5);
  EXPECT_EQ(zwolle.in_force(BudgetLaw::sociaal_domein, 2040), 265'000'000.5);
  EXPECT_FALSE(zwolle.in_force(BudgetLaw::wmo, 2030).has_value()) << "a total is not a Wmo budget";
}

struct Malformed {
  std::string file;
  ExitCode code;
  std::string message;  // after "<path>:"
};

class MalformedBudgetsCsv : public testing::TestWithParam<Malformed> {};

TEST_P(MalformedBudgetsCsv, NamesFileLineAndField) {
  const Malformed& c = GetParam();
  const std::string path = fixture(c.file).string();
  Region region = without_budgets();
  try {
    read_budgets_csv(path, region);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr(path + ":" + c.message));
    EXPECT_EQ(e.code(), c.code) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, MalformedBudgetsCsv,
    testing::Values(
        Malformed{"unknown_municipality.csv", ExitCode::validation,
                  "3: field 'gm_code': GM0999 is not in municipalities.csv"},
        Malformed{"unknown_law.csv", ExitCode::validation,
                  "3: field 'law': expected a law (wmo, jeugdwet, participatiewet, welzijn_subsidie, sociaal_domein), "
                  "got 'wlz'"},
        Malformed{"duplicate.csv", ExitCode::validation,
                  "4: field 'law': the wmo budget of GM0193 for 2024 is given twice (first on line 2)"},
        Malformed{"negative_amount.csv", ExitCode::validation,
                  "2: field 'budget_eur': expected an amount in euros of 0 or more, got -250000000.00"},
        Malformed{"non_numeric_amount.csv", ExitCode::input,
                  "2: field 'budget_eur': expected a number (with '.' as decimal point), got '250.000.000'"},
        Malformed{"year_out_of_range.csv", ExitCode::validation,
                  "3: field 'year': expected a calendar year from 2000 to 2100, got 224"},
        Malformed{"non_numeric_year.csv", ExitCode::input,
                  "2: field 'year': expected a whole number without separators, got '2024.5'"},
        Malformed{"missing_column.csv", ExitCode::input,
                  "1: field 'law': missing column; the header has: gm_code, year, budget_eur"},
        Malformed{"no_rows.csv", ExitCode::validation, " no rows; give at least one budget"}),
    [](const testing::TestParamInfo<Malformed>& p) { return p.param.file.substr(0, p.param.file.find('.')); });

TEST(BudgetsCsv, EmbeddedRegioZwolleHasZwollesPublishedBudgetOnly) {
  const Region region = embedded_region("regio-zwolle");
  for (const Municipality& m : region.municipalities) {
    if (m.code == "GM0193") continue;
    EXPECT_TRUE(m.budgets.empty()) << m.code << ": no published budget, no invented one";
  }
  const MunicipalBudgets& zwolle = region.find("GM0193")->budgets;
  ASSERT_EQ(zwolle.rows.size(), 1U);
  EXPECT_EQ(zwolle.in_force(BudgetLaw::sociaal_domein, 2024), 250'000'000.0);
  EXPECT_FALSE(zwolle.in_force(BudgetLaw::sociaal_domein, 2023).has_value());
}

TEST(BudgetsCsv, ASampleHasItsShareOfTheBudget) {
  const Region full = embedded_region("regio-zwolle");
  const Region small = sampled(full, 0.1);
  EXPECT_DOUBLE_EQ(small.find("GM0193")->budgets.in_force(BudgetLaw::sociaal_domein, 2024).value(), 25'000'000.0);
}

class PackWithBudgets : public testing::Test {
 protected:
  void SetUp() override { fs::copy(embedded_regions() / "haaglanden", dir_.path(), fs::copy_options::recursive); }
  RegionPack load() {
    ParameterSet params;
    return load_region_pack(dir_.path(), params);
  }
  [[nodiscard]] const fs::path& dir() const { return dir_.path(); }

 private:
  ScratchDir dir_{"budgets-pack"};
};

TEST_F(PackWithBudgets, WithoutTheFileNoMunicipalityHasABudget) {
  const RegionPack pack = load();
  for (const Municipality& m : pack.region.municipalities) EXPECT_TRUE(m.budgets.empty()) << m.code;
}

TEST_F(PackWithBudgets, ReadsTheFileAndCountsItAsAnInput) {
  write_file(dir() / "budgets.csv", "gm_code,year,law,budget_eur\nGM0518,2024,wmo,180000000\n");
  const RegionPack pack = load();
  EXPECT_EQ(pack.region.find("GM0518")->budgets.in_force(BudgetLaw::wmo, 2024), 180'000'000.0);
  EXPECT_NE(std::find(pack.files.begin(), pack.files.end(), dir() / "budgets.csv"), pack.files.end());
}

TEST_F(PackWithBudgets, AnUnknownMunicipalityIsAValidationError) {
  fs::copy_file(fixture("unknown_municipality.csv"), dir() / "budgets.csv");
  try {
    (void)load();
    FAIL() << "expected a ValidationError";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::validation) << "the CLI exits with 4, as for municipalities.csv";
    EXPECT_THAT(e.what(), HasSubstr((dir() / "budgets.csv").string() + ":2: field 'gm_code'"))
        << "GM0193 is not in haaglanden either";
  }
}

}  // namespace
}  // namespace regiotwin
