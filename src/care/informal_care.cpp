#include "care/informal_care.hpp"

#include <algorithm>

namespace regiotwin {

InformalCareSettings InformalCareSettings::from(const ParameterSet& params) {
  InformalCareSettings s;
  s.overloaded_at_start = params.real("carers_overloaded_start_share");
  s.recovery = 1.0 / params.real("carer_overload_months");
  s.strain_per_waiting = params.real("carer_strain_per_waiting");
  s.gap_to_wmo = params.real("informal_gap_to_wmo");
  s.gap_to_home_nursing = params.real("informal_gap_to_home_nursing");
  s.gap_to_wlz = params.real("informal_gap_to_wlz");
  s.volunteering = params.table("volunteering_in_care_by_age").per_year();
  s.welzijn_share_of_volunteers = params.real("welzijn_volunteer_share_of_care_volunteers");
  s.volunteer_hours_per_month = params.real("volunteer_hours_per_month");
  s.volunteer_capacity_share = params.real("welzijn_volunteer_capacity_share");
  s.volunteer_dropout = 1.0 / (12.0 * params.real("volunteer_tenure_years"));
  s.dropout_per_load = params.real("volunteer_dropout_per_load");
  s.gave_up_to_gp = params.real("welzijn_gave_up_to_gp");
  return s;
}

double InformalCareSettings::volunteer_potential(const std::array<double, n_ages>& residents_by_age) const {
  double potential = 0.0;
  for (std::size_t a = 0; a < n_ages; ++a) potential += residents_by_age[a] * volunteering[a];
  return potential;
}

InformalCarers::InformalCarers(const InformalCareSettings& settings)
    : settings_(&settings), overloaded_share_(settings.overloaded_at_start) {}

InformalCarers::Month InformalCarers::step(double in_need, double with_carer, double waiting) {
  const double o = overloaded_share_;
  const double per_carer = with_carer > 0.0 ? waiting / with_carer : 0.0;
  const double without_care = std::max(0.0, in_need - with_carer * (1.0 - o));
  if (!started_) {
    // λ₀ (1 + s·w₀) (1 − o₀) = μ o₀: the start is the steady state.
    base_chance_ = settings_->recovery * o / (1.0 - o) / (1.0 + settings_->strain_per_waiting * per_carer);
    without_care_at_start_ = in_need > 0.0 ? without_care / in_need : 0.0;
    started_ = true;
  }
  Month out;
  out.overloaded = with_carer * o;
  out.without_care = without_care;
  out.shifted = without_care - in_need * without_care_at_start_;

  const double chance = std::min(1.0, base_chance_ * (1.0 + settings_->strain_per_waiting * per_carer));
  overloaded_share_ = o + chance * (1.0 - o) - settings_->recovery * o;
  return out;
}

Volunteers::Volunteers(const InformalCareSettings& settings) : settings_(&settings) {}

void Volunteers::start_month(double potential) {
  if (started_) return;
  volunteers_ = settings_->welzijn_share_of_volunteers * potential;
  volunteers_at_start_ = volunteers_;
  started_ = true;
}

void Volunteers::end_month(double load, double potential) {
  if (load_at_start_ < 0.0) load_at_start_ = load;
  const double rise = load_at_start_ > 0.0 ? std::max(0.0, load / load_at_start_ - 1.0) : 0.0;
  const double d0 = settings_->volunteer_dropout;
  const double dropout = std::min(1.0, d0 * (1.0 + settings_->dropout_per_load * rise));
  volunteers_ = volunteers_ * (1.0 - dropout) + d0 * settings_->welzijn_share_of_volunteers * potential;
}

}  // namespace regiotwin
