#include "plan/business_case.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <optional>

namespace regiotwin {
namespace {

constexpr std::size_t total_row = n_payers;  // all payers together

std::size_t series_index(std::string_view name) {
  const auto& series = comparison_series();
  const auto it = std::find_if(series.begin(), series.end(), [&](const SeriesSpec& s) { return s.name == name; });
  if (it == series.end()) throw std::logic_error(fmt::format("no comparison series '{}'", name));
  return static_cast<std::size_t>(it - series.begin());
}

std::size_t cost_series(Payer payer, CostLine line) {
  return series_index(fmt::format("cost/{}/{}", payer_name(payer), cost_line_name(line)));
}

int years_of(const Comparison& c) { return c.from.plus(c.months - 1).year() - c.from.year() + 1; }

// Sum of a series over the months of year `y` of the run.
double year_sum(const RunSeries& run, std::size_t series, const Comparison& c, int y) {
  double sum = 0.0;
  for (int m = 0; m < c.months; ++m) {
    if (c.from.plus(m).year() - c.from.year() == y) sum += run[series][static_cast<std::size_t>(m)];
  }
  return sum;
}

// Mean of a series over the last twelve months (or the whole run when shorter).
double final_year_mean(const RunSeries& run, std::size_t series, const Comparison& c) {
  const int first = std::max(0, c.months - 12);
  double sum = 0.0;
  for (int m = first; m < c.months; ++m) sum += run[series][static_cast<std::size_t>(m)];
  return sum / (c.months - first);
}

struct Money {
  double intervention_cost = 0.0;
  double savings = 0.0;
};

// One replication's money for a payer (or all) in year y.
Money money(const Comparison& c, std::size_t r, std::size_t payer, int y) {
  Money out;
  for (std::size_t p = 0; p < n_payers; ++p) {
    if (payer != total_row && p != payer) continue;
    for (std::size_t l = 0; l < n_cost_lines; ++l) {
      const std::size_t s = cost_series(static_cast<Payer>(p), static_cast<CostLine>(l));
      const double base = year_sum(c.baseline[r], s, c, y);
      const double plan = year_sum(c.plan[r], s, c, y);
      if (static_cast<CostLine>(l) == CostLine::interventions) {
        out.intervention_cost += plan - base;
      } else {
        out.savings += base - plan;
      }
    }
  }
  return out;
}

// Every replication's money per payer (and all) and year: [replication][payer][year].
using MoneyTable = std::vector<std::vector<std::vector<Money>>>;

MoneyTable money_table(const Comparison& c) {
  const int years = years_of(c);
  MoneyTable t(static_cast<std::size_t>(c.replications()),
               std::vector<std::vector<Money>>(n_payers + 1, std::vector<Money>(static_cast<std::size_t>(years))));
  for (std::size_t r = 0; r < t.size(); ++r) {
    for (std::size_t p = 0; p <= n_payers; ++p) {
      for (int y = 0; y < years; ++y) t[r][p][static_cast<std::size_t>(y)] = money(c, r, p, y);
    }
  }
  return t;
}

std::optional<int> break_even_from(const MoneyTable& table, const Comparison& c, std::size_t payer) {
  const int years = years_of(c);
  std::vector<double> first_year;
  for (std::size_t r = 0; r < static_cast<std::size_t>(c.replications()); ++r) {
    double cumulative = 0.0;
    double found = std::numeric_limits<double>::infinity();
    bool invested = false;
    for (int y = 0; y < years; ++y) {
      const Money& m = table[r][payer][static_cast<std::size_t>(y)];
      invested = invested || m.intervention_cost > 0.0;
      cumulative += m.savings - m.intervention_cost;
      if (invested && cumulative >= 0.0) {
        found = c.from.year() + y;
        break;
      }
    }
    first_year.push_back(found);
  }
  std::sort(first_year.begin(), first_year.end());
  const double median = first_year[(first_year.size() - 1) / 2];
  if (!std::isfinite(median)) return std::nullopt;
  return static_cast<int>(median);
}

Quantiles over_replications(const Comparison& c, const std::function<double(std::size_t)>& value) {
  std::vector<double> v;
  for (std::size_t r = 0; r < static_cast<std::size_t>(c.replications()); ++r) v.push_back(value(r));
  return quantiles(std::move(v));
}

std::string year_label(const Comparison& c, int y) { return std::to_string(c.from.year() + y); }

}  // namespace

std::vector<std::vector<PayerYear>> payer_years(const Comparison& c) {
  const int years = years_of(c);
  const MoneyTable table = money_table(c);
  std::vector<std::vector<PayerYear>> out(n_payers + 1, std::vector<PayerYear>(static_cast<std::size_t>(years)));
  const auto n = static_cast<std::size_t>(c.replications());
  for (std::size_t p = 0; p <= n_payers; ++p) {
    std::vector<double> cumulative(n, 0.0);
    for (int y = 0; y < years; ++y) {
      std::vector<double> cost(n);
      std::vector<double> savings(n);
      std::vector<double> net(n);
      for (std::size_t r = 0; r < n; ++r) {
        const Money& m = table[r][p][static_cast<std::size_t>(y)];
        cost[r] = m.intervention_cost;
        savings[r] = m.savings;
        net[r] = m.savings - m.intervention_cost;
        cumulative[r] += net[r];
      }
      out[p][static_cast<std::size_t>(y)] = {quantiles(cost), quantiles(savings), quantiles(net),
                                             quantiles(cumulative)};
    }
  }
  return out;
}

const std::vector<PartyPayers>& party_payers() {
  // A municipality pays under four laws, and a wethouder asks for the sum.
  static const std::vector<PartyPayers> all = {
      {"gemeente", {Payer::wmo, Payer::jeugdwet, Payer::participatiewet, Payer::welzijn_subsidie}},
      {"zorgverzekeraar", {Payer::zvw}},
      {"zorgkantoor", {Payer::wlz}},
  };
  return all;
}

std::vector<PartyYears> party_years(const Comparison& c) {
  const int years = years_of(c);
  const MoneyTable table = money_table(c);
  const auto n = static_cast<std::size_t>(c.replications());
  std::vector<PartyYears> out;
  for (const PartyPayers& party : party_payers()) {
    PartyYears& py = out.emplace_back(PartyYears{party.id, {}});
    std::vector<double> cumulative(n, 0.0);
    for (int y = 0; y < years; ++y) {
      std::vector<double> cost(n, 0.0);
      std::vector<double> savings(n, 0.0);
      std::vector<double> net(n, 0.0);
      for (std::size_t r = 0; r < n; ++r) {
        for (const Payer p : party.payers) {
          const Money& m = table[r][static_cast<std::size_t>(p)][static_cast<std::size_t>(y)];
          cost[r] += m.intervention_cost;
          savings[r] += m.savings;
          net[r] += m.savings - m.intervention_cost;
        }
        cumulative[r] += net[r];
      }
      py.years.push_back({quantiles(cost), quantiles(savings), quantiles(net), quantiles(cumulative)});
    }
  }
  return out;
}

std::vector<std::optional<int>> break_even_years(const Comparison& c) {
  const MoneyTable table = money_table(c);
  std::vector<std::optional<int>> out;
  out.reserve(n_payers + 1);
  for (std::size_t p = 0; p <= n_payers; ++p) out.push_back(break_even_from(table, c, p));
  return out;
}

Quantiles last_year_change(const Comparison& c, std::string_view series) {
  const std::size_t s = series_index(series);
  return over_replications(
      c, [&](std::size_t r) { return final_year_mean(c.plan[r], s, c) - final_year_mean(c.baseline[r], s, c); });
}

Quantiles last_year_relative_change(const Comparison& c, std::string_view series) {
  const std::size_t s = series_index(series);
  return over_replications(c, [&](std::size_t r) {
    const double base = final_year_mean(c.baseline[r], s, c);
    return base != 0.0 ? final_year_mean(c.plan[r], s, c) / base - 1.0 : 0.0;
  });
}

std::string business_case_csv(const Comparison& c) {
  fmt::memory_buffer out;
  const auto row = [&out](std::string_view section, std::string_view year, std::string_view subject,
                          std::string_view other, std::string_view measure, std::string_view unit, const Quantiles& q) {
    fmt::format_to(std::back_inserter(out), "{},{},{},{},{},{},{},{},{}\n", section, year, subject, other, measure,
                   unit, q.p5, q.p50, q.p95);
  };
  fmt::format_to(std::back_inserter(out), "section,year,subject,other,measure,unit,p5,p50,p95\n");
  const int years = years_of(c);
  const auto by_payer = payer_years(c);
  const MoneyTable table = money_table(c);
  for (std::size_t p = 0; p <= n_payers; ++p) {
    const std::string_view payer = p == total_row ? "all" : payer_name(static_cast<Payer>(p));
    for (int y = 0; y < years; ++y) {
      const PayerYear& py = by_payer[p][static_cast<std::size_t>(y)];
      const std::string year = year_label(c, y);
      row("payer", year, payer, "", "intervention_cost", "EUR", py.intervention_cost);
      row("payer", year, payer, "", "savings", "EUR", py.savings);
      row("payer", year, payer, "", "net", "EUR", py.net);
      row("payer", year, payer, "", "cumulative_net", "EUR", py.cumulative_net);
    }
    const std::optional<int> even = break_even_from(table, c, p);
    fmt::format_to(std::back_inserter(out), "break_even,,{},,break_even_year,year,,{},\n", payer,
                   even ? std::to_string(*even) : std::string("none"));
  }
  for (const PartyYears& party : party_years(c)) {
    for (int y = 0; y < years; ++y) {
      const PayerYear& py = party.years[static_cast<std::size_t>(y)];
      const std::string year = year_label(c, y);
      row("party", year, party.id, "", "intervention_cost", "EUR", py.intervention_cost);
      row("party", year, party.id, "", "net", "EUR", py.net);
      row("party", year, party.id, "", "cumulative_net", "EUR", py.cumulative_net);
    }
  }
  // Wrong pocket: each payer's cumulative savings, divided over the investors by their share of the
  // interventions' cost.
  for (std::size_t investor = 0; investor < n_payers; ++investor) {
    for (std::size_t beneficiary = 0; beneficiary < n_payers; ++beneficiary) {
      const Quantiles q = over_replications(c, [&](std::size_t r) {
        double invested = 0.0;
        double all_invested = 0.0;
        double saved = 0.0;
        for (std::size_t y = 0; y < static_cast<std::size_t>(years); ++y) {
          invested += table[r][investor][y].intervention_cost;
          all_invested += table[r][total_row][y].intervention_cost;
          saved += table[r][beneficiary][y].savings;
        }
        return all_invested > 0.0 ? saved * invested / all_invested : 0.0;
      });
      if (q.p5 == 0.0 && q.p50 == 0.0 && q.p95 == 0.0) continue;
      row("wrong_pocket", "", payer_name(static_cast<Payer>(investor)), payer_name(static_cast<Payer>(beneficiary)),
          "attributed_savings", "EUR", q);
    }
  }
  // Workforce, waiting and the right place: the plan against the baseline over the last year.
  const auto change = [&](std::size_t s, bool saved) {
    return over_replications(c, [&](std::size_t r) {
      const double d = final_year_mean(c.plan[r], s, c) - final_year_mean(c.baseline[r], s, c);
      return saved ? -d : d;
    });
  };
  const std::string last = year_label(c, years - 1);
  for (std::size_t k = 0; k < n_professions; ++k) {
    const std::string_view name = profession_names[k];
    row("workforce", last, name, "", "fte_required_saved", "FTE",
        change(series_index(fmt::format("profession/{}/fte_required", name)), true));
    row("workforce", last, name, "", "shortage_fte_change", "FTE",
        change(series_index(fmt::format("profession/{}/shortage_fte", name)), false));
  }
  for (std::size_t p = 0; p < n_places; ++p) {
    const std::string_view name = place_names[p];
    row("waiting", last, name, "", "waiting_change", place_unit(static_cast<Place>(p)),
        change(series_index(fmt::format("place/{}/waiting", name)), false));
    row("waiting", last, name, "", "wait_mean_change", "months",
        change(series_index(fmt::format("place/{}/wait_mean", name)), false));
  }
  for (int y = 0; y < years; ++y) {
    row("right_place", year_label(c, y), "all", "", "questions_moved_to_right_place", "questions",
        over_replications(c, [&](std::size_t r) {
          return c.plan_right_place[r][static_cast<std::size_t>(y)] -
                 c.baseline_right_place[r][static_cast<std::size_t>(y)];
        }));
  }
  return fmt::to_string(out);
}

}  // namespace regiotwin
