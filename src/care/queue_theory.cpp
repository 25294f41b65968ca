#include "care/queue_theory.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>

#include "core/errors.hpp"

namespace regiotwin::queue_theory {

namespace {

void require_stable(int servers, double offered_load) {
  if (servers < 1 || !(offered_load >= 0.0) || offered_load >= servers) {
    throw ValidationError(fmt::format(
        "queue theory: expected at least one server and an offered load below the servers, got {} servers, load {:g}",
        servers, offered_load));
  }
}

void require_valid(const MonthlyQueue& queue) {
  require_stable(queue.capacity, queue.arrival_rate);
  if (queue.truncation < queue.capacity) {
    throw ValidationError(
        fmt::format("queue theory: truncation {} is below the capacity {}", queue.truncation, queue.capacity));
  }
}

// Arrivals in a month: pmf[a], and tail[a] = P(A >= a) summed from the far end, so that small tail
// probabilities are not the difference of two numbers close to 1.
struct Arrivals {
  std::vector<double> pmf;
  std::vector<double> tail;

  explicit Arrivals(const MonthlyQueue& queue) {
    const double rate = queue.arrival_rate;
    // Far enough past both the truncation and the bulk of the distribution that what lies beyond
    // is below double precision.
    const auto last = static_cast<std::size_t>(queue.truncation + queue.capacity) +
                      static_cast<std::size_t>(std::ceil(rate + 40.0 * std::sqrt(rate) + 60.0));
    pmf.resize(last + 1);
    tail.resize(last + 2, 0.0);
    for (std::size_t a = 0; a <= last; ++a) pmf[a] = poisson_pmf(static_cast<int>(a), rate);
    // Rounding in exp and lgamma leaves the sum a few 1e-16 off 1; rescaled, the chain keeps its
    // mass however many months next_month() runs it.
    const double total = std::accumulate(pmf.rbegin(), pmf.rend(), 0.0);
    for (double& p : pmf) p /= total;
    for (std::size_t a = last + 1; a-- > 0;) tail[a] = tail[a + 1] + pmf[a];
  }
};

// Calls add(j, probability) for every state j reachable from i in a month.
template <typename Add>
void for_each_transition(const MonthlyQueue& queue, const Arrivals& arrivals, int from, Add&& add) {
  const int top = queue.truncation;
  for (std::size_t a = 0; a < arrivals.pmf.size(); ++a) {
    const int to = from + static_cast<int>(a) - queue.capacity;
    if (to >= top) {
      add(top, arrivals.tail[a]);  // all larger arrivals land in the last state too
      return;
    }
    add(std::max(to, 0), arrivals.pmf[a]);
  }
}

}  // namespace

double poisson_pmf(int k, double mean) {
  if (k < 0) return 0.0;
  if (mean <= 0.0) return k == 0 ? 1.0 : 0.0;
  const auto kd = static_cast<double>(k);
  return std::exp(kd * std::log(mean) - mean - std::lgamma(kd + 1.0));
}

double erlang_c(int servers, double offered_load) {
  require_stable(servers, offered_load);
  // Erlang B by its recursion, which stays in [0, 1] where the textbook sum of a^k/k! overflows.
  double blocking = 1.0;
  for (int k = 1; k <= servers; ++k) blocking = offered_load * blocking / (k + offered_load * blocking);
  return servers * blocking / (servers - offered_load * (1.0 - blocking));
}

double mmc_mean_waiting(int servers, double offered_load) {
  const double rho = offered_load / servers;
  return erlang_c(servers, offered_load) * rho / (1.0 - rho);
}

double md1_mean_waiting(double utilisation) {
  require_stable(1, utilisation);
  return utilisation * utilisation / (2.0 * (1.0 - utilisation));
}

double QueueDistribution::mean() const {
  double sum = 0.0;
  for (std::size_t q = 0; q < probability.size(); ++q) sum += static_cast<double>(q) * probability[q];
  return sum;
}

double QueueDistribution::tail_from(int q) const {
  const auto from = std::min(static_cast<std::size_t>(std::max(q, 0)), probability.size());
  return std::accumulate(probability.begin() + static_cast<std::ptrdiff_t>(from), probability.end(), 0.0);
}

QueueDistribution stationary(const MonthlyQueue& queue) {
  require_valid(queue);
  const Arrivals arrivals(queue);
  const auto n = static_cast<std::size_t>(queue.truncation) + 1;
  std::vector<double> p(n * n, 0.0);  // p[i * n + j]: transition i -> j
  for (std::size_t i = 0; i < n; ++i) {
    for_each_transition(queue, arrivals, static_cast<int>(i),
                        [&](int j, double probability) { p[i * n + static_cast<std::size_t>(j)] += probability; });
  }

  // Censor the chain on states below k, from the top down. Leaving k for a lower state has
  // probability s = sum of p[k][j < k] (a sum, never 1 - p[k][k]); visits to k are folded in.
  for (std::size_t k = n - 1; k > 0; --k) {
    const double s = std::accumulate(p.begin() + static_cast<std::ptrdiff_t>(k * n),
                                     p.begin() + static_cast<std::ptrdiff_t>(k * n + k), 0.0);
    for (std::size_t i = 0; i < k; ++i) {
      const double via_k = p[i * n + k] / s;
      p[i * n + k] = via_k;
      if (via_k == 0.0) continue;
      for (std::size_t j = 0; j < k; ++j) p[i * n + j] += via_k * p[k * n + j];
    }
  }

  // Balance of state k in the chain censored on 0..k: pi_k = sum over i < k of pi_i p[i][k] / s_k.
  QueueDistribution out;
  out.probability.assign(n, 0.0);
  out.probability[0] = 1.0;
  for (std::size_t k = 1; k < n; ++k) {
    double sum = 0.0;
    for (std::size_t i = 0; i < k; ++i) sum += out.probability[i] * p[i * n + k];
    out.probability[k] = sum;
  }
  const double total = std::accumulate(out.probability.begin(), out.probability.end(), 0.0);
  for (double& x : out.probability) x /= total;
  return out;
}

QueueDistribution next_month(const MonthlyQueue& queue, const QueueDistribution& now) {
  require_valid(queue);
  const Arrivals arrivals(queue);
  const auto n = static_cast<std::size_t>(queue.truncation) + 1;
  QueueDistribution out;
  out.probability.assign(n, 0.0);
  for (std::size_t i = 0; i < std::min(n, now.probability.size()); ++i) {
    const double weight = now.probability[i];
    if (weight == 0.0) continue;
    for_each_transition(queue, arrivals, static_cast<int>(i), [&](int j, double probability) {
      out.probability[static_cast<std::size_t>(j)] += weight * probability;
    });
  }
  return out;
}

double expected_served(const MonthlyQueue& queue, const QueueDistribution& at_month_start) {
  require_valid(queue);
  // min(i + A, c) = c - (c - i - A) whenever i + A < c, so only the few states below c differ from c.
  double served = 0.0;
  for (std::size_t i = 0; i < at_month_start.probability.size(); ++i) {
    const int q = static_cast<int>(i);
    double shortfall = 0.0;
    for (int a = 0; q + a < queue.capacity; ++a)
      shortfall += poisson_pmf(a, queue.arrival_rate) * (queue.capacity - q - a);
    served += at_month_start.probability[i] * (queue.capacity - shortfall);
  }
  return served;
}

}  // namespace regiotwin::queue_theory
