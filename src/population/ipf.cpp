#include "population/ipf.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/errors.hpp"

namespace regiotwin {

std::vector<double> Table2d::row_sums() const {
  std::vector<double> out(rows, 0.0);
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t c = 0; c < columns; ++c) out[r] += at(r, c);
  }
  return out;
}

std::vector<double> Table2d::column_sums() const {
  std::vector<double> out(columns, 0.0);
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t c = 0; c < columns; ++c) out[c] += at(r, c);
  }
  return out;
}

namespace {

void check_targets(const Table2d& seed, const std::vector<double>& rows, const std::vector<double>& columns) {
  if (rows.size() != seed.rows || columns.size() != seed.columns) {
    throw Error(ExitCode::internal, "fit_ipf: target sizes do not match the seed table");
  }
  const auto negative = [](double v) { return !(v >= 0.0); };
  if (std::any_of(rows.begin(), rows.end(), negative) || std::any_of(columns.begin(), columns.end(), negative)) {
    throw ValidationError("fit_ipf: a target total is negative or not a number");
  }
  const double row_total = std::accumulate(rows.begin(), rows.end(), 0.0);
  const double column_total = std::accumulate(columns.begin(), columns.end(), 0.0);
  if (std::abs(row_total - column_total) > 1e-9 * std::max(1.0, row_total)) {
    throw ValidationError(
        fmt::format("fit_ipf: row targets add up to {:.6g} but column targets to {:.6g}", row_total, column_total));
  }
}

// Scales each row (or, transposed, column) to its target; returns the largest change needed.
double scale_rows(Table2d& t, const std::vector<double>& targets, bool by_column) {
  const std::size_t n = by_column ? t.columns : t.rows;
  const std::size_t m = by_column ? t.rows : t.columns;
  double worst = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    double sum = 0.0;
    for (std::size_t j = 0; j < m; ++j) sum += by_column ? t.at(j, i) : t.at(i, j);
    worst = std::max(worst, std::abs(sum - targets[i]));
    if (targets[i] == 0.0 && sum == 0.0) continue;
    if (sum == 0.0) {
      throw ValidationError(fmt::format("fit_ipf: {} {} needs a total of {:g} but every seed cell in it is zero",
                                        by_column ? "column" : "row", i, targets[i]));
    }
    const double factor = targets[i] / sum;
    for (std::size_t j = 0; j < m; ++j) (by_column ? t.at(j, i) : t.at(i, j)) *= factor;
  }
  return worst;
}

}  // namespace

IpfResult fit_ipf(const Table2d& seed, const std::vector<double>& row_targets,
                  const std::vector<double>& column_targets, double tolerance, int max_iterations) {
  check_targets(seed, row_targets, column_targets);
  IpfResult result{seed, 0, 0.0};
  for (int k = 0; k < max_iterations; ++k) {
    (void)scale_rows(result.table, row_targets, false);
    // After a row pass the rows are exact; the column deviation measures how far the fit is.
    const double column_deviation = scale_rows(result.table, column_targets, true);
    result.iterations = k + 1;
    if (column_deviation <= tolerance) {
      const auto rows = result.table.row_sums();
      result.max_deviation = 0.0;
      for (std::size_t r = 0; r < rows.size(); ++r) {
        result.max_deviation = std::max(result.max_deviation, std::abs(rows[r] - row_targets[r]));
      }
      if (result.max_deviation <= tolerance) return result;
    }
  }
  throw ValidationError(
      fmt::format("fit_ipf: no fit within {:g} after {} iterations; the seed table cannot carry "
                  "these totals (a zero pattern that contradicts them)",
                  tolerance, max_iterations));
}

std::vector<long long> integerise(const Table2d& fitted, const std::vector<long long>& row_targets,
                                  const std::vector<long long>& column_targets) {
  if (std::accumulate(row_targets.begin(), row_targets.end(), 0LL) !=
      std::accumulate(column_targets.begin(), column_targets.end(), 0LL)) {
    throw Error(ExitCode::internal, "integerise: row and column targets add up to different totals");
  }
  const std::size_t n = fitted.values.size();
  std::vector<long long> out(n);
  std::vector<long long> row_need(row_targets);
  std::vector<long long> column_need(column_targets);
  std::vector<double> fraction(n);
  for (std::size_t i = 0; i < n; ++i) {
    out[i] = static_cast<long long>(std::floor(fitted.values[i]));
    fraction[i] = fitted.values[i] - static_cast<double>(out[i]);
    row_need[i / fitted.columns] -= out[i];
    column_need[i % fitted.columns] -= out[i];
  }
  // The units the floors left out go first to the cells with the largest fractions.
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return fraction[a] > fraction[b]; });
  for (const std::size_t i : order) {
    const std::size_t r = i / fitted.columns;
    const std::size_t c = i % fitted.columns;
    if (row_need[r] > 0 && column_need[c] > 0 && fraction[i] > 0.0) {
      ++out[i];
      --row_need[r];
      --column_need[c];
    }
  }
  // What is still missing goes, row by row, to cells the fit gave a share (never to a
  // structural zero such as a child at home aged 90), and only as a last resort elsewhere; this
  // always completes because both sides add up to the same number.
  for (const bool only_fitted_cells : {true, false}) {
    for (std::size_t r = 0; r < fitted.rows; ++r) {
      for (std::size_t c = 0; c < fitted.columns && row_need[r] > 0; ++c) {
        if (column_need[c] <= 0 || (only_fitted_cells && !(fitted.at(r, c) > 0.0))) continue;
        const long long units = std::min(row_need[r], column_need[c]);
        out[r * fitted.columns + c] += units;
        row_need[r] -= units;
        column_need[c] -= units;
      }
    }
  }
  const auto unmet = [](const std::vector<long long>& need) {
    return std::any_of(need.begin(), need.end(), [](long long count) { return count != 0; });
  };
  if (unmet(row_need) || unmet(column_need)) throw Error(ExitCode::internal, "integerise: a total could not be met");
  return out;
}

}  // namespace regiotwin
