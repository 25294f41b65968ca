#include "core/rng.hpp"

#include "core/person_draws.hpp"

#include <gtest/gtest.h>

#include <array>
#include <random>

namespace regiotwin {

TEST(CounterRng, SameKeySameDraws) {
  const CounterRng a(42);
  const CounterRng b(42);
  EXPECT_EQ(a.uniforms(7, 3, Stream::person_month), b.uniforms(7, 3, Stream::person_month));
}

TEST(CounterRng, EveryKeyPartChangesTheDraw) {
  const CounterRng rng(42);
  const double base = rng.uniform(7, 3, Stream::person_month);
  EXPECT_NE(base, CounterRng(43).uniform(7, 3, Stream::person_month));
  EXPECT_NE(base, rng.uniform(8, 3, Stream::person_month));
  EXPECT_NE(base, rng.uniform(7, 4, Stream::person_month));
  EXPECT_NE(base, rng.uniform(7, 3, Stream::synthesis_age));
  // The high half of a 64-bit seed matters too.
  EXPECT_NE(CounterRng(1).uniform(0, 0, Stream::person_month),
            CounterRng(1 + (std::uint64_t{1} << 32U)).uniform(0, 0, Stream::person_month));
}

TEST(CounterRng, UniformOnUnitInterval) {
  // Chi-square over 20 bins for 400,000 draws; 19 degrees of freedom, 0.1% critical value 43.8.
  const CounterRng rng(2024);
  constexpr int bins = 20;
  std::array<int, bins> counts{};
  int n = 0;
  for (std::uint32_t person = 0; person < 100000; ++person) {
    for (const double u : rng.uniforms(person, 1, Stream::person_month)) {
      ASSERT_GE(u, 0.0);
      ASSERT_LT(u, 1.0);
      ++counts[static_cast<std::size_t>(u * bins)];
      ++n;
    }
  }
  const double expected = static_cast<double>(n) / bins;
  double chi2 = 0.0;
  for (const int c : counts) chi2 += (c - expected) * (c - expected) / expected;
  EXPECT_LT(chi2, 43.8);
}

// The engine for standard distributions: the same key gives the same sequence, another sub another,
// and a Poisson count drawn from it has the right mean (2,000 draws of mean 50: standard error 0.16).
TEST(CounterRng, EngineFeedsStandardDistributions) {
  const CounterRng rng(9);
  auto a = rng.engine(3, 5, Stream::questions, 1);
  auto b = rng.engine(3, 5, Stream::questions, 1);
  auto c = rng.engine(3, 5, Stream::questions, 2);
  const auto first = a();
  EXPECT_EQ(first, b());
  EXPECT_NE(first, c());
  double sum = 0.0;
  for (std::uint32_t sub = 0; sub < 2000; ++sub) {
    auto e = rng.engine(1, 1, Stream::questions, sub);
    sum += static_cast<double>(std::poisson_distribution<long>(50.0)(e));
  }
  EXPECT_NEAR(sum / 2000.0, 50.0, 0.8);
}

// The batched person draws are CounterRng's draws, lane for lane, on every instruction set this
// processor has, for every slot of a batch and for slots near the top of the 32-bit range.
class PersonDrawsPath : public testing::TestWithParam<PersonDraws::Path> {};

TEST_P(PersonDrawsPath, EqualsTheScalarGenerator) {
  if (!PersonDraws::supported(GetParam())) GTEST_SKIP() << "not on this processor";
  const CounterRng rng(0x123456789ABCDEFULL);
  PersonDraws draws;
  for (const std::uint32_t first : {0U, 64U, 1000003U, 0xFFFFFFFFU - PersonDraws::batch + 1}) {
    draws.fill(rng, first, 17, Stream::person_month, GetParam());
    for (std::uint32_t i = 0; i < PersonDraws::batch; ++i) {
      const auto expected = rng.uniforms(first + i, 17, Stream::person_month);
      for (std::size_t lane = 0; lane < PersonDraws::lanes; ++lane) {
        ASSERT_EQ(draws(i, lane), expected[lane]) << "slot " << first + i << " lane " << lane;
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Paths, PersonDrawsPath, testing::Values(PersonDraws::Path::scalar, PersonDraws::Path::avx512));

}  // namespace regiotwin
