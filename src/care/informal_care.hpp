#pragma once
// Informal care as finite capacity (model.md §4, docs/care.md "Informal care and volunteers"). Two
// pools help beside the professionals, and both run out:
// - the informal carers (mantelzorgers) of residents who need help at home, available per person from
//   the households; carers become overloaded, the more so while the persons they care for wait at
//   home for formal care, and an overloaded carer gives no help until recovered;
// - the volunteers of welfare work, recruited from the residents by age; they stop, the more so when
//   welfare work is asked more than at the start, and with them goes part of welzijn's capacity.
// What they no longer carry shifts to formal care: residents without informal care beyond the start's
// share need Wmo support, district nursing or a nursing home; questions that give up waiting at
// welzijn turn to the GP.
#include <array>

#include "core/age_table.hpp"
#include "core/parameters.hpp"

namespace regiotwin {

struct InformalCareSettings {
  double overloaded_at_start = 0.0;  // share of carers
  double recovery = 0.0;             // share of the overloaded who recover in a month
  double strain_per_waiting = 0.0;   // relative rise of the overload chance per waiting person per carer
  double gap_to_wmo = 0.0;           // shares of the residents without informal care beyond the start's share
  double gap_to_home_nursing = 0.0;
  double gap_to_wlz = 0.0;
  std::array<double, n_ages> volunteering{};  // share of residents volunteering in care and welfare, by age
  double welzijn_share_of_volunteers = 0.0;
  double volunteer_hours_per_month = 0.0;
  double volunteer_capacity_share = 0.0;  // of welzijn's capacity at the start
  double volunteer_dropout = 0.0;         // per month, at the start's load
  double dropout_per_load = 0.0;
  double gave_up_to_gp = 0.0;

  static InformalCareSettings from(const ParameterSet& params);
  // Residents weighted by their chance to volunteer in care and welfare.
  [[nodiscard]] double volunteer_potential(const std::array<double, n_ages>& residents_by_age) const;
};

// The carers of residents needing help at home, followed as the share of them overloaded. A carer
// becomes overloaded with a monthly chance λ = λ₀ (1 + s·w), where w is the persons waiting at home for
// Wmo support or a nursing home per carer, and recovers with chance μ; λ₀ is set so that the start's
// share is the steady state λ/(λ+μ) at the start's waiting.
class InformalCarers {
 public:
  struct Month {
    double overloaded = 0.0;    // carers overloaded in the month
    double without_care = 0.0;  // persons in need without a carer who can help (none, or overloaded)
    double shifted = 0.0;       // of those, the persons beyond the start's share (negative: fewer)
  };

  explicit InformalCarers(const InformalCareSettings& settings);

  // The month: persons needing help at home, those of them with a carer at hand, and the persons
  // waiting at home for formal care (end of last month). The first month sets the start.
  Month step(double in_need, double with_carer, double waiting);

  [[nodiscard]] double overloaded_share() const { return overloaded_share_; }

 private:
  const InformalCareSettings* settings_;
  bool started_ = false;
  double overloaded_share_ = 0.0;
  double base_chance_ = 0.0;            // λ₀
  double without_care_at_start_ = 0.0;  // share of persons in need
};

// The volunteers of welfare work. Each month a share stops, d = d₀ (1 + e·max(0, L/L₀ − 1)) where L is
// welzijn's work asked per unit of capacity (L₀ at the start), and new volunteers join at d₀ times the
// start's volunteers per unit of potential, times this month's potential: with welfare work asked no
// more than at the start the volunteers follow the residents likely to volunteer.
class Volunteers {
 public:
  explicit Volunteers(const InformalCareSettings& settings);

  // The first call sets the start's volunteers from the potential; later calls change nothing.
  void start_month(double potential);
  // After the month's welfare work: its load (work asked per unit of capacity) moves the volunteers
  // for the next month. The first call sets the start's load.
  void end_month(double load, double potential);

  [[nodiscard]] double volunteers() const { return volunteers_; }
  [[nodiscard]] double hours() const { return volunteers_ * settings_->volunteer_hours_per_month; }
  // Volunteers against the start: what the volunteers' part of welzijn's capacity is multiplied by.
  [[nodiscard]] double against_start() const {
    return volunteers_at_start_ > 0.0 ? volunteers_ / volunteers_at_start_ : 1.0;
  }

 private:
  const InformalCareSettings* settings_;
  bool started_ = false;
  double volunteers_ = 0.0;
  double volunteers_at_start_ = 0.0;
  double load_at_start_ = -1.0;  // unset until the first month ends
};

}  // namespace regiotwin
