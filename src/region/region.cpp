#include "region/region.hpp"

#include <algorithm>

namespace regiotwin {

long long Region::population() const {
  long long total = 0;
  for (const Municipality& m : municipalities) total += m.population;
  return total;
}

const Municipality* Region::find(const std::string& code) const {
  const auto it =
      std::find_if(municipalities.begin(), municipalities.end(), [&](const Municipality& m) { return m.code == code; });
  return it == municipalities.end() ? nullptr : &*it;
}

}  // namespace regiotwin
