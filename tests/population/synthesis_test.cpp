#include "population/synthesis.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <random>

#include "population/population.hpp"
#include "test_support.hpp"

namespace regiotwin {

using namespace testing_support;

// Property: for random weights and totals, the integers add up exactly and each is within one of
// its exact share.
TEST(LargestRemainder, ExactTotalAndWithinOneOfTheShare) {
  std::mt19937_64 gen(7);
  for (int trial = 0; trial < 500; ++trial) {
    const std::size_t n = 1 + gen() % 40;
    std::vector<double> w(n);
    for (double& x : w) x = std::uniform_real_distribution<double>(0.0, 10.0)(gen);
    w[0] += 0.01;
    const long long total = static_cast<long long>(gen() % 1000000);
    const auto out = largest_remainder(w, total);
    const double sum = std::accumulate(w.begin(), w.end(), 0.0);
    EXPECT_EQ(std::accumulate(out.begin(), out.end(), 0LL), total);
    for (std::size_t i = 0; i < n; ++i)
      EXPECT_LT(std::abs(static_cast<double>(out[i]) - static_cast<double>(total) * w[i] / sum), 1.0);
  }
}

TEST(SplitAgeBands, EveryBandKeepsItsCount) {
  const ParameterSet params;
  const LifeTable life(params);
  for (const char* id : {"regio-zwolle", "haaglanden"}) {
    for (const Municipality& m : embedded_region(id).municipalities) {
      const AgeSexCounts c = split_age_bands(m, life, params.table("men_share_by_age"));
      EXPECT_EQ(c.total(), m.population) << m.code;
      for (const BandCount& b : m.age_bands) {
        long long in_band = 0;  // of the band's sex, or of both for a band of both
        for (int age = b.band.from; age <= b.band.to; ++age) {
          for (const Sex sex : {Sex::men, Sex::women}) in_band += !b.sex || *b.sex == sex ? c.at(sex, age) : 0;
        }
        EXPECT_EQ(in_band, b.count) << m.code << " " << b.band.label();
      }
    }
  }
}

TEST(SplitAgeBands, OldAgesThinOutAndWomenOutliveMen) {
  const ParameterSet params;
  const LifeTable life(params);
  const Region r = one_municipality({band({0, 64}, std::nullopt, 600000), band({65, max_age}, std::nullopt, 400000)});
  const AgeSexCounts c = split_age_bands(r.municipalities[0], life, params.table("men_share_by_age"));
  EXPECT_GT(c.at(Sex::women, 66), c.at(Sex::women, 90));
  EXPECT_GT(c.at(Sex::women, 90), c.at(Sex::men, 90));
  // Within 0-64 the national share of men (0.5065) holds.
  long long men = 0;
  for (int age = 0; age <= 64; ++age) men += c.at(Sex::men, age);
  EXPECT_NEAR(static_cast<double>(men) / 600000.0, 0.5065, 0.001);
}

TEST(Synthesize, OnePersonPerResidentGroupedByMunicipality) {
  const ParameterSet params;
  const LifeTable life(params);
  const Region r = embedded_region("regio-zwolle");
  const HouseholdSettings households = HouseholdSettings::from(params);
  const StateSettings states(params, life);
  const Population pop = synthesize(r, params, life, households, states, 1,
                                    [](const AgeSexCounts& c) { return static_cast<std::size_t>(c.total() / 10); });
  ASSERT_EQ(pop.alive(), r.population());
  ASSERT_EQ(pop.municipality_count(), r.municipalities.size());
  for (std::size_t m = 0; m < r.municipalities.size(); ++m) {
    long long alive = 0;
    long long empty = 0;
    for (std::uint32_t p = pop.range(m).begin; p < pop.range(m).end; ++p) {
      alive += pop.status[p] == Status::alive;
      empty += pop.status[p] == Status::empty;
    }
    EXPECT_EQ(alive, r.municipalities[m].population);
    EXPECT_EQ(empty, r.municipalities[m].population / 10) << "the reserve of empty slots";
  }
  // Zwolle's published 65+ count is reproduced exactly.
  long long zwolle_65plus = 0;
  for (std::uint32_t p = pop.range(0).begin; p < pop.range(0).end; ++p) {
    zwolle_65plus += pop.status[p] == Status::alive && pop.age_months[p] >= 65 * 12;
  }
  EXPECT_EQ(zwolle_65plus, 22112);
  // Birthdays spread over the year: every month-in-year occurs with roughly equal frequency.
  std::array<long long, 12> by_month{};
  for (std::size_t p = 0; p < pop.slots(); ++p) {
    if (pop.status[p] == Status::alive) ++by_month[pop.age_months[p] % 12];
  }
  for (const auto n : by_month) EXPECT_NEAR(static_cast<double>(n) / static_cast<double>(pop.alive()), 1.0 / 12, 0.002);
}

}  // namespace regiotwin
