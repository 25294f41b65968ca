#pragma once
// The output dictionary: every indicator the engine produces per municipality and month, with its
// unit, meaning and how it aggregates over municipalities. It drives CSV headers and report legends.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace regiotwin {

enum class Indicator : std::size_t {
  population,
  population_65plus,
  population_80plus,
  deaths,
  births,
  immigrants,
  emigrants,
  population_under23,
  population_75_84,
  population_85plus,
  persons_alone,
  persons_in_institution,
  children_at_home,
  chronic_2plus,
  frail,
  mental_mild,
  mental_severe,
  lonely,
  financial_problems,
  youth_care,
  wmo,
  wmo_household_help,
  household_help_75_84,
  household_help_85plus,
  wlz,
  bijstand,
  informal_carer,
  need_help_at_home,
  need_help_with_carer,
  population_50_64,  // from the residents' ages after the person pass, not the stock counter
  gp_demand,
  gp_capacity,
  gp_served,
  gp_abandoned,
  gp_waiting,
  gp_wait_mean,
  gp_wait_p90,
  gp_fte,
  carers_overloaded,
  without_informal_care,
  informal_shift_wmo,
  informal_shift_home_nursing,
  informal_shift_wlz,
  welzijn_volunteers,
  welzijn_volunteer_hours,
  welzijn_gave_up_to_gp,
  cost_zvw,  // the costs per payer, in the order of finance/ledger.hpp's Payer
  cost_wmo,
  cost_jeugdwet,
  cost_participatiewet,
  cost_welzijn_subsidie,
  cost_wlz,
  cost_eigen_bijdrage,
  cost_transformatiemiddelen,
  cost_total,
  count_  // keep last
};
inline constexpr std::size_t n_indicators = static_cast<std::size_t>(Indicator::count_);

enum class Aggregation {
  sum,            // add over municipalities
  weighted_mean,  // mean over municipalities weighted by `weight`
  max,            // a percentile cannot be added; the region shows the worst municipality
};

struct IndicatorSpec {
  Indicator id;
  std::string_view name;
  std::string_view unit;
  Aggregation aggregation;
  Indicator weight;                 // only for weighted_mean
  std::string_view description;     // English
  std::string_view description_nl;  // Dutch, for reports
};

const std::array<IndicatorSpec, n_indicators>& indicator_dictionary();
inline const IndicatorSpec& spec(Indicator id) { return indicator_dictionary()[static_cast<std::size_t>(id)]; }
std::string_view aggregation_name(Aggregation aggregation);

// docs/indicators.md, generated from the dictionary.
std::string render_indicator_reference();

}  // namespace regiotwin
