// The joint age × sex × position table against the municipality's counts.
#include "population/households.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

using testing_support::embedded_region;

struct Fixture {
  ParameterSet params;
  LifeTable life{params};
  HouseholdSettings settings = HouseholdSettings::from(params);
};

TEST(HouseholdSettings, SeedSharesAddUpToOneAtEveryAge) {
  const Fixture f;
  for (std::size_t sex = 0; sex < n_sexes; ++sex) {
    for (std::size_t a = 0; a < n_ages; ++a) {
      double sum = 0.0;
      for (const double v : f.settings.seed[sex][a]) {
        EXPECT_GE(v, 0.0);
        sum += v;
      }
      EXPECT_NEAR(sum, 1.0, 1e-12) << sex << " " << a;
    }
  }
  // Children of 10 live at home; nobody of 60 does; many of 95 live in an institution.
  EXPECT_GT(f.settings.seed[0][10][static_cast<std::size_t>(Position::child)], 0.9);
  EXPECT_EQ(f.settings.seed[1][60][static_cast<std::size_t>(Position::child)], 0.0);
  EXPECT_GT(f.settings.seed[1][95][static_cast<std::size_t>(Position::institution)], 0.3);
}

TEST(FitPositions, MeetsAgeSexCountsAndHouseholdCountsExactly) {
  const Fixture f;
  Municipality m = embedded_region("regio-zwolle").municipalities.front();
  HouseholdCounts h;
  h.households = 58558;  // Zwolle, 1 January 2023 (gemeente Zwolle kerngegevens)
  h.one_person = 23000;
  h.without_children = 17000;
  h.with_children = 18558;
  m.households = h;
  const AgeSexCounts residents = split_age_bands(m, f.life, f.params.table("men_share_by_age"));
  const PositionCounts positions = fit_positions(m, residents, f.settings);
  const auto targets = position_targets(m, residents, f.settings);
  for (std::size_t p = 0; p < n_positions; ++p) EXPECT_EQ(positions.total(static_cast<Position>(p)), targets[p]) << p;
  EXPECT_EQ(targets[static_cast<std::size_t>(Position::alone)], 23000);
  EXPECT_EQ(targets[static_cast<std::size_t>(Position::couple)], 34000);
  for (const Sex sex : {Sex::men, Sex::women}) {
    for (int age = 0; age <= max_age; ++age) {
      long long sum = 0;
      for (std::size_t p = 0; p < n_positions; ++p) sum += positions.at(sex, age, static_cast<Position>(p));
      ASSERT_EQ(sum, residents.at(sex, age)) << age;
    }
  }
  // A structural zero of the seed stays zero: no child at home aged 60.
  EXPECT_EQ(positions.at(Sex::women, 60, Position::child), 0);
}

TEST(FitPositions, WithoutHouseholdCountsTheNationalSharesApply) {
  const Fixture f;
  const Municipality m = embedded_region("regio-zwolle").municipalities.front();
  const AgeSexCounts residents = split_age_bands(m, f.life, f.params.table("men_share_by_age"));
  const PositionCounts positions = fit_positions(m, residents, f.settings);
  long long total = 0;
  for (const long long v : positions.counts) total += v;
  EXPECT_EQ(total, m.population);
  const double alone = static_cast<double>(positions.total(Position::alone)) / static_cast<double>(total);
  EXPECT_GT(alone, 0.12);
  EXPECT_LT(alone, 0.30);
}

TEST(FitPositions, HouseholdsThatNeedMoreAdultsThanResidentsAreRejected) {
  const Fixture f;
  Municipality m = embedded_region("regio-zwolle").municipalities.front();
  HouseholdCounts h;
  h.one_person = m.population;  // everyone alone, and couples besides
  h.without_children = 1000;
  h.households = h.one_person + h.without_children;
  m.households = h;
  const AgeSexCounts residents = split_age_bands(m, f.life, f.params.table("men_share_by_age"));
  try {
    (void)fit_positions(m, residents, f.settings);
    FAIL() << "expected a ValidationError";
  } catch (const ValidationError& e) {
    EXPECT_NE(std::string(e.what()).find("GM0193"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace regiotwin
