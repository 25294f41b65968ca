#include "finance/ledger.hpp"

#include <gtest/gtest.h>

#include <random>
#include <set>

namespace regiotwin {

TEST(Ledger, PayersAndLinesAddUpToTheTotal) {
  std::mt19937_64 gen(3);
  std::uniform_real_distribution<double> amount(0.0, 1e6);
  Ledger ledger;
  std::array<double, n_payers> by_payer{};
  std::array<double, n_cost_lines> by_line{};
  for (int i = 0; i < 1000; ++i) {
    const auto payer = static_cast<Payer>(gen() % n_payers);
    const auto line = static_cast<CostLine>(gen() % n_cost_lines);
    const double x = amount(gen);
    ledger.book(payer, line, x);
    by_payer[static_cast<std::size_t>(payer)] += x;
    by_line[static_cast<std::size_t>(line)] += x;
  }
  double payers = 0.0;
  for (std::size_t p = 0; p < n_payers; ++p) {
    EXPECT_NEAR(ledger.amount(static_cast<Payer>(p)), by_payer[p], 1e-6);
    payers += ledger.amount(static_cast<Payer>(p));
  }
  double lines = 0.0;
  for (std::size_t l = 0; l < n_cost_lines; ++l) {
    EXPECT_NEAR(ledger.amount(static_cast<CostLine>(l)), by_line[l], 1e-6);
    lines += ledger.amount(static_cast<CostLine>(l));
  }
  EXPECT_NEAR(ledger.total(), payers, 1e-6);
  EXPECT_NEAR(ledger.total(), lines, 1e-6);
}

TEST(Ledger, TransferMovesMoneyWithinALine) {
  Ledger ledger;
  ledger.book(Payer::wlz, line_of(Place::wlz_provider), 1000.0);
  ledger.transfer(line_of(Place::wlz_provider), Payer::wlz, Payer::eigen_bijdrage, 300.0);
  EXPECT_EQ(ledger.amount(Payer::wlz), 700.0);
  EXPECT_EQ(ledger.amount(Payer::eigen_bijdrage), 300.0);
  EXPECT_EQ(ledger.amount(line_of(Place::wlz_provider)), 1000.0);
  EXPECT_EQ(ledger.total(), 1000.0);
}

TEST(Ledger, PayerAndLineNamesAreUnique) {
  std::set<std::string_view> payers;
  for (std::size_t p = 0; p < n_payers; ++p) EXPECT_TRUE(payers.insert(payer_name(static_cast<Payer>(p))).second);
  std::set<std::string_view> lines;
  for (std::size_t l = 0; l < n_cost_lines; ++l) {
    const std::string_view name = cost_line_name(static_cast<CostLine>(l));
    EXPECT_NE(name, "?");
    EXPECT_TRUE(lines.insert(name).second) << name;
  }
  EXPECT_EQ(cost_line_name(line_of(Place::gp)), "gp");
  EXPECT_EQ(cost_line_name(CostLine::other_zvw_care), "other_zvw_care");
}

}  // namespace regiotwin
