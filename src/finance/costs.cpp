#include "finance/costs.hpp"

#include <algorithm>
#include <cmath>

namespace regiotwin {
namespace {

std::size_t index(Place p) { return static_cast<std::size_t>(p); }

// A place's month: the cost goes to its payers, then the clients' own contribution moves from the
// law's payer to eigen_bijdrage.
void book_place(const CostSettings& s, Place place, double units, double factor, Ledger& ledger) {
  const std::size_t i = index(place);
  const CostLine line = line_of(place);
  const PlacePayer& who = s.payers[i];
  const double cost = units * s.unit_cost[i] * factor;
  ledger.book(who.payer, line, cost * (1.0 - who.split_share));
  if (who.split_share > 0.0) ledger.book(who.split_payer, line, cost * who.split_share);
  // An own contribution is part of the unit cost, never more than it.
  const double own = units * std::min(s.own_contribution[i], s.unit_cost[i]) * factor;
  if (own > 0.0) ledger.transfer(line, who.payer, Payer::eigen_bijdrage, own);
}

}  // namespace

std::array<PlacePayer, n_places> place_payers(double wijkteam_jeugdwet_share) {
  std::array<PlacePayer, n_places> p{};
  p[index(Place::gp)] = {Payer::zvw};
  p[index(Place::poh_ggz)] = {Payer::zvw};
  p[index(Place::wijkteam)] = {Payer::wmo, Payer::jeugdwet, wijkteam_jeugdwet_share};
  p[index(Place::welzijn)] = {Payer::welzijn_subsidie};
  p[index(Place::basic_ggz)] = {Payer::zvw};
  p[index(Place::specialist_ggz)] = {Payer::zvw};
  p[index(Place::wijkverpleging)] = {Payer::zvw};
  p[index(Place::wmo_provider)] = {Payer::wmo};
  p[index(Place::youth_care)] = {Payer::jeugdwet};
  p[index(Place::wlz_provider)] = {Payer::wlz};
  p[index(Place::work_income_desk)] = {Payer::participatiewet};
  return p;
}

std::string unit_cost_parameter(Place place) {
  return std::string(place_names[index(place)]) +
         (ongoing_need(place) ? "_cost_per_client_month_eur" : "_cost_per_contact_eur");
}

CostSettings CostSettings::from(const ParameterSet& params) {
  CostSettings s;
  for (std::size_t p = 0; p < n_places; ++p) s.unit_cost[p] = params.real(unit_cost_parameter(static_cast<Place>(p)));
  s.own_contribution[index(Place::wmo_provider)] = params.real("wmo_own_contribution_per_client_month_eur");
  s.own_contribution[index(Place::wlz_provider)] = params.real("wlz_own_contribution_per_client_month_eur");
  s.payers = place_payers(params.real("wijkteam_jeugdwet_share"));
  s.other_zvw_per_resident_month = params.table("other_zvw_care_per_resident_month_eur").per_year();
  s.bijstand_benefit_per_recipient_month = params.real("bijstand_benefit_per_recipient_month_eur");
  s.price_index_per_year = params.real("price_index_per_year");
  return s;
}

double CostSettings::price_factor(int year) const {
  return std::pow(1.0 + price_index_per_year, year - price_base_year);
}

double billed_units(const CareMonth& care, Place place) {
  return care.place(place, ongoing_need(place) ? PlaceMeasure::in_care : PlaceMeasure::served);
}

Ledger book_month(const CostSettings& settings, const CareMonth& care,
                  const std::array<double, n_ages>& residents_by_age, double bijstand_recipients, int year) {
  const double factor = settings.price_factor(year);
  Ledger ledger;
  for (std::size_t p = 0; p < n_places; ++p) {
    const auto place = static_cast<Place>(p);
    book_place(settings, place, billed_units(care, place), factor, ledger);
  }
  double other_zvw = 0.0;
  for (std::size_t a = 0; a < n_ages; ++a) other_zvw += residents_by_age[a] * settings.other_zvw_per_resident_month[a];
  ledger.book(Payer::zvw, CostLine::other_zvw_care, other_zvw * factor);
  ledger.book(Payer::participatiewet, CostLine::bijstand_benefits,
              bijstand_recipients * settings.bijstand_benefit_per_recipient_month * factor);
  return ledger;
}

}  // namespace regiotwin
