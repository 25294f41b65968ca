#pragma once
// The cost model (model.md §5, docs/finance.md): what a municipality's month of care costs and who
// pays it. Each place's work has a unit cost in its own unit (a contact, or a client in care for a
// month); the insurer also pays the care the model does not simulate, by the residents' ages; the
// municipality pays bijstand benefits; clients of Wmo and Wlz care pay an own contribution instead of
// the law's payer. Amounts are in constant prices of the base year unless a price index is set.
#include <array>
#include <string>

#include "care/care_system.hpp"
#include "core/age_table.hpp"
#include "core/parameters.hpp"
#include "finance/ledger.hpp"

namespace regiotwin {

inline constexpr int price_base_year = 2024;

// Who pays for a place: `payer`, except a share `split_share` that `split_payer` pays.
struct PlacePayer {
  Payer payer = Payer::zvw;
  Payer split_payer = Payer::zvw;
  double split_share = 0.0;
};

// Who pays which place, said once.
std::array<PlacePayer, n_places> place_payers(double wijkteam_jeugdwet_share);

// The registry name of a place's unit cost: per contact or per client-month, after the place's unit.
std::string unit_cost_parameter(Place place);

struct CostSettings {
  std::array<double, n_places> unit_cost{};         // EUR per contact or client-month, base-year prices
  std::array<double, n_places> own_contribution{};  // EUR per client-month that the client pays (Wmo, Wlz)
  std::array<PlacePayer, n_places> payers{};
  std::array<double, n_ages> other_zvw_per_resident_month{};  // EUR by single year of age
  double bijstand_benefit_per_recipient_month = 0.0;
  double price_index_per_year = 0.0;

  static CostSettings from(const ParameterSet& params);
  // Turns base-year prices into prices of `year`: (1 + index)^(year - base year).
  [[nodiscard]] double price_factor(int year) const;
};

// The units a place bills in a month: served contacts at a contact place, clients in care at the
// month's end at a place of ongoing care.
double billed_units(const CareMonth& care, Place place);

// One municipality's month, booked per payer and per line. Pure: the same inputs give the same ledger.
Ledger book_month(const CostSettings& settings, const CareMonth& care,
                  const std::array<double, n_ages>& residents_by_age, double bijstand_recipients, int year);

}  // namespace regiotwin
