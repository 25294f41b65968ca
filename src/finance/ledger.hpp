#pragma once
// Money booked per payer and per cost line. Every euro the model spends goes through a Ledger, so
// that the payers' amounts, the lines' amounts and the total always agree.
#include <array>
#include <cstddef>
#include <string_view>

#include "care/care_types.hpp"

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

// What the money is spent on. Lines 0 .. n_places - 1 are the care places in their order (line_of),
// so the places are not listed twice; the named lines follow them.
enum class CostLine : std::size_t {
  other_zvw_care = n_places,  // the insurer's cost of care the model does not simulate (hospital, pharmacy, ...)
  bijstand_benefits,          // social assistance paid to residents
  interventions,              // a regioplan's interventions (plan/schedule.hpp)
  count_
};
inline constexpr std::size_t n_cost_lines = static_cast<std::size_t>(CostLine::count_);

constexpr CostLine line_of(Place place) { return static_cast<CostLine>(static_cast<std::size_t>(place)); }
std::string_view cost_line_name(CostLine line);

class Ledger {
 public:
  void book(Payer payer, CostLine line, double amount) { at(payer, line) += amount; }
  // Moves money from one payer to another within a line (an own contribution paid instead of the
  // law's payer): the line's amount and the total do not change.
  void transfer(CostLine line, Payer from, Payer to, double amount) {
    at(from, line) -= amount;
    at(to, line) += amount;
  }

  [[nodiscard]] double amount(Payer payer, CostLine line) const {
    return amounts_[static_cast<std::size_t>(line)][static_cast<std::size_t>(payer)];
  }
  [[nodiscard]] double amount(Payer payer) const;
  [[nodiscard]] double amount(CostLine line) const;
  [[nodiscard]] double total() const;

 private:
  double& at(Payer payer, CostLine line) {
    return amounts_[static_cast<std::size_t>(line)][static_cast<std::size_t>(payer)];
  }
  std::array<std::array<double, n_payers>, n_cost_lines> amounts_{};
};

}  // namespace regiotwin
