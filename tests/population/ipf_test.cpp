// Iterative proportional fitting against its marginals, and integerisation against exact totals,
// as property tests over random tables (fixed seeds, so a failure reproduces).
#include "population/ipf.hpp"

#include <gtest/gtest.h>

#include <numeric>
#include <random>

#include "core/errors.hpp"
#include "population/synthesis.hpp"

namespace regiotwin {
namespace {

struct RandomCase {
  Table2d seed;
  std::vector<long long> rows;
  std::vector<long long> columns;
};

// A random positive seed and random integer margins with the same grand total.
RandomCase random_case(std::mt19937_64& gen) {
  std::uniform_int_distribution<std::size_t> size(1, 12);
  std::uniform_real_distribution<double> value(0.01, 10.0);
  std::uniform_int_distribution<long long> count(0, 5000);
  RandomCase c;
  c.seed = Table2d(size(gen), size(gen));
  for (double& v : c.seed.values) v = value(gen);
  for (std::size_t r = 0; r < c.seed.rows; ++r) c.rows.push_back(count(gen));
  const long long total = std::accumulate(c.rows.begin(), c.rows.end(), 0LL);
  std::vector<double> weights(c.seed.columns);
  for (double& w : weights) w = value(gen);
  c.columns = largest_remainder(weights, total);
  return c;
}

std::vector<double> as_doubles(const std::vector<long long>& v) { return {v.begin(), v.end()}; }

TEST(Ipf, ReproducesItsMarginalsOnRandomTables) {
  std::mt19937_64 gen(20261124);
  for (int trial = 0; trial < 300; ++trial) {
    const RandomCase c = random_case(gen);
    const IpfResult fit = fit_ipf(c.seed, as_doubles(c.rows), as_doubles(c.columns));
    const auto rows = fit.table.row_sums();
    const auto columns = fit.table.column_sums();
    for (std::size_t r = 0; r < rows.size(); ++r) ASSERT_NEAR(rows[r], static_cast<double>(c.rows[r]), 1e-9) << trial;
    for (std::size_t k = 0; k < columns.size(); ++k) {
      ASSERT_NEAR(columns[k], static_cast<double>(c.columns[k]), 1e-9) << trial;
    }
  }
}

TEST(Ipf, KeepsTheSeedsOddsRatios) {
  // IPF only rescales rows and columns, so the cross-product ratios of the seed survive.
  Table2d seed(2, 2);
  seed.values = {1.0, 2.0, 3.0, 8.0};
  const IpfResult fit = fit_ipf(seed, {50.0, 150.0}, {120.0, 80.0});
  const auto& t = fit.table;
  EXPECT_NEAR((t.at(0, 0) * t.at(1, 1)) / (t.at(0, 1) * t.at(1, 0)), (1.0 * 8.0) / (2.0 * 3.0), 1e-9);
}

TEST(Ipf, IntegerisationKeepsEveryTotalExact) {
  std::mt19937_64 gen(42);
  for (int trial = 0; trial < 300; ++trial) {
    const RandomCase c = random_case(gen);
    const IpfResult fit = fit_ipf(c.seed, as_doubles(c.rows), as_doubles(c.columns));
    const std::vector<long long> cells = integerise(fit.table, c.rows, c.columns);
    std::vector<long long> rows(c.seed.rows, 0);
    std::vector<long long> columns(c.seed.columns, 0);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      ASSERT_GE(cells[i], 0);
      // Rounding moves a cell by less than one person in all but pathological tables.
      ASSERT_LT(std::abs(static_cast<double>(cells[i]) - fit.table.values[i]), 2.0) << trial;
      rows[i / c.seed.columns] += cells[i];
      columns[i % c.seed.columns] += cells[i];
    }
    ASSERT_EQ(rows, c.rows) << trial;
    ASSERT_EQ(columns, c.columns) << trial;
  }
}

TEST(Ipf, StructuralZerosStayZero) {
  Table2d seed(3, 2);
  seed.values = {1.0, 0.0, 1.0, 1.0, 0.0, 1.0};
  const std::vector<long long> rows = {7, 5, 9};
  const std::vector<long long> columns = {10, 11};
  const IpfResult fit = fit_ipf(seed, as_doubles(rows), as_doubles(columns));
  const auto cells = integerise(fit.table, rows, columns);
  EXPECT_EQ(cells[1], 0);
  EXPECT_EQ(cells[4], 0);
}

TEST(Ipf, RejectsTargetsTheSeedCannotCarry) {
  Table2d seed(2, 2);
  seed.values = {1.0, 0.0, 1.0, 0.0};  // nobody in column 1
  EXPECT_THROW((void)fit_ipf(seed, {5.0, 5.0}, {5.0, 5.0}), ValidationError);
  EXPECT_THROW((void)fit_ipf(seed, {5.0, 5.0}, {5.0, 6.0}), ValidationError) << "grand totals differ";
}

}  // namespace
}  // namespace regiotwin
