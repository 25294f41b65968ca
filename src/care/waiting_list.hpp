#pragma once
// A place's waiting list as counts by whole months waited, served first come first served.
// Counts are expected values (fractions allowed): per-person queues are not needed for the
// indicators and would cost memory and time in every month. docs/waiting-lists.md describes the
// model, its conventions and what the tests compare it with.
#include <array>
#include <cstddef>
#include <span>

namespace regiotwin {

// Waits are tracked in whole months 0..max_tracked_wait_months; the last bin is open-ended (it holds
// everyone who has waited that long or longer), so counts stay exact however long the wait.
inline constexpr int max_tracked_wait_months = 24;

// Who gives up waiting: the share of those still waiting at a month's end who leave the list, by
// the whole months they had waited at the start of that month (0 = asked this month).
class Patience {
 public:
  using Shares = std::array<double, max_tracked_wait_months + 1>;

  Patience() = default;  // nobody gives up

  // The same share every month, whatever the wait (the engine's monthly_abandonment).
  static Patience flat(double monthly_share);
  // Patience geometric in months: a share 1/mean gives up at every month's end, so someone never
  // served stays `mean_months` months on the list on average, counting the month asked. A month is
  // the shortest stay this model can express, hence mean_months >= 1.
  static Patience geometric(double mean_months);
  // An explicit curve: shares[w] for those who had waited w months; the last value given also holds
  // for every longer wait. Empty means nobody gives up.
  static Patience by_months_waited(std::span<const double> shares);

  [[nodiscard]] double share(int months_waited) const;
  [[nodiscard]] const Shares& shares() const { return shares_; }

 private:
  explicit Patience(const Shares& shares) : shares_(shares) {}
  Shares shares_{};
};

struct QueueMonth {
  double arrivals = 0.0;
  double capacity = 0.0;
  double served = 0.0;
  double abandoned = 0.0;
  double waiting = 0.0;    // at the end of the month
  double wait_mean = 0.0;  // months waited by those served this month; 0 when nobody was served
  double wait_p90 = 0.0;   // smallest w with at least 90% of those served having waited w or less
  double waiting_at_start = 0.0;
  // The norm (e.g. the Treeknorm) is a wait of at most `norm_months` whole months.
  double served_within_norm = 0.0;  // a count, so places and municipalities add up
  // served_within_norm / served; 1 when nobody was served (nobody was served late), so read it with
  // `served` and `waiting_over_norm`: a place with no capacity and a long list also scores 1.
  double within_norm = 1.0;
  // Still waiting at the month's end and already past the norm: served next month at the earliest,
  // their wait will exceed the norm whatever happens.
  double waiting_over_norm = 0.0;
};

class WaitingList {
 public:
  static constexpr int max_tracked_wait = max_tracked_wait_months;

  // norm_months in 0..max_tracked_wait-1, so that waits past the norm are told apart exactly. The
  // default 0 means "served in the month asked"; the caller passes each care type's own norm.
  explicit WaitingList(int norm_months = 0);

  // One month: arrivals join, capacity serves the longest waiting first, then a share of those still
  // waiting gives up (by months waited) and everyone left has waited one month more. Never
  // allocates. Throws SimulationError on negative or non-finite arrivals or capacity.
  QueueMonth step(double arrivals, double capacity, const Patience& patience);
  // The same with one abandonment share for every wait (in [0, 1]).
  QueueMonth step(double arrivals, double capacity, double abandon_share);

  [[nodiscard]] double total() const;
  [[nodiscard]] double waiting_for(int months) const { return bins_[static_cast<std::size_t>(months)]; }
  [[nodiscard]] int norm_months() const { return norm_months_; }

 private:
  using Bins = std::array<double, max_tracked_wait + 1>;

  Bins serve_longest_waiting_first(double capacity);
  void describe_served(const Bins& served, QueueMonth& out) const;
  double give_up(const Patience& patience);
  void wait_one_month_more();
  [[nodiscard]] double waiting_past(int months) const;

  Bins bins_{};  // bins_[w]: waited w full months
  int norm_months_ = 0;
};

}  // namespace regiotwin
