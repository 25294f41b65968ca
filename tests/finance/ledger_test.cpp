#include "finance/ledger.hpp"

#include <gtest/gtest.h>

#include <random>
#include <set>

namespace regiotwin {

TEST(Ledger, PayersAddUpToTheTotal) {
  std::mt19937_64 gen(3);
  std::uniform_real_distribution<double> amount(0.0, 1e6);
  Ledger ledger;
  std::array<double, n_payers> expected{};
  for (int i = 0; i < 1000; ++i) {
    const auto payer = static_cast<Payer>(gen() % n_payers);
    const double x = amount(gen);
    ledger.book(payer, x);
    expected[static_cast<std::size_t>(payer)] += x;
  }
  double sum = 0.0;
  for (std::size_t p = 0; p < n_payers; ++p) {
    EXPECT_DOUBLE_EQ(ledger.amount(static_cast<Payer>(p)), expected[p]);
    sum += ledger.amount(static_cast<Payer>(p));
  }
  EXPECT_NEAR(ledger.total(), sum, 1e-6);
}

TEST(Ledger, PayerNamesAreUnique) {
  std::set<std::string_view> names;
  for (std::size_t p = 0; p < n_payers; ++p) EXPECT_TRUE(names.insert(payer_name(static_cast<Payer>(p))).second);
}

}  // namespace regiotwin
