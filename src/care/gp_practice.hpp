#pragma once
// The GP practice (huisarts): medical questions become contacts, served from the capacity of the
// GP FTE the municipality has.
#include <array>

#include "core/age_table.hpp"
#include "core/parameters.hpp"

namespace regiotwin {

struct GpSettings {
  // Poisson cumulative probabilities of k = 0..max_contacts contacts in a month, per year of age.
  static constexpr int max_contacts = 12;
  std::array<std::array<double, max_contacts + 1>, n_ages> contacts_cdf{};
  double fte_per_inhabitant = 0.0;
  double contacts_per_fte_month = 0.0;
  double monthly_abandonment = 0.0;

  static GpSettings from(const ParameterSet& params);

  // Contacts a person of this age asks for in a month, from one uniform draw (inversion).
  [[nodiscard]] int contacts(int age, double u) const {
    const auto& cdf = contacts_cdf[static_cast<std::size_t>(age)];
    int k = 0;
    while (k < max_contacts && u >= cdf[static_cast<std::size_t>(k)]) ++k;
    return k;
  }
};

}  // namespace regiotwin
