// The regioplan's money from outside the region's own budgets: the IZA transformation funds (model.md
// §5-6, docs/regioplan.md).
#include "core/parameter_declare.hpp"

namespace regiotwin::declare {

std::vector<ParamSpec> plan_parameters() {
  const std::string group = "regioplan";
  return {
      real("transformation_funds_per_resident_eur", group, "EUR per resident", 0.0, 10000.0, 109.3,
           "The region's share of the IZA transformation funds, per resident at the start: interventions funded "
           "from transformatiemiddelen draw on it until it is spent.",
           "Derived: EUR 1.961 bn left for transformation plans (Skipr, 18 September 2025, after EUR 346 million "
           "moved to the AZWA) over 17,942,942 residents (CBS, 1 January 2024)"),
      real("transformation_funds_last_year", group, "year", 2023.0, 2040.0, 2027.0,
           "Last year in which the transformation funds pay; after it they pay nothing, whatever is left.",
           "DUS-I, Specifieke uitkering transformatiemiddelen IZA 2024-2027: activities from 1 January 2024 to 31 "
           "December 2027"),
  };
}

}  // namespace regiotwin::declare
