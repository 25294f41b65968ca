#pragma once
// Iterative proportional fitting of a two-way table to its row and column totals, and the
// controlled rounding that turns the fitted table into whole persons with every total exact.
#include <cstddef>
#include <vector>

namespace regiotwin {

// A rows × columns table of non-negative values, row-major.
struct Table2d {
  std::size_t rows = 0;
  std::size_t columns = 0;
  std::vector<double> values;

  Table2d() = default;
  Table2d(std::size_t r, std::size_t c, double fill = 0.0) : rows(r), columns(c), values(r * c, fill) {}
  [[nodiscard]] double& at(std::size_t r, std::size_t c) { return values[r * columns + c]; }
  [[nodiscard]] double at(std::size_t r, std::size_t c) const { return values[r * columns + c]; }
  [[nodiscard]] std::vector<double> row_sums() const;
  [[nodiscard]] std::vector<double> column_sums() const;
};

struct IpfResult {
  Table2d table;
  int iterations = 0;
  double max_deviation = 0.0;  // largest absolute difference from a target total at the end
};

// Scales rows and columns of `seed` in turn until every row and column total is within
// `tolerance` of its target. Targets must be non-negative with equal grand totals (checked);
// a target that no seed cell can carry (all zeros in that row or column) is an error, as is a
// fit that does not converge within `max_iterations`.
IpfResult fit_ipf(const Table2d& seed, const std::vector<double>& row_targets,
                  const std::vector<double>& column_targets, double tolerance = 1e-9, int max_iterations = 10000);

// Whole numbers close to `fitted` whose row and column totals equal the integer targets exactly
// (which must add up to the same grand total). Cells are rounded down, then the missing units go
// to the cells with the largest fractions where both their row and column still need one, and
// any rest to cells with a fitted share in their row; zero cells stay zero whenever possible.
std::vector<long long> integerise(const Table2d& fitted, const std::vector<long long>& row_targets,
                                  const std::vector<long long>& column_targets);

}  // namespace regiotwin
