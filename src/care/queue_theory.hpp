#pragma once
// Analytic and numerically exact queueing results the waiting list is tested against
// (docs/waiting-lists.md). Not used in the monthly loop: these functions allocate and are slow.
#include <vector>

namespace regiotwin::queue_theory {

// Probability of exactly k arrivals when they are Poisson with this mean.
double poisson_pmf(int k, double mean);

// M/M/c, continuous time: the probability that an arrival has to wait (Erlang C), for `servers`
// servers and offered load a = arrival rate x mean service time (a < servers).
double erlang_c(int servers, double offered_load);
// M/M/c mean number waiting (not in service): Lq = C(c, a) * rho / (1 - rho), rho = a / c.
double mmc_mean_waiting(int servers, double offered_load);
// M/D/1 mean number waiting (Pollaczek-Khinchine with deterministic service): rho^2 / (2 (1 - rho)).
double md1_mean_waiting(double utilisation);

// The waiting list with Poisson(rate) arrivals a month, `capacity` served a month and nobody giving
// up, counted at month ends: the Markov chain Q' = max(Q + A - capacity, 0).
struct MonthlyQueue {
  double arrival_rate = 0.0;
  int capacity = 1;
  // States 0..truncation; arrivals that would take the queue beyond are kept in the last state, so
  // the truncated chain is still a chain. Choose it so that the last state's probability is negligible.
  int truncation = 400;
};

// probability[q]: probability that q are waiting at a month's end.
struct QueueDistribution {
  std::vector<double> probability;

  [[nodiscard]] double mean() const;
  [[nodiscard]] double tail_from(int q) const;  // P(Q >= q)
};

// The exact stationary distribution of the truncated chain, by the Grassmann-Taksar-Heyman state
// reduction: it never subtracts, so even the far tail keeps its relative accuracy.
QueueDistribution stationary(const MonthlyQueue& queue);

// The distribution a month later: one step of the chain, for transient checks and as an independent
// route to the stationary distribution.
QueueDistribution next_month(const MonthlyQueue& queue, const QueueDistribution& now);

// Expected served per month, E[min(Q + A, capacity)]; equals the arrival rate in the stationary state.
double expected_served(const MonthlyQueue& queue, const QueueDistribution& at_month_start);

}  // namespace regiotwin::queue_theory
