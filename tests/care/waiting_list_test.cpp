#include "care/waiting_list.hpp"

#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <new>
#include <random>
#include <vector>

#include "care/queue_theory.hpp"
#include "core/errors.hpp"

// Every allocation in this test program is counted, so that a test can show step() makes none (the
// engine calls it for every place and month). Replacing the global operator new is the only way to
// see allocations made inside the standard library too.
namespace {
std::atomic<std::int64_t> allocations{0};
}  // namespace

void* operator new(std::size_t size) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  // NOLINTNEXTLINE(cppcoreguidelines-no-malloc,cppcoreguidelines-owning-memory): this is the allocator itself
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
// NOLINTNEXTLINE(cppcoreguidelines-no-malloc,cppcoreguidelines-owning-memory): pairs with the malloc above
void operator delete(void* p) noexcept { std::free(p); }
// NOLINTNEXTLINE(cppcoreguidelines-no-malloc,cppcoreguidelines-owning-memory): pairs with the malloc above
void operator delete(void* p, std::size_t /*size*/) noexcept { std::free(p); }

namespace regiotwin {
namespace {

// A patience of every kind the model offers, including the edges (nobody gives up, everybody does).
Patience random_patience(std::mt19937_64& gen) {
  std::uniform_real_distribution<double> share(0.0, 1.0);
  switch (std::uniform_int_distribution<int>(0, 4)(gen)) {
    case 0: return Patience{};
    case 1: return Patience::flat(share(gen));
    case 2: return Patience::geometric(1.0 + std::exponential_distribution<double>(0.2)(gen));
    case 3: return Patience::flat(1.0);
    default: {
      std::vector<double> curve(std::uniform_int_distribution<std::size_t>(1, 30)(gen));
      for (double& s : curve) s = share(gen) < 0.2 ? 0.0 : share(gen);
      return Patience::by_months_waited(curve);
    }
  }
}

// Arrivals with quiet months, ordinary months and bursts.
double random_arrivals(std::mt19937_64& gen) {
  const double u = std::uniform_real_distribution<double>(0.0, 1.0)(gen);
  if (u < 0.1) return 0.0;
  if (u < 0.2) return std::uniform_real_distribution<double>(2000.0, 6000.0)(gen);
  return std::uniform_real_distribution<double>(0.0, 1500.0)(gen);
}

}  // namespace

// Conservation, every month and for every kind of patience: waiting before + arrivals = served +
// abandoned + waiting after, up to rounding; the list is work-conserving (it serves the capacity or
// everybody); no bin goes negative; the norm counts are parts of what they count.
TEST(WaitingList, ConservesQuestionsEveryMonth) {
  for (std::uint64_t seed = 1; seed <= 500; ++seed) {
    std::mt19937_64 gen(seed);
    WaitingList list(std::uniform_int_distribution<int>(0, WaitingList::max_tracked_wait - 1)(gen));
    const Patience patience = random_patience(gen);
    std::uniform_real_distribution<double> capacity(0.0, 2500.0);
    for (int month = 0; month < 60; ++month) {
      const double before = list.total();
      const QueueMonth q = list.step(random_arrivals(gen), month % 7 == 3 ? 0.0 : capacity(gen), patience);
      const double scale = 1.0 + before + q.arrivals;
      ASSERT_NEAR(before + q.arrivals, q.served + q.abandoned + q.waiting, 1e-12 * scale) << seed << " " << month;
      ASSERT_EQ(q.waiting_at_start, before);
      ASSERT_NEAR(q.served, std::min(q.capacity, before + q.arrivals), 1e-12 * scale);
      double bins = 0.0;
      for (int w = 0; w <= WaitingList::max_tracked_wait; ++w) {
        ASSERT_GE(list.waiting_for(w), 0.0);
        bins += list.waiting_for(w);
      }
      ASSERT_EQ(bins, q.waiting);
      ASSERT_LE(q.served_within_norm, q.served * (1.0 + 1e-12));
      ASSERT_LE(q.waiting_over_norm, q.waiting * (1.0 + 1e-12));
      ASSERT_GE(q.within_norm, 0.0);
      ASSERT_LE(q.within_norm, 1.0);
    }
  }
}

// Property: more capacity, month by month, never lengthens the list or the wait of those served, and
// never lowers the share served within the norm, whatever the arrivals and the patience. (Why it
// must hold: abandonment depends only on months waited, so both lists hold the same cohorts thinned
// alike, and the larger capacity is always at least as far into the arrival order.) The smaller
// capacity is never zero: a month with nobody served reports a wait of 0 by convention.
TEST(WaitingList, MoreCapacityNeverLengthensTheListOrTheWait) {
  for (std::uint64_t seed = 1; seed <= 300; ++seed) {
    std::mt19937_64 gen(seed);
    const int norm = std::uniform_int_distribution<int>(0, 6)(gen);
    const Patience patience = random_patience(gen);
    WaitingList small(norm);
    WaitingList large(norm);
    std::uniform_real_distribution<double> capacity(50.0, 1200.0);
    std::uniform_real_distribution<double> extra(0.0, 400.0);
    for (int month = 0; month < 48; ++month) {
      const double a = random_arrivals(gen);
      const double c = capacity(gen);
      const QueueMonth qs = small.step(a, c, patience);
      const QueueMonth ql = large.step(a, c + extra(gen), patience);
      const double tol = 1e-9 * (1.0 + qs.waiting);
      ASSERT_LE(ql.waiting, qs.waiting + tol) << seed << " " << month;
      ASSERT_LE(ql.waiting_over_norm, qs.waiting_over_norm + tol) << seed << " " << month;
      ASSERT_LE(ql.wait_mean, qs.wait_mean + 1e-9) << seed << " " << month;
      ASSERT_LE(ql.wait_p90, qs.wait_p90) << seed << " " << month;
      ASSERT_GE(ql.within_norm, qs.within_norm - 1e-9) << seed << " " << month;
    }
  }
}

TEST(WaitingList, NoQueueWhenCapacitySuffices) {
  WaitingList list;
  for (int month = 0; month < 24; ++month) {
    const QueueMonth q = list.step(900.0, 1000.0, 0.5);
    EXPECT_EQ(q.served, 900.0);
    EXPECT_EQ(q.waiting, 0.0);
    EXPECT_EQ(q.wait_mean, 0.0);
    EXPECT_EQ(q.within_norm, 1.0);
  }
}

TEST(WaitingList, LongestWaitingAreServedFirst) {
  WaitingList list;
  (void)list.step(100.0, 0.0, 0.0);                  // 100 wait a month
  const QueueMonth q = list.step(50.0, 100.0, 0.0);  // capacity goes to the 100 who waited
  EXPECT_EQ(q.served, 100.0);
  EXPECT_EQ(q.wait_mean, 1.0);
  EXPECT_EQ(q.wait_p90, 1.0);
  EXPECT_EQ(list.waiting_for(1), 50.0);
}

// By hand. Months 0-2 serve nobody and leave 1 who waited 3 months, 1 who waited 2 and 3 who waited 1;
// month 3 adds 5. Serving all 10: waits 3,2,1,1,1,0,0,0,0,0, mean 8/10; the running share reaches
// 50% at 0, 80% at 1 and exactly 90% at 2, so the 90th percentile is 2 (at least 90%, not more than).
// With a norm of 1 month, 8 of 10 were served within it.
TEST(WaitingList, MeanAndP90OfThoseServedByHand) {
  for (const double capacity : {10.0, 4.0}) {
    WaitingList list(1);
    (void)list.step(1.0, 0.0, 0.0);
    (void)list.step(1.0, 0.0, 0.0);
    (void)list.step(3.0, 0.0, 0.0);
    const QueueMonth q = list.step(5.0, capacity, 0.0);
    if (capacity == 10.0) {
      EXPECT_EQ(q.served, 10.0);
      EXPECT_DOUBLE_EQ(q.wait_mean, 0.8);
      EXPECT_EQ(q.wait_p90, 2.0);
      EXPECT_EQ(q.served_within_norm, 8.0);
      EXPECT_DOUBLE_EQ(q.within_norm, 0.8);
      EXPECT_EQ(q.waiting, 0.0);
      EXPECT_EQ(q.waiting_over_norm, 0.0);
    } else {
      // Capacity 4 serves waits 3, 2, 1, 1: mean 7/4; 90% of 4 is 3.6, first reached at 3. Left: one who
      // waited a month (now 2, past the norm) and the 5 new (now 1, still within it).
      EXPECT_EQ(q.served, 4.0);
      EXPECT_DOUBLE_EQ(q.wait_mean, 1.75);
      EXPECT_EQ(q.wait_p90, 3.0);
      EXPECT_DOUBLE_EQ(q.within_norm, 0.5);
      EXPECT_EQ(q.waiting, 6.0);
      EXPECT_EQ(q.waiting_over_norm, 1.0);
      EXPECT_EQ(list.waiting_for(2), 1.0);
      EXPECT_EQ(list.waiting_for(1), 5.0);
    }
  }
}

// Nobody served: the wait indicators say 0 and the share within the norm says 1 (nobody was served
// late); the list past the norm shows the problem instead. With a norm of 0 (served in the month
// asked) everyone not served this month is already past it.
TEST(WaitingList, NobodyServedReadsFromTheListPastTheNorm) {
  WaitingList list;
  const QueueMonth q = list.step(10.0, 0.0, 0.0);
  EXPECT_EQ(q.served, 0.0);
  EXPECT_EQ(q.wait_mean, 0.0);
  EXPECT_EQ(q.wait_p90, 0.0);
  EXPECT_EQ(q.within_norm, 1.0);
  EXPECT_EQ(q.served_within_norm, 0.0);
  EXPECT_EQ(q.waiting_over_norm, 10.0);
}

// Closed form: with constant arrivals a above capacity c and abandonment share s, the list
// settles where W = (1 - s)(W + a - c), i.e. W* = (1 - s)(a - c) / s, and everything above
// capacity is eventually abandoned.
TEST(WaitingList, SettlesAtTheAnalyticSteadyState) {
  for (const double s : {0.2, 0.5, 0.9}) {
    WaitingList list;
    QueueMonth q;
    for (int month = 0; month < 400; ++month) q = list.step(1200.0, 1000.0, s);
    EXPECT_NEAR(q.waiting, (1.0 - s) * 200.0 / s, 1e-6) << s;
    EXPECT_NEAR(q.abandoned, 200.0, 1e-6) << s;
    EXPECT_NEAR(q.served, 1000.0, 1e-9);
  }
}

TEST(WaitingList, VeryLongWaitsStayInTheLastBin) {
  WaitingList list;
  (void)list.step(10.0, 0.0, 0.0);
  for (int month = 0; month < 3 * WaitingList::max_tracked_wait; ++month) (void)list.step(0.0, 0.0, 0.0);
  EXPECT_EQ(list.waiting_for(WaitingList::max_tracked_wait), 10.0);
  const QueueMonth q = list.step(0.0, 10.0, 0.0);
  EXPECT_EQ(q.wait_mean, WaitingList::max_tracked_wait);
}

// Geometric patience with mean m: someone never served stays m months on the list on average,
// counting the month asked: the sum over months of those on the list, per arrival, is m.
TEST(Patience, GeometricMeanIsTheMonthsOnTheList) {
  for (const double mean : {1.0, 2.5, 4.0, 12.0}) {
    WaitingList list;
    const Patience patience = Patience::geometric(mean);
    double person_months = 0.0;
    for (int month = 0; month < 2000; ++month) {
      const QueueMonth q = list.step(month == 0 ? 1000.0 : 0.0, 0.0, patience);
      person_months += q.waiting_at_start + q.arrivals;
    }
    EXPECT_NEAR(person_months / 1000.0, mean, 1e-9 * mean) << mean;
  }
}

// By hand, with nobody giving up in the month asked and half of the rest at every later month's end.
// Month 0: 100 ask, none leave. Month 1: 40 ask; of the 100 who waited a month 50 leave, of the new 40
// none. Month 2: capacity 30 serves the longest waiting first (30 of the 50 who waited 2 months),
// then half of the 20 left and half of the 40 who waited 1 month give up: 30 abandon, 30 remain.
TEST(Patience, ActsByMonthsWaitedAfterService) {
  const std::vector<double> curve{0.0, 0.5};
  const Patience patience = Patience::by_months_waited(curve);
  EXPECT_EQ(patience.share(0), 0.0);
  EXPECT_EQ(patience.share(1), 0.5);
  EXPECT_EQ(patience.share(WaitingList::max_tracked_wait), 0.5);
  EXPECT_EQ(patience.share(1000), 0.5);

  WaitingList list;
  EXPECT_EQ(list.step(100.0, 0.0, patience).abandoned, 0.0);
  EXPECT_EQ(list.step(40.0, 0.0, patience).abandoned, 50.0);
  const QueueMonth q = list.step(0.0, 30.0, patience);
  EXPECT_EQ(q.served, 30.0);
  EXPECT_EQ(q.wait_mean, 2.0);
  EXPECT_EQ(q.abandoned, 30.0);
  EXPECT_EQ(q.waiting, 30.0);
  EXPECT_EQ(list.waiting_for(3), 10.0);
  EXPECT_EQ(list.waiting_for(2), 20.0);
}

// The engine's call with one share gives what the flat patience gives.
TEST(Patience, FlatShareCallIsFlatPatience) {
  std::mt19937_64 gen(3);
  WaitingList by_share;
  WaitingList by_patience;
  for (int month = 0; month < 60; ++month) {
    const double a = random_arrivals(gen);
    const double c = std::uniform_real_distribution<double>(0.0, 1500.0)(gen);
    const QueueMonth x = by_share.step(a, c, 0.3);
    const QueueMonth y = by_patience.step(a, c, Patience::flat(0.3));
    ASSERT_EQ(x.served, y.served);
    ASSERT_EQ(x.abandoned, y.abandoned);
    ASSERT_EQ(x.waiting, y.waiting);
    ASSERT_EQ(x.wait_mean, y.wait_mean);
  }
}

TEST(WaitingList, RejectsWhatItCannotRepresent) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  EXPECT_THROW((void)Patience::geometric(0.5), ValidationError);
  EXPECT_THROW((void)Patience::geometric(inf), ValidationError);
  EXPECT_THROW((void)Patience::flat(1.5), ValidationError);
  EXPECT_THROW((void)Patience::flat(nan), ValidationError);
  const std::vector<double> bad_curve{0.2, -0.1};
  EXPECT_THROW((void)Patience::by_months_waited(bad_curve), ValidationError);
  EXPECT_THROW((void)WaitingList(-1), ValidationError);
  EXPECT_THROW((void)WaitingList(WaitingList::max_tracked_wait), ValidationError);
  WaitingList list;
  EXPECT_THROW((void)list.step(-1.0, 10.0, 0.0), SimulationError);
  EXPECT_THROW((void)list.step(1.0, -10.0, 0.0), SimulationError);
  EXPECT_THROW((void)list.step(nan, 10.0, 0.0), SimulationError);
  EXPECT_THROW((void)list.step(inf, 10.0, 0.0), SimulationError);
  EXPECT_EQ(list.step(5.0, inf, 0.0).served, 5.0);  // unlimited capacity serves everybody
}

