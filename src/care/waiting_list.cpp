#include "care/waiting_list.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/errors.hpp"

namespace regiotwin {

namespace {

bool is_share(double x) { return x >= 0.0 && x <= 1.0; }  // false for NaN too

// Kept out of line so step() stays small and the message is only built when something is wrong.
[[noreturn]] void throw_bad_step(double arrivals, double capacity) {
  throw SimulationError(fmt::format(
      "waiting list: arrivals and capacity must be finite and non-negative, got arrivals {:g}, capacity {:g}", arrivals,
      capacity));
}

}  // namespace

Patience Patience::flat(double monthly_share) {
  if (!is_share(monthly_share)) {
    throw ValidationError(
        fmt::format("patience: expected a monthly abandonment share in [0, 1], got {:g}", monthly_share));
  }
  Shares shares;
  shares.fill(monthly_share);
  return Patience(shares);
}

Patience Patience::geometric(double mean_months) {
  if (!(mean_months >= 1.0) || std::isinf(mean_months)) {
    throw ValidationError(
        fmt::format("patience: expected a finite mean patience of at least 1 month, got {:g}", mean_months));
  }
  return flat(1.0 / mean_months);
}

Patience Patience::by_months_waited(std::span<const double> shares) {
  if (shares.empty()) return {};
  Shares curve;
  for (std::size_t w = 0; w < curve.size(); ++w) {
    const double share = shares[std::min(w, shares.size() - 1)];
    if (!is_share(share)) {
      throw ValidationError(fmt::format("patience: expected abandonment shares in [0, 1], got {:g} after {} months",
                                        share, std::min(w, shares.size() - 1)));
    }
    curve[w] = share;
  }
  return Patience(curve);
}

double Patience::share(int months_waited) const {
  return shares_[static_cast<std::size_t>(std::clamp(months_waited, 0, max_tracked_wait_months))];
}

WaitingList::WaitingList(int norm_months) : norm_months_(norm_months) {
  if (norm_months < 0 || norm_months >= max_tracked_wait) {
    throw ValidationError(
        fmt::format("waiting list: expected a norm of 0 to {} months, got {}", max_tracked_wait - 1, norm_months));
  }
}

double WaitingList::total() const { return std::accumulate(bins_.begin(), bins_.end(), 0.0); }

double WaitingList::waiting_past(int months) const {
  return std::accumulate(bins_.begin() + months + 1, bins_.end(), 0.0);
}

QueueMonth WaitingList::step(double arrivals, double capacity, double abandon_share) {
  return step(arrivals, capacity, Patience::flat(abandon_share));
}

QueueMonth WaitingList::step(double arrivals, double capacity, const Patience& patience) {
  if (!(arrivals >= 0.0 && capacity >= 0.0) || std::isinf(arrivals)) throw_bad_step(arrivals, capacity);
  QueueMonth out;
  out.arrivals = arrivals;
  out.capacity = capacity;
  out.waiting_at_start = total();

  bins_[0] += arrivals;
  describe_served(serve_longest_waiting_first(capacity), out);
  out.abandoned = give_up(patience);
  wait_one_month_more();

  out.waiting = total();
  out.waiting_over_norm = waiting_past(norm_months_);
  return out;
}

WaitingList::Bins WaitingList::serve_longest_waiting_first(double capacity) {
  Bins served{};
  double left = capacity;
  for (auto w = bins_.size(); w-- > 0 && left > 0.0;) {
    // min() empties a bin exactly, so a served-out bin holds 0 and not a rounding remainder.
    served[w] = std::min(bins_[w], left);
    bins_[w] -= served[w];
    left -= served[w];
  }
  return served;
}

void WaitingList::describe_served(const Bins& served, QueueMonth& out) const {
  // Summed from the bins rather than taken as capacity minus what is left, so that conservation
  // holds bin by bin up to rounding.
  out.served = std::accumulate(served.begin(), served.end(), 0.0);
  if (out.served <= 0.0) return;

  const auto norm = static_cast<std::size_t>(norm_months_);
  out.served_within_norm = std::accumulate(served.begin(), served.begin() + static_cast<std::ptrdiff_t>(norm) + 1, 0.0);
  out.within_norm = out.served_within_norm / out.served;

  double weighted = 0.0;
  for (std::size_t w = 0; w < served.size(); ++w) weighted += static_cast<double>(w) * served[w];
  out.wait_mean = weighted / out.served;

  // "At least 90%" with a relative slack of a few rounding errors: when exactly 90% waited w or less
  // (a hand-counted case), rounding in the running sum must not push the percentile a month up.
  const double p90_count = 0.9 * out.served * (1.0 - 1e-12);
  double cumulative = 0.0;
  for (std::size_t w = 0; w < served.size(); ++w) {
    cumulative += served[w];
    if (cumulative >= p90_count) {
      out.wait_p90 = static_cast<double>(w);
      break;
    }
  }
}

double WaitingList::give_up(const Patience& patience) {
  const auto& shares = patience.shares();
  double gone_total = 0.0;
  for (std::size_t w = 0; w < bins_.size(); ++w) {
    const double gone = bins_[w] * shares[w];
    gone_total += gone;
    bins_[w] -= gone;
  }
  return gone_total;
}

void WaitingList::wait_one_month_more() {
  const auto last = bins_.size() - 1;
  bins_[last] += bins_[last - 1];
  std::shift_right(bins_.begin(), bins_.end() - 1, 1);
  bins_[0] = 0.0;
}

}  // namespace regiotwin
