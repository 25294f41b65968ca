#pragma once
// When each intervention of a regioplan acts and who pays what, month by month, decided before the
// run: the effect starts after its lag, grows over its ramp and stops after its end; its cost runs
// from start to end. Interventions funded from the transformation funds draw on the region's share
// in file order; when it is spent, or after the funds' last year, `funder_after` pays, or else the
// intervention stops. Nothing here depends on the simulation, so plan and baseline runs and all
// replications share one schedule.
#include <array>
#include <optional>
#include <span>
#include <vector>

#include "core/year_month.hpp"
#include "finance/ledger.hpp"
#include "plan/intervention.hpp"

namespace regiotwin {

using PayerAmounts = std::array<double, n_payers>;
constexpr std::size_t payer_index(Payer p) { return static_cast<std::size_t>(p); }

struct FundsSettings {
  double total = 0.0;  // the region's share, EUR
  int last_year = 0;   // the funds pay nothing after this year
};

struct PlanSchedule {
  YearMonth from;
  int months = 0;
  // Per intervention and month: the share of its full effect (0 to 1) and its cost by payer.
  std::vector<std::vector<double>> effect;
  std::vector<std::vector<PayerAmounts>> cost;
  std::optional<YearMonth> funds_run_out;  // the month the region's share was spent, if it was
  double funds_spent = 0.0;

  [[nodiscard]] double effect_of(std::size_t intervention, int month) const {
    return effect[intervention][static_cast<std::size_t>(month)];
  }
};

PlanSchedule schedule_plan(std::span<const Intervention> interventions, YearMonth from, int months,
                           const FundsSettings& funds);

// The share of the full effect in a month by the intervention's own dates only: 0 before start +
// lag, rising linearly over the ramp (1/ramp in its first month), 1 until its end, 0 after.
double effect_by_dates(const Intervention& intervention, YearMonth month);

}  // namespace regiotwin
