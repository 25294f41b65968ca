#include "region/region.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

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

namespace {

// Scales `counts` so that they add up to `target`, rounding by largest remainder.
void scale_to(std::vector<long long*>& counts, long long target) {
  const long long total =
      std::accumulate(counts.begin(), counts.end(), 0LL, [](long long s, const long long* c) { return s + *c; });
  if (total == 0) return;
  std::vector<std::pair<double, std::size_t>> remainders;
  long long assigned = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const double exact = static_cast<double>(*counts[i]) * static_cast<double>(target) / static_cast<double>(total);
    const auto whole = static_cast<long long>(std::floor(exact));
    remainders.emplace_back(exact - static_cast<double>(whole), i);
    *counts[i] = whole;
    assigned += whole;
  }
  // Largest remainders first; ties by position, so the result does not depend on the sort.
  std::sort(remainders.begin(), remainders.end(),
            [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  for (std::size_t k = 0; assigned < target; ++k, ++assigned) ++*counts[remainders[k % remainders.size()].second];
}

void sample_municipality(Municipality& m, double fraction) {
  const long long before = m.population;
  m.population = std::llround(static_cast<double>(before) * fraction);
  // Bands for both sexes add up to the population; bands per sex do so together: men first.
  std::map<int, std::vector<long long*>> sets;
  for (BandCount& b : m.age_bands) sets[b.sex ? static_cast<int>(*b.sex) : -1].push_back(&b.count);
  long long left = m.population;
  for (auto it = sets.begin(); it != sets.end(); ++it) {
    const long long sum = std::accumulate(it->second.begin(), it->second.end(), 0LL,
                                          [](long long s, const long long* c) { return s + *c; });
    const long long target = std::next(it) == sets.end()
                                 ? left
                                 : std::llround(static_cast<double>(sum) * static_cast<double>(m.population) /
                                                static_cast<double>(std::max(1LL, before)));
    scale_to(it->second, target);
    left -= target;
  }
  if (m.households) {
    HouseholdCounts& h = *m.households;
    h.households = std::llround(static_cast<double>(h.households) * fraction);
    std::vector<long long*> types = {&h.one_person, &h.without_children, &h.with_children};
    scale_to(types, h.households);
  }
  // A sample's budgets are its share of the municipality's, so that spend and budget still compare.
  for (BudgetRow& row : m.budgets.rows) row.eur *= fraction;
}

}  // namespace

Region sampled(const Region& region, double fraction) {
  Region out = region;
  for (Municipality& m : out.municipalities) sample_municipality(m, fraction);
  return out;
}

}  // namespace regiotwin
