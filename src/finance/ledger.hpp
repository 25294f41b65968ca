#pragma once
// Money booked per payer. Every euro the model spends goes through a Ledger so that the payers'
// amounts always add up to the total.
#include <array>
#include <cstddef>
#include <string_view>

namespace regiotwin {

enum class Payer : std::size_t {
  zvw,                    // zorgverzekeraar, Zorgverzekeringswet
  wmo,                    // gemeente, Wet maatschappelijke ondersteuning
  jeugdwet,               // gemeente, Jeugdwet
  participatiewet,        // gemeente, Participatiewet
  welzijn_subsidie,       // gemeente, welfare subsidy
  wlz,                    // zorgkantoor, Wet langdurige zorg
  eigen_bijdrage,         // residents' own contribution
  transformatiemiddelen,  // IZA transformation funds
  count_
};
inline constexpr std::size_t n_payers = static_cast<std::size_t>(Payer::count_);

std::string_view payer_name(Payer payer);

class Ledger {
 public:
  void book(Payer payer, double amount) { amounts_[static_cast<std::size_t>(payer)] += amount; }
  [[nodiscard]] double amount(Payer payer) const { return amounts_[static_cast<std::size_t>(payer)]; }
  [[nodiscard]] double total() const;

 private:
  std::array<double, n_payers> amounts_{};
};

}  // namespace regiotwin
