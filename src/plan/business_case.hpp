#pragma once
// The business case of a regioplan per party (model.md §5-6, docs/regioplan.md), from its comparison
// with the baseline. Per payer and year: what the interventions cost the payer, what the payer saves
// on care (baseline care cost minus plan care cost), and the net; cumulated over the horizon, with
// the break-even year. The wrong-pocket matrix divides each payer's savings over the investors in
// proportion to what they paid: with several interventions their savings cannot be told apart
// within one plan run, so the proportional split is an attribution, not a measurement. Also the
// FTE saved per profession, the change in waiting per place and the questions moved to a right
// place. Every figure is P5/P50/P95 over replications.
#include <optional>
#include <string>
#include <string_view>

#include "plan/comparison.hpp"

namespace regiotwin {

// business_case.csv: section,year,subject,other,measure,unit,p5,p50,p95 (docs/regioplan.md).
std::string business_case_csv(const Comparison& comparison);

struct PayerYear {
  Quantiles intervention_cost;
  Quantiles savings;
  Quantiles net;
  Quantiles cumulative_net;
};

// Per payer (and, last, all payers together) and year of the run.
std::vector<std::vector<PayerYear>> payer_years(const Comparison& comparison);

// The parties behind the payers (docs/regioplan.md), and their money per year like a payer's.
struct PartyPayers {
  std::string_view id;
  std::vector<Payer> payers;
};
const std::vector<PartyPayers>& party_payers();
struct PartyYears {
  std::string_view id;
  std::vector<PayerYear> years;
};
std::vector<PartyYears> party_years(const Comparison& comparison);

// The first year whose cumulative net is 0 or more, per replication; the median over replications,
// or nothing when in most it never is; per payer and, last, all payers together.
std::vector<std::optional<int>> break_even_years(const Comparison& comparison);

// Plan minus baseline of a series (comparison_series() name) over the last twelve months, as a
// monthly mean, and as a share of the baseline's.
Quantiles last_year_change(const Comparison& comparison, std::string_view series);
Quantiles last_year_relative_change(const Comparison& comparison, std::string_view series);

}  // namespace regiotwin