TEST(WaitingList, StepNeverAllocates) {
  std::mt19937_64 gen(8);
  WaitingList list(2);
  const Patience patience = Patience::geometric(3.0);
  double sink = 0.0;
  const std::int64_t before = allocations.load();
  for (int month = 0; month < 1000; ++month) {
    sink += list.step(random_arrivals(gen), 700.0, patience).waiting;
    sink += list.step(random_arrivals(gen), 700.0, 0.2).waiting;
  }
  EXPECT_EQ(allocations.load() - before, 0);
  EXPECT_GT(sink, 0.0);
}

// --- Against queueing theory -------------------------------------------------------------------
//
// Integer Poisson arrivals, an integer capacity c and nobody giving up make the number waiting at a
// month's end the Markov chain Q' = max(Q + A - c, 0), whose stationary distribution
// queue_theory::stationary() computes exactly. One long run is cut into batches; the batch means
// are nearly independent when a batch is far longer than the chain's memory (from an empty list its
// mean is within 0.1% of the stationary one after 174 months at (0.8, 1), fewer at the other loads),
// so their spread gives the standard error of the run's mean. Accepting within 4 standard errors
// fails a correct model with probability about 2e-4 (t with 49 degrees of freedom); the seed is
// fixed, so the outcome is too. Requiring the standard error below 2.5% of the mean keeps the test
// able to see a 10% error, and the M/M/c value (about twice as large) must be rejected.
namespace {

struct PoissonRun {
  double mean_waiting = 0.0;    // over the batches
  double standard_error = 0.0;  // of mean_waiting, by batch means
  // Little's law at month ends, summed over the whole run from an empty list.
  double months = 0.0;
  double sum_arrivals = 0.0;
  double sum_waiting = 0.0;          // sum over months of those waiting at the month's end
  double sum_served_waits = 0.0;     // sum over those served of the months they waited
  double sum_served = 0.0;           //
  double waits_still_running = 0.0;  // months waited so far by those still waiting at the end
};

PoissonRun run_poisson_queue(double rate, int capacity, std::uint64_t seed) {
  constexpr int warm_up = 2000;
  constexpr int batches = 50;
  constexpr int batch_months = 4000;
  std::mt19937_64 gen(seed);
  std::poisson_distribution<int> arrivals(rate);
  WaitingList list;
  PoissonRun run;
  const auto month = [&] {
    const QueueMonth q = list.step(arrivals(gen), capacity, Patience{});
    run.months += 1.0;
    run.sum_arrivals += q.arrivals;
    run.sum_waiting += q.waiting;
    run.sum_served += q.served;
    run.sum_served_waits += q.served * q.wait_mean;
    return q.waiting;
  };
  for (int m = 0; m < warm_up; ++m) (void)month();
  std::vector<double> batch_means;
  for (int b = 0; b < batches; ++b) {
    double sum = 0.0;
    for (int m = 0; m < batch_months; ++m) sum += month();
    batch_means.push_back(sum / batch_months);
  }
  double mean = 0.0;
  for (const double x : batch_means) mean += x / batches;
  double squares = 0.0;
  for (const double x : batch_means) squares += (x - mean) * (x - mean);
  run.mean_waiting = mean;
  run.standard_error = std::sqrt(squares / (batches - 1) / batches);
  for (int w = 0; w <= WaitingList::max_tracked_wait; ++w) run.waits_still_running += w * list.waiting_for(w);
  return run;
}

struct TheoryCase {
  double rate;
  int capacity;
};
constexpr std::array theory_cases{TheoryCase{0.8, 1}, TheoryCase{8.0, 10}, TheoryCase{45.0, 50}, TheoryCase{9.0, 10}};

}  // namespace

