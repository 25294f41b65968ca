#include "care/waiting_list.hpp"

#include <algorithm>
#include <numeric>

namespace regiotwin {

double WaitingList::total() const { return std::accumulate(bins_.begin(), bins_.end(), 0.0); }

QueueMonth WaitingList::step(double arrivals, double capacity, double abandon_share) {
  QueueMonth out;
  out.arrivals = arrivals;
  out.capacity = capacity;
  bins_[0] += arrivals;

  std::array<double, max_tracked_wait + 1> served{};
  double left = capacity;
  for (int w = max_tracked_wait; w >= 0 && left > 0.0; --w) {
    const auto i = static_cast<std::size_t>(w);
    served[i] = std::min(bins_[i], left);
    bins_[i] -= served[i];
    left -= served[i];
  }
  out.served = capacity - left;

  if (out.served > 0.0) {
    double weighted = 0.0;
    for (std::size_t w = 0; w < served.size(); ++w) weighted += static_cast<double>(w) * served[w];
    out.wait_mean = weighted / out.served;
    double cumulative = 0.0;
    for (std::size_t w = 0; w < served.size(); ++w) {
      cumulative += served[w];
      if (cumulative >= 0.9 * out.served) {
        out.wait_p90 = static_cast<double>(w);
        break;
      }
    }
  }

  for (double& bin : bins_) {
    const double gone = bin * abandon_share;
    out.abandoned += gone;
    bin -= gone;
  }
  bins_[max_tracked_wait] += bins_[max_tracked_wait - 1];
  for (int w = max_tracked_wait - 1; w > 0; --w) {
    bins_[static_cast<std::size_t>(w)] = bins_[static_cast<std::size_t>(w - 1)];
  }
  bins_[0] = 0.0;
  out.waiting = total();
  return out;
}

}  // namespace regiotwin
