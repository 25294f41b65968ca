#include "results/budget_csv.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "finance/budget.hpp"

namespace regiotwin {
namespace {

// One municipality's spend by payer in each calendar year of the run, and the months it covers.
struct YearsSpend {
  std::vector<PayerSpend> paid;
  std::vector<int> months;
};

YearsSpend spend_by_year(const SimulationResult& result, std::size_t m) {
  YearsSpend out{std::vector<PayerSpend>(static_cast<std::size_t>(result.years())),
                 std::vector<int>(static_cast<std::size_t>(result.years()), 0)};
  for (int month = 0; month < result.months(); ++month) {
    const auto year = static_cast<std::size_t>(result.from().plus(month).year() - result.from().year());
    ++out.months[year];
    for (std::size_t p = 0; p < n_payers; ++p) {
      for (std::size_t line = 0; line < n_cost_lines; ++line) {
        out.paid[year][p] += result.cost(month, m, static_cast<Payer>(p), static_cast<CostLine>(line));
      }
    }
  }
  return out;
}

void add_lines(const Municipality& municipality, const SimulationResult& result, std::size_t m,
               std::vector<BudgetLine>& out) {
  const YearsSpend spend = spend_by_year(result, m);
  for (std::size_t y = 0; y < spend.paid.size(); ++y) {
    const int year = result.from().year() + static_cast<int>(y);
    for (std::size_t l = 0; l < n_budget_laws; ++l) {
      const auto law = static_cast<BudgetLaw>(l);
      BudgetLine line{year, municipality.code, law, spend_of(law, spend.paid[y]), std::nullopt};
      if (const auto budget = municipality.budgets.in_force(law, year)) {
        line.budget = budget_for_months(*budget, spend.months[y]);
      }
      out.push_back(std::move(line));
    }
  }
}

}  // namespace

std::vector<BudgetLine> compare_budgets(const Region& region, const SimulationResult& result) {
  std::vector<BudgetLine> lines;
  for (std::size_t m = 0; m < result.municipality_count(); ++m) {
    const Municipality* municipality = region.find(result.municipality_codes()[m]);
    if (municipality == nullptr || municipality->budgets.empty()) continue;
    add_lines(*municipality, result, m, lines);
  }
  // Year first, as the other outputs are ordered by time.
  std::stable_sort(lines.begin(), lines.end(),
                   [](const BudgetLine& a, const BudgetLine& b) { return a.year < b.year; });
  return lines;
}

std::string budget_csv(const Region& region, const SimulationResult& result) {
  fmt::memory_buffer out;
  fmt::format_to(std::back_inserter(out), "year,gm_code,law,spend_eur,budget_eur,overspend_eur,overspend_share\n");
  for (const BudgetLine& line : compare_budgets(region, result)) {
    fmt::format_to(std::back_inserter(out), "{},{},{},{},", line.year, line.gm_code,
                   budget_law_names[static_cast<std::size_t>(line.law)], line.spend);
    if (!line.budget) {
      fmt::format_to(std::back_inserter(out), ",,\n");
      continue;
    }
    const BudgetBalance balance{line.spend, *line.budget};
    const std::optional<double> share = balance.overspend_share();
    fmt::format_to(std::back_inserter(out), "{},{},{}\n", balance.budget, balance.overspend(),
                   share ? fmt::format("{}", *share) : std::string{});
  }
  return fmt::to_string(out);
}

}  // namespace regiotwin
