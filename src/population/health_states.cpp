#include "population/health_states.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <string>

#include "population/rates.hpp"

namespace regiotwin {
namespace {

constexpr double max_prevalence = 0.98;
constexpr double max_rate_per_year = 12.0;  // a state that must end at an age ends within months

double monthly(double per_year) { return monthly_probability(std::min(per_year, max_rate_per_year)); }

// Informal carers follow from the household (synthesis and household events), not from a table.
bool has_table(State s) { return s != State::informal_carer; }

// One year of age of one state: the shares with at least level 1 and 2 at its start and at the
// next birthday, and (frailty only) the monthly death probability without and with the state.
struct YearOfAge {
  std::array<double, 2> start{};
  std::array<double, 2> target{};
  int levels = 1;
  std::array<double, 2> death{};
};
using Monthly = std::array<double, 2>;

// The shares with at least level 1 and 2 after twelve months with these monthly probabilities,
// applied as the engine applies them (up from level L, down from level L + 1, deaths).
std::array<double, 2> after_year(const YearOfAge& y, const Monthly& up, const Monthly& down) {
  std::array<double, 3> level = {1.0 - y.start[0], y.start[0] - y.start[1], y.start[1]};
  for (int month = 0; month < 12; ++month) {
    const std::array<double, 3> was = level;
    level[0] += -was[0] * up[0] + was[1] * down[0];
    level[1] += was[0] * up[0] - was[1] * (down[0] + up[1]) + was[2] * down[1];
    level[2] += was[1] * up[1] - was[2] * down[1];
    level[0] *= 1.0 - y.death[0];
    level[1] *= 1.0 - y.death[1];
    level[2] *= 1.0 - y.death[1];
  }
  const double alive = level[0] + level[1] + level[2];
  return {(level[1] + level[2]) / alive, level[2] / alive};
}

// The value in [lo, hi] where an increasing function crosses zero (bisection to 1e-12).
template <typename F>
double crossing(F f, double lo, double hi) {
  if (f(lo) >= 0.0) return lo;
  if (f(hi) <= 0.0) return hi;
  for (int i = 0; i < 60; ++i) {
    const double mid = 0.5 * (lo + hi);
    (f(mid) < 0.0 ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

// Monthly incidence (up) that carries the start shares to the target shares in a year, with the
// given remission (down); where even no incidence leaves too many, remission is raised instead.
// Level 2 and level 1 depend on each other, so they are fitted in turn until both hold.
std::pair<Monthly, Monthly> fit_year(const YearOfAge& y, Monthly down) {
  const double cap = monthly(max_rate_per_year);
  Monthly up{};
  for (int round = 0; round < (y.levels == 2 ? 8 : 1); ++round) {
    for (int l = y.levels - 1; l >= 0; --l) {
      const auto li = static_cast<std::size_t>(l);
      const auto excess_with_up = [&](double v) {
        Monthly u = up;
        u[li] = v;
        return after_year(y, u, down)[li] - y.target[li];
      };
      up[li] = crossing(excess_with_up, 0.0, cap);
      if (up[li] == 0.0 && excess_with_up(0.0) > 0.0 && y.start[li] > 0.0) {
        const auto shortfall_with_down = [&](double v) {
          Monthly d = down;
          d[li] = v;
          return y.target[li] - after_year(y, up, d)[li];
        };
        down[li] = crossing(shortfall_with_down, down[li], cap);
      }
    }
  }
  return {up, down};
}

std::string level_two_name(State s) {
  if (s == State::chronic) return "chronic_2plus";
  return s == State::mental ? "mental_severe" : "wmo_household_help";
}

}  // namespace

std::array<double, n_ages> smooth_per_year(const AgeTable& table) {
  std::array<double, n_ages> out = table.per_year();
  for (std::size_t b = 0; b + 1 < table.bands.size(); ++b) {
    const AgeBand lo = table.bands[b];
    const AgeBand hi = table.bands[b + 1];
    const double v0 = table.values[b];
    const double v1 = table.values[b + 1];
    if (lo.to - lo.from > 14 || hi.to - hi.from > 14 || v0 == 0.0 || v1 == 0.0) continue;
    const double m0 = 0.5 * (lo.from + lo.to);
    const double m1 = 0.5 * (hi.from + hi.to);
    for (int a = static_cast<int>(std::ceil(m0)); a <= static_cast<int>(std::floor(m1)); ++a) {
      out[static_cast<std::size_t>(a)] = v0 + (v1 - v0) * (a - m0) / (m1 - m0);
    }
  }
  // Interpolation moves weight between halves of a band; rescale so every band keeps its mean,
  // which is the published figure.
  for (std::size_t b = 0; b < table.bands.size(); ++b) {
    const AgeBand band = table.bands[b];
    double sum = 0.0;
    for (int a = band.from; a <= band.to; ++a) sum += out[static_cast<std::size_t>(a)];
    const double mean = sum / (band.to - band.from + 1);
    if (mean <= 0.0) continue;
    for (int a = band.from; a <= band.to; ++a) out[static_cast<std::size_t>(a)] *= table.values[b] / mean;
  }
  return out;
}

StateSettings::StateSettings(const ParameterSet& params, const LifeTable& life_table) {
  const double frail_ratio = params.real("frailty_mortality_ratio");
  for (std::size_t si = 0; si < n_states; ++si) {
    const auto s = static_cast<State>(si);
    if (!has_table(s)) continue;
    const std::string name(state_names[si]);
    elasticity_[si] = params.real(name + "_deprivation_elasticity");
    const double ratio = params.real(name + "_women_ratio");
    const std::array<double, n_sexes> sex_factor = {2.0 / (1.0 + ratio), 2.0 * ratio / (1.0 + ratio)};
    const int levels = is_levelled(s) ? 2 : 1;
    for (int level = 1; level <= levels; ++level) {
      const auto curve = smooth_per_year(params.table((level == 1 ? name : level_two_name(s)) + "_prevalence"));
      for (std::size_t sex = 0; sex < n_sexes; ++sex) {
        for (std::size_t a = 0; a < n_ages; ++a) {
          prevalence_[si][static_cast<std::size_t>(level - 1)][sex][a] =
              std::min(max_prevalence, curve[a] * sex_factor[sex]);
        }
      }
    }
    const double r1 = params.real(name + "_remission_per_year");
    const double r2 = levels == 2 ? params.real(level_two_name(s) + "_remission_per_year") : 0.0;
    for (std::size_t sex = 0; sex < n_sexes; ++sex) {
      for (std::size_t a = 0; a < n_ages; ++a) {
        const std::size_t next = std::min(a + 1, static_cast<std::size_t>(max_age));
        YearOfAge year;
        year.start = {prevalence_[si][0][sex][a], levels == 2 ? prevalence_[si][1][sex][a] : 0.0};
        year.target = {prevalence_[si][0][sex][next], levels == 2 ? prevalence_[si][1][sex][next] : 0.0};
        year.levels = levels;
        if (s == State::frailty) {
          // Frail persons die more often, which thins the frail along a cohort: incidence makes
          // up for it so that prevalence by age holds.
          const double q = life_table.monthly(static_cast<Sex>(sex), static_cast<int>(a));
          const double other = 1.0 / (1.0 + year.start[0] * (frail_ratio - 1.0));
          year.death = {q * other, q * frail_ratio * other};
        }
        StateRates& r = rates_[sex][a];
        const auto [up, down] = fit_year(year, {monthly(r1), monthly(r2)});
        for (std::size_t level = 0; level < 2; ++level) {
          r.up[si][level] = up[level];
          r.down[si][level] = down[level];
        }
      }
    }
  }
  for (std::size_t sex = 0; sex < n_sexes; ++sex) {
    for (std::size_t a = 0; a < n_ages; ++a) {
      std::uint16_t allowed = 0;
      for (std::size_t si = 0; si < n_states; ++si) {
        const auto s = static_cast<State>(si);
        if (!has_table(s) || prevalence_[si][0][sex][a] > 0.0) allowed |= StateSet::bits_of(s);
      }
      allowed_[sex][a] = allowed;
      const double p = prevalence_[static_cast<std::size_t>(State::frailty)][0][sex][a];
      const double other = 1.0 / (1.0 + p * (frail_ratio - 1.0));
      mortality_factor_[0][sex][a] = other;
      mortality_factor_[1][sex][a] = frail_ratio * other;
    }
  }
  set_max_multipliers(StateMultipliers{1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
}

StateMultipliers StateSettings::multipliers(double deprivation_index) const {
  StateMultipliers m{};
  for (std::size_t s = 0; s < n_states; ++s) m[s] = std::pow(deprivation_index, elasticity_[s]);
  return m;
}

void StateSettings::set_max_multipliers(const StateMultipliers& max_multiplier, double max_worsening) {
  IncidenceFactors::Max max_factor{};
  for (auto& levels : max_factor) levels = {1.0, 1.0};
  max_factor[static_cast<std::size_t>(State::mental)][1] = max_worsening;
  set_max_multipliers(max_multiplier, max_factor);
}

void StateSettings::set_max_multipliers(const StateMultipliers& max_multiplier,
                                        const IncidenceFactors::Max& max_factor) {
  // The highest remission of each state bit over ages and sexes: a levelled state's low bit is
  // level 1 (its remission to 0), its high bit level 2.
  std::array<double, 16> down_of_bit{};
  for (std::size_t s = 0; s < n_states; ++s) {
    const std::uint16_t mask = StateSet::bits_of(static_cast<State>(s));
    const auto low = static_cast<std::size_t>(std::countr_zero(mask));
    for (std::size_t sex = 0; sex < n_sexes; ++sex) {
      for (std::size_t a = 0; a < n_ages; ++a) {
        const StateRates& r = rates_[sex][a];
        down_of_bit[low] = std::max(down_of_bit[low], r.down[s][0]);
        if (is_levelled(static_cast<State>(s))) down_of_bit[low + 1] = std::max(down_of_bit[low + 1], r.down[s][1]);
      }
    }
  }
  for (std::size_t half = 0; half < 2; ++half) {
    for (std::size_t byte = 0; byte < 256; ++byte) {
      double sum = 0.0;
      for (std::size_t k = 0; k < 8; ++k) sum += ((byte >> k) & 1U) != 0 ? down_of_bit[8 * half + k] : 0.0;
      down_bound_[half][byte] = sum;
    }
  }
  for (std::size_t sex = 0; sex < n_sexes; ++sex) {
    for (std::size_t a = 0; a < n_ages; ++a) {
      const StateRates& r = rates_[sex][a];
      double sum = 0.0;
      for (std::size_t s = 0; s < n_states; ++s) {
        sum += std::max(r.up[s][0] * std::max(1.0, max_factor[s][0]), r.up[s][1] * std::max(1.0, max_factor[s][1])) *
               std::max(1.0, max_multiplier[s]);
      }
      up_bound_[sex][a] = sum;
    }
  }
}

const IncidenceFactors StateSettings::no_factors{};

IncidenceFactors::Max IncidenceFactors::highest() const {
  Max out{};
  for (std::size_t s = 0; s < n_states; ++s) {
    for (std::size_t level = 0; level < 2; ++level) {
      out[s][level] = *std::max_element(up[s][level].begin(), up[s][level].end());
    }
  }
  return out;
}

StateSettings::Change StateSettings::step(StateSet& states, Sex sex, int age, const StateMultipliers& m, double u,
                                          const IncidenceFactors& factors) const {
  const StateRates& r = rates(sex, age);
  const auto a = static_cast<std::size_t>(age);
  for (std::size_t si = 0; si < n_states; ++si) {
    const auto s = static_cast<State>(si);
    const int level = states.level(s);
    const int top = is_levelled(s) ? 2 : 1;
    if (level < top) {
      const auto l = static_cast<std::size_t>(level);
      const double p = std::min(1.0, r.up[si][l] * m[si] * factors.up[si][l][a]);
      if (u < p) {
        states.set(s, level + 1);
        return {si, true};
      }
      u -= p;
    }
    if (level > 0) {
      const double p = r.down[si][static_cast<std::size_t>(level - 1)];
      if (u < p) {
        states.set(s, level - 1);
        return {si, false};
      }
      u -= p;
    }
  }
  return {};
}

void StateSettings::assign(StateSet& states, Sex sex, int age, const StateMultipliers& m,
                           const std::array<double, n_states>& u) const {
  for (std::size_t si = 0; si < n_states; ++si) {
    const auto s = static_cast<State>(si);
    if (!has_table(s)) continue;
    const double p1 = std::min(max_prevalence, prevalence(s, 1, sex, age) * m[si]);
    const double p2 = is_levelled(s) ? std::min(p1, prevalence(s, 2, sex, age) * m[si]) : 0.0;
    states.set(s, u[si] < p2 ? 2 : (u[si] < p1 ? 1 : 0));
  }
}

}  // namespace regiotwin
