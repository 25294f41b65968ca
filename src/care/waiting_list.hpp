#pragma once
// A place's waiting list as counts by whole months waited, served first come first served.
// Counts are expected values (fractions allowed): per-person queues are not needed for the
// indicators and would cost memory and time in every month.
#include <array>

namespace regiotwin {

struct QueueMonth {
  double arrivals = 0.0;
  double capacity = 0.0;
  double served = 0.0;
  double abandoned = 0.0;
  double waiting = 0.0;    // at the end of the month
  double wait_mean = 0.0;  // months waited by those served this month
  double wait_p90 = 0.0;
};

class WaitingList {
 public:
  static constexpr int max_tracked_wait = 24;  // the last bin holds everyone waiting this long or longer

  // One month: arrivals join, capacity serves the longest waiting first, then a share of those
  // still waiting abandons and everyone left has waited one month more.
  QueueMonth step(double arrivals, double capacity, double abandon_share);

  [[nodiscard]] double total() const;
  [[nodiscard]] double waiting_for(int months) const { return bins_[static_cast<std::size_t>(months)]; }

 private:
  std::array<double, max_tracked_wait + 1> bins_{};  // bins_[w]: waited w full months
};

}  // namespace regiotwin
