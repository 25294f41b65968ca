// The budget rule (docs/finance.md "Budgets"): how a municipality's overspend on its budget feeds
// back into access to Wmo support the next year. Off by default: no published elasticity says how
// strongly municipalities tighten access, so a scenario sets it to explore the feedback.
#include "core/parameter_declare.hpp"

namespace regiotwin::declare {

std::vector<ParamSpec> budget_parameters() {
  const std::string group = "budget";
  return {
      real("budget_rule_wmo_access_per_overspend", group, "per overspend share", 0.0, 20.0, 0.0,
           "Strength k of the budget rule: when a municipality's modelled spend in a year exceeds its budget by a "
           "share s (its wmo budget in budgets.csv, else its sociaal_domein budget), the Wmo support beginning in "
           "that municipality the next year is multiplied by max(floor, 1 - k * s): stricter access. 0 turns the "
           "rule off; spending within the budget never loosens access.",
           "Policy assumption, no published elasticity: municipalities that overspend tighten access to "
           "maatwerkvoorzieningen (e.g. gemeente Zwolle, hervormingsagenda sociaal domein: an overspend of EUR 11 "
           "million on EUR 250 million a year to remove)"),
      real("budget_rule_wmo_access_floor", group, "share of the Wmo onset", 0.0, 1.0, 0.5,
           "Lowest factor the budget rule puts on the Wmo support beginning in a year, however large the overspend.",
           "Assumption: the Wmo's duty of care (zorgplicht, Wmo 2015 art. 2.3.5) keeps a municipality from "
           "refusing support it must give, so access cannot be cut without limit"),
      real("budget_rule_refused_home_nursing_share", group, "share", 0.0, 1.0, 0.3,
           "Of the residents the budget rule refuses Wmo support, the share who get personal care from district "
           "nursing (Zvw) instead, for as long as Wmo clients keep their support: stricter access shifts cost to the "
           "insurer.",
           "Assumption: the line between Wmo support and Zvw personal care (persoonlijke verzorging) is fluid "
           "(VNG/ZN afbakening Wmo-Zvw); about a third of household-help clients also need personal care"),
  };
}

}  // namespace regiotwin::declare
