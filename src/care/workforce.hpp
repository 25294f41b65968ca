#pragma once
// The workforce of one municipality per profession (model.md §4, docs/workforce.md): expected
// workers by age band with monthly inflow, turnover and retirement ("in-, door- en uitstroom"),
// the FTE they give, and the shortage against the FTE a place's demand requires. A place's
// capacity follows the available FTE, so a shortage becomes waiting.
#include <array>
#include <cstddef>
#include <string_view>

#include "care/care_types.hpp"
#include "care/questions.hpp"
#include "core/parameters.hpp"

namespace regiotwin {

// Age bands of the workforce: under 35, 35-44, 45-54, 55 to the pension age.
inline constexpr std::size_t n_workforce_bands = 4;
inline constexpr std::size_t oldest_workforce_band = n_workforce_bands - 1;
inline constexpr std::array<std::string_view, n_workforce_bands> workforce_band_names = {"under_35", "35_44", "45_54",
                                                                                         "55_to_pension"};

struct ProfessionSettings {
  double workers_per_inhabitant = 0.0;                 // at the start
  std::array<double, n_workforce_bands> age_shares{};  // at the start; add up to one
  double fte_per_worker = 0.0;
  double inflow_per_inhabitant_month = 0.0;  // workers entering the youngest band
  double monthly_turnover = 0.0;             // share of every band leaving in a month, before ageing
  // Share of a band's remaining workers moving to the next band in a month, 1 / (band width in
  // months); for the oldest band this is retirement at the pension age.
  std::array<double, n_workforce_bands> monthly_ageing{};
};

struct WorkforceSettings {
  std::array<ProfessionSettings, n_professions> professions{};
  double pension_age = 0.0;

  // Throws ValidationError naming the parameter when age shares do not use the four workforce
  // bands or do not add up to one.
  static WorkforceSettings from(const ParameterSet& params);

  [[nodiscard]] const ProfessionSettings& of(Profession p) const { return professions[static_cast<std::size_t>(p)]; }
  [[nodiscard]] ProfessionSettings& of(Profession p) { return professions[static_cast<std::size_t>(p)]; }
};

// One profession's month, in FTE: fte_end = fte_start + inflow - turnover - retirement.
struct ProfessionMonth {
  double fte_start = 0.0;
  double fte_end = 0.0;
  double inflow = 0.0;
  double turnover = 0.0;
  double retirement = 0.0;
};

struct WorkforceMonth {
  std::array<ProfessionMonth, n_professions> professions{};
  [[nodiscard]] const ProfessionMonth& of(Profession p) const { return professions[static_cast<std::size_t>(p)]; }
};

struct Shortage {
  double fte = 0.0;    // required - available, 0 when there is enough
  double share = 0.0;  // of the required FTE
};

// For a municipality, or for a region from its municipalities' summed FTE (which lets a surplus in
// one municipality cover a shortage in another; sum the municipal shortages instead to forbid that).
[[nodiscard]] Shortage shortage_of(double required_fte, double available_fte);

class Workforce {
 public:
  Workforce(const WorkforceSettings& settings, double inhabitants);

  // Advances one month: turnover leaves every band, the rest age by one band's share, the oldest
  // band's ageing is retirement, and the month's inflow joins the youngest band. A regioplan's
  // retention multiplies a profession's turnover by its factor (1: unchanged).
  WorkforceMonth step(const std::array<double, n_professions>& turnover_factor = unchanged_turnover);

  static constexpr std::array<double, n_professions> unchanged_turnover = [] {
    std::array<double, n_professions> a{};
    a.fill(1.0);
    return a;
  }();

  [[nodiscard]] double workers(Profession p) const;
  [[nodiscard]] double workers(Profession p, std::size_t band) const {
    return workers_[static_cast<std::size_t>(p)][band];
  }
  [[nodiscard]] double available_fte(Profession p) const { return workers(p) * settings_.of(p).fte_per_worker; }
  [[nodiscard]] const WorkforceSettings& settings() const { return settings_; }

 private:
  WorkforceSettings settings_;
  std::array<double, n_professions> inflow_per_month_{};  // workers
  std::array<std::array<double, n_workforce_bands>, n_professions> workers_{};
};

}  // namespace regiotwin
