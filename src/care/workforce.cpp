#include "care/workforce.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

namespace regiotwin {
namespace {

constexpr double months_per_year = 12.0;
constexpr double youngest_band_end = 35.0;  // age at which workers leave the youngest band
constexpr double middle_band_years = 10.0;  // 35-44 and 45-54
constexpr double oldest_band_start = 55.0;
constexpr double shares_tolerance = 1e-6;

std::string name_of(Profession p, std::string_view what) {
  return fmt::format("workforce_{}_{}", profession_names[static_cast<std::size_t>(p)], what);
}

std::array<double, n_workforce_bands> read_age_shares(const ParameterSet& params, Profession p) {
  const std::string name = name_of(p, "age_shares");
  const AgeTable& table = params.table(name);
  const std::vector<AgeBand> expected = {{0, 34}, {35, 44}, {45, 54}, {55, max_age}};
  if (table.bands != expected) {
    throw ValidationError(
        fmt::format("{}: expected the workforce's age bands 0-34, 35-44, 45-54 and 55+ (to the pension age)", name));
  }
  std::array<double, n_workforce_bands> shares{};
  std::copy(table.values.begin(), table.values.end(), shares.begin());
  const double sum = std::accumulate(shares.begin(), shares.end(), 0.0);
  if (std::abs(sum - 1.0) > shares_tolerance) {
    throw ValidationError(fmt::format("{}: the age shares add up to {:g}, expected 1", name, sum));
  }
  return shares;
}

// Ageing at 1 / (band width) a month treats ages within a band as evenly spread, which keeps the
// state to four numbers per profession; the entry age sets how wide the youngest band is.
std::array<double, n_workforce_bands> monthly_ageing(double entry_age, double pension_age) {
  const std::array<double, n_workforce_bands> years = {youngest_band_end - entry_age, middle_band_years,
                                                       middle_band_years, pension_age - oldest_band_start};
  std::array<double, n_workforce_bands> rates{};
  for (std::size_t b = 0; b < n_workforce_bands; ++b) rates[b] = 1.0 / (years[b] * months_per_year);
  return rates;
}

// The GP's density and working time are the GP practice's own parameters.
void read_gp_stock(const ParameterSet& params, ProfessionSettings& s) {
  s.workers_per_inhabitant = params.real("gp_per_10000") / 10000.0;
  s.fte_per_worker = params.real("gp_fte_per_gp");
}

void read_stock(const ParameterSet& params, Profession p, ProfessionSettings& s) {
  s.workers_per_inhabitant = params.real(name_of(p, "per_10000")) / 10000.0;
  s.fte_per_worker = params.real(name_of(p, "fte_per_worker"));
}

}  // namespace

WorkforceSettings WorkforceSettings::from(const ParameterSet& params) {
  WorkforceSettings settings;
  settings.pension_age = params.real("workforce_pension_age");
  for (std::size_t i = 0; i < n_professions; ++i) {
    const auto p = static_cast<Profession>(i);
    ProfessionSettings& s = settings.professions[i];
    if (p == Profession::gp) {
      read_gp_stock(params, s);
    } else {
      read_stock(params, p, s);
    }
    s.age_shares = read_age_shares(params, p);
    s.inflow_per_inhabitant_month = params.real(name_of(p, "inflow_per_10000")) / 10000.0 / months_per_year;
    // A yearly share becomes the monthly share that compounds to it.
    s.monthly_turnover = 1.0 - std::pow(1.0 - params.real(name_of(p, "turnover")), 1.0 / months_per_year);
    s.monthly_ageing = monthly_ageing(params.real(name_of(p, "entry_age")), settings.pension_age);
  }
  return settings;
}

Shortage shortage_of(double required_fte, double available_fte) {
  if (!(required_fte > available_fte)) return {};
  const double gap = required_fte - available_fte;
  return {gap, gap / required_fte};
}

Workforce::Workforce(const WorkforceSettings& settings, double inhabitants) : settings_(settings) {
  for (std::size_t i = 0; i < n_professions; ++i) {
    const ProfessionSettings& s = settings_.professions[i];
    const double total = s.workers_per_inhabitant * inhabitants;
    for (std::size_t b = 0; b < n_workforce_bands; ++b) workers_[i][b] = total * s.age_shares[b];
    inflow_per_month_[i] = s.inflow_per_inhabitant_month * inhabitants;
  }
}

double Workforce::workers(Profession p) const {
  const auto& bands = workers_[static_cast<std::size_t>(p)];
  return std::accumulate(bands.begin(), bands.end(), 0.0);
}

WorkforceMonth Workforce::step(const std::array<double, n_professions>& turnover_factor) {
  WorkforceMonth month;
  for (std::size_t i = 0; i < n_professions; ++i) {
    const ProfessionSettings& s = settings_.professions[i];
    auto& bands = workers_[i];
    ProfessionMonth& out = month.professions[i];
    out.fte_start = std::accumulate(bands.begin(), bands.end(), 0.0) * s.fte_per_worker;

    // Turnover first, then ageing of those who stay: both are shares of what is there, so no band
    // can go below zero whatever the rates.
    double turnover = 0.0;
    double ageing_in = 0.0;
    const double turnover_share = std::min(1.0, s.monthly_turnover * turnover_factor[i]);
    for (std::size_t b = 0; b < n_workforce_bands; ++b) {
      const double leaving = bands[b] * turnover_share;
      const double staying = bands[b] - leaving;
      const double ageing_out = staying * s.monthly_ageing[b];
      bands[b] = staying - ageing_out + ageing_in;
      turnover += leaving;
      ageing_in = ageing_out;
    }
    const double retired = ageing_in;  // ageing out of the oldest band is reaching the pension age
    bands[0] += inflow_per_month_[i];

    out.inflow = inflow_per_month_[i] * s.fte_per_worker;
    out.turnover = turnover * s.fte_per_worker;
    out.retirement = retired * s.fte_per_worker;
    out.fte_end = std::accumulate(bands.begin(), bands.end(), 0.0) * s.fte_per_worker;
  }
  return month;
}

}  // namespace regiotwin
