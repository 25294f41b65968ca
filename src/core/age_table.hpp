#pragma once
#include <array>
#include <string>
#include <vector>

namespace regiotwin {

inline constexpr int max_age = 105;  // the last single-year age; everyone still alive dies within it
inline constexpr int n_ages = max_age + 1;

struct AgeBand {
  int from = 0;  // first year of age, inclusive
  int to = 0;    // last year of age, inclusive
  [[nodiscard]] std::string label() const;
  friend bool operator==(const AgeBand&, const AgeBand&) = default;
};

// A value per age band; bands must cover 0..max_age without gaps or overlaps.
struct AgeTable {
  std::vector<AgeBand> bands;
  std::vector<double> values;

  // One value per single year of age, for lookups in the monthly loop.
  [[nodiscard]] std::array<double, n_ages> per_year() const;
};

// Throws ValidationError unless `bands` partition 0..max_age in increasing order.
void check_partition(const std::vector<AgeBand>& bands, const std::string& what);

}  // namespace regiotwin

namespace regiotwin {
// Reads "0-14", "85+" or a single age "3"; throws ValidationError naming `what` otherwise.
AgeBand parse_age_band(const std::string& text, const std::string& what);
}  // namespace regiotwin
