#include "finance/ledger.hpp"

#include <numeric>

namespace regiotwin {

std::string_view payer_name(Payer payer) {
  switch (payer) {
    case Payer::zvw: return "zvw";
    case Payer::wmo: return "wmo";
    case Payer::jeugdwet: return "jeugdwet";
    case Payer::participatiewet: return "participatiewet";
    case Payer::welzijn_subsidie: return "welzijn_subsidie";
    case Payer::wlz: return "wlz";
    case Payer::eigen_bijdrage: return "eigen_bijdrage";
    case Payer::transformatiemiddelen: return "transformatiemiddelen";
    case Payer::count_: break;
  }
  return "?";
}

std::string_view cost_line_name(CostLine line) {
  const auto index = static_cast<std::size_t>(line);
  if (index < n_places) return place_names[index];
  switch (line) {
    case CostLine::other_zvw_care: return "other_zvw_care";
    case CostLine::bijstand_benefits: return "bijstand_benefits";
    case CostLine::interventions: return "interventions";
    default: return "?";
  }
}

double Ledger::amount(Payer payer) const {
  double sum = 0.0;
  for (const auto& line : amounts_) sum += line[static_cast<std::size_t>(payer)];
  return sum;
}

double Ledger::amount(CostLine line) const {
  const auto& payers = amounts_[static_cast<std::size_t>(line)];
  return std::accumulate(payers.begin(), payers.end(), 0.0);
}

double Ledger::total() const {
  double sum = 0.0;
  for (const auto& line : amounts_) sum += std::accumulate(line.begin(), line.end(), 0.0);
  return sum;
}

}  // namespace regiotwin
