#include "care/waiting_list.hpp"

#include <gtest/gtest.h>

#include <random>

namespace regiotwin {

// Conservation, every month: waiting before + arrivals = served + abandoned + waiting after.
TEST(WaitingList, ConservesQuestionsEveryMonth) {
  std::mt19937_64 gen(11);
  std::uniform_real_distribution<double> arrivals(0.0, 2000.0);
  std::uniform_real_distribution<double> capacity(0.0, 2000.0);
  std::uniform_real_distribution<double> abandon(0.0, 1.0);
  for (int trial = 0; trial < 50; ++trial) {
    WaitingList list;
    const double a = abandon(gen);
    for (int month = 0; month < 60; ++month) {
      const double before = list.total();
      const QueueMonth q = list.step(arrivals(gen), capacity(gen), a);
      EXPECT_NEAR(before + q.arrivals, q.served + q.abandoned + q.waiting, 1e-9 * (1.0 + before + q.arrivals));
      EXPECT_LE(q.served, q.capacity + 1e-12);
      EXPECT_GE(q.waiting, 0.0);
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

// Property: more capacity never lengthens the waiting list, whatever the arrivals.
TEST(WaitingList, MoreCapacityNeverLengthensTheList) {
  std::mt19937_64 gen(5);
  std::uniform_real_distribution<double> arrivals(0.0, 1500.0);
  for (int trial = 0; trial < 100; ++trial) {
    WaitingList small;
    WaitingList large;
    for (int month = 0; month < 36; ++month) {
      const double a = arrivals(gen);
      const QueueMonth qs = small.step(a, 800.0, 0.3);
      const QueueMonth ql = large.step(a, 900.0, 0.3);
      ASSERT_LE(ql.waiting, qs.waiting + 1e-9);
    }
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

}  // namespace regiotwin
