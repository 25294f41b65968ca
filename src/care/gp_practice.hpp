#pragma once
// The GP practice (huisarts): medical questions become contacts, served from the capacity of the
// GP FTE the municipality has.
#include <array>
#include <cstdint>

#include "core/age_table.hpp"
#include "core/parameters.hpp"

namespace regiotwin {

struct GpSettings {
  // Contacts in a month are Poisson by age, drawn by inversion from the 32 bits of a uniform:
  // the count is the number of thresholds the bits exceed, threshold k being where the cumulative
  // probability of k contacts or fewer lies in 32-bit units. Counting in whole numbers without
  // branches suits the vector unit, and u differs for everyone, so a search loop would mispredict.
  static constexpr int max_contacts = 12;
  std::array<std::array<std::uint32_t, max_contacts>, n_ages> contact_thresholds{};
  double fte_per_inhabitant = 0.0;
  double contacts_per_fte_month = 0.0;
  double monthly_abandonment = 0.0;

  static GpSettings from(const ParameterSet& params);

  // Contacts a person of this age asks for in a month; `bits` is a uniform's 32 bits.
  [[nodiscard]] int contacts(int age, std::uint32_t bits) const {
    const auto& thresholds = contact_thresholds[static_cast<std::size_t>(age)];
    int k = 0;
    for (const std::uint32_t t : thresholds) k += bits > t ? 1 : 0;
    return k;
  }
};

}  // namespace regiotwin