TEST(WaitingListTheory, LongRunMeanIsTheExactStationaryMean) {
  std::uint64_t seed = 20240501;
  for (const TheoryCase& c : theory_cases) {
    SCOPED_TRACE(testing::Message() << "rate " << c.rate << ", capacity " << c.capacity);
    const double exact =
        queue_theory::stationary(queue_theory::MonthlyQueue{.arrival_rate = c.rate, .capacity = c.capacity}).mean();
    const PoissonRun run = run_poisson_queue(c.rate, c.capacity, seed++);
    EXPECT_LT(run.standard_error, 0.025 * exact);
    EXPECT_NEAR(run.mean_waiting, exact, 4.0 * run.standard_error);
    const double erlang = queue_theory::mmc_mean_waiting(c.capacity, c.rate);
    EXPECT_GT(std::abs(run.mean_waiting - erlang), 4.0 * run.standard_error);
  }
}

// Little's law with months counted at month ends: whoever is on the list at a month's end has one
// more month of wait on their record, so, starting from an empty list with nobody giving up,
//   sum over months of those waiting = sum over those served of months waited
//                                      + months waited so far by those still waiting
// holds exactly on every run, and the long-run form L = lambda W (mean waiting = arrivals a month x
// mean months waited) up to those end terms, which are O(1/run length).
TEST(WaitingListTheory, LittlesLawAtMonthEnds) {
  std::uint64_t seed = 77;
  for (const TheoryCase& c : theory_cases) {
    SCOPED_TRACE(testing::Message() << "rate " << c.rate << ", capacity " << c.capacity);
    const PoissonRun run = run_poisson_queue(c.rate, c.capacity, seed++);
    EXPECT_NEAR(run.sum_waiting, run.sum_served_waits + run.waits_still_running, 1e-9 * run.sum_waiting);
    const double waiting = run.sum_waiting / run.months;
    const double lambda = run.sum_arrivals / run.months;
    const double wait = run.sum_served_waits / run.sum_served;
    EXPECT_NEAR(waiting, lambda * wait, 1e-3 * waiting);
    // The monthly wait is the wait of the M/D/c queue (docs/waiting-lists.md): W = Lq / lambda.
    const double exact =
        queue_theory::stationary(queue_theory::MonthlyQueue{.arrival_rate = c.rate, .capacity = c.capacity}).mean();
    EXPECT_NEAR(wait, exact / c.rate, 4.0 * run.standard_error / c.rate + 1e-3 * wait);
  }
}

}  // namespace regiotwin
