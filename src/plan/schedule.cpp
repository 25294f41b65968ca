#include "plan/schedule.hpp"

#include <algorithm>

namespace regiotwin {
namespace {

bool runs_in(const Intervention& i, YearMonth month) { return month >= i.start && (!i.end || month <= *i.end); }

int lag_of(const Intervention& i) {
  return i.type == InterventionType::prevention ? static_cast<int>(i.number("lag_months")) : 0;
}

}  // namespace

double effect_by_dates(const Intervention& i, YearMonth month) {
  if (!runs_in(i, month)) return 0.0;
  const int since = month.index() - i.start.index() - lag_of(i);
  if (since < 0) return 0.0;
  if (i.ramp_months == 0) return 1.0;
  return std::min(1.0, static_cast<double>(since + 1) / i.ramp_months);
}

PlanSchedule schedule_plan(std::span<const Intervention> interventions, YearMonth from, int months,
                           const FundsSettings& funds) {
  PlanSchedule s;
  s.from = from;
  s.months = months;
  const auto n_months = static_cast<std::size_t>(months);
  s.effect.assign(interventions.size(), std::vector<double>(n_months, 0.0));
  s.cost.assign(interventions.size(), std::vector<PayerAmounts>(n_months));
  double left = funds.total;
  for (int m = 0; m < months; ++m) {
    const YearMonth month = from.plus(m);
    const bool funds_open = month.year() <= funds.last_year;
    for (std::size_t k = 0; k < interventions.size(); ++k) {
      const Intervention& i = interventions[k];
      if (!runs_in(i, month)) continue;
      const double cost = i.cost_per_year / 12.0;
      PayerAmounts& paid_by = s.cost[k][static_cast<std::size_t>(m)];
      if (i.funder != Payer::transformatiemiddelen) {
        paid_by[payer_index(i.funder)] += cost;
        s.effect[k][static_cast<std::size_t>(m)] = effect_by_dates(i, month);
        continue;
      }
      const double from_funds = funds_open ? std::min(cost, left) : 0.0;
      left -= from_funds;
      s.funds_spent += from_funds;
      if (from_funds < cost && funds_open && !s.funds_run_out) s.funds_run_out = month;
      const bool paid = from_funds >= cost || i.funder_after.has_value();
      if (!paid) continue;  // stops: no one pays for it
      paid_by[payer_index(Payer::transformatiemiddelen)] += from_funds;
      if (from_funds < cost) paid_by[payer_index(*i.funder_after)] += cost - from_funds;
      s.effect[k][static_cast<std::size_t>(m)] = effect_by_dates(i, month);
    }
  }
  return s;
}

}  // namespace regiotwin
