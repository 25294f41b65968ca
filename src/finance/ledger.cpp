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

double Ledger::total() const { return std::accumulate(amounts_.begin(), amounts_.end(), 0.0); }

}  // namespace regiotwin
