#include "care/gp_practice.hpp"

#include <algorithm>
#include <cmath>

namespace regiotwin {

GpSettings GpSettings::from(const ParameterSet& params) {
  GpSettings s;
  const auto per_year = params.table("gp_contacts_per_person_year").per_year();
  for (std::size_t age = 0; age < per_year.size(); ++age) {
    const double mean = per_year[age] / 12.0;
    double p = std::exp(-mean);
    double cdf = p;
    for (int k = 0; k < max_contacts; ++k) {
      // u = bits / 2^32 is at least cdf exactly when bits exceeds ceil(cdf * 2^32) - 1; the scaling
      // is exact in floating point and cdf stays below one, so the threshold fits 32 bits.
      s.contact_thresholds[age][static_cast<std::size_t>(k)] =
          static_cast<std::uint32_t>(std::ceil(std::ldexp(std::min(cdf, 1.0), 32)) - 1.0);
      p *= mean / (k + 1);
      cdf += p;
    }
  }
  s.fte_per_inhabitant = params.real("gp_per_10000") / 10000.0 * params.real("gp_fte_per_gp");
  s.contacts_per_fte_month = params.real("gp_contacts_per_fte_year") / 12.0;
  s.monthly_abandonment = params.real("gp_monthly_abandonment");
  return s;
}

}  // namespace regiotwin
