// The sweep's runner: the same comparisons whether one rank computes every task or rank 0 hands them
// out to workers (here ranks are threads exchanging the same messages MPI would carry), whether rank 0
// computes too, at any thread count; groups come out complete and in order; a worker with other
// inputs is refused.
#include "sweep/sweep.hpp"

#include <gtest/gtest.h>

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <numeric>
#include <thread>

#include "care/routing.hpp"
#include "core/errors.hpp"
#include "plan/business_case.hpp"
#include "sweep_fixtures.hpp"

namespace regiotwin {
namespace {

// Mailboxes of ranks that live in one process, one thread each.
class Mailboxes {
 public:
  explicit Mailboxes(int ranks) : boxes_(static_cast<std::size_t>(ranks)) {}
  void post(int to, Message message) {
    {
      const std::scoped_lock lock(mutex_);
      boxes_[static_cast<std::size_t>(to)].push_back(std::move(message));
    }
    arrived_.notify_all();
  }
  Message wait(int rank) {
    std::unique_lock lock(mutex_);
    auto& box = boxes_[static_cast<std::size_t>(rank)];
    arrived_.wait(lock, [&] { return !box.empty(); });
    Message m = std::move(box.front());
    box.pop_front();
    return m;
  }
  std::optional<Message> take(int rank) {
    const std::scoped_lock lock(mutex_);
    auto& box = boxes_[static_cast<std::size_t>(rank)];
    if (box.empty()) return std::nullopt;
    Message m = std::move(box.front());
    box.pop_front();
    return m;
  }

 private:
  std::mutex mutex_;
  std::condition_variable arrived_;
  std::vector<std::deque<Message>> boxes_;
};

class InProcessTransport final : public Transport {
 public:
  InProcessTransport(Mailboxes& boxes, int rank, int size) : boxes_(boxes), rank_(rank), size_(size) {}
  InProcessTransport(const InProcessTransport&) = delete;
  InProcessTransport& operator=(const InProcessTransport&) = delete;
  InProcessTransport(InProcessTransport&&) = delete;
  InProcessTransport& operator=(InProcessTransport&&) = delete;
  ~InProcessTransport() override = default;
  [[nodiscard]] int rank() const override { return rank_; }
  [[nodiscard]] int size() const override { return size_; }
  [[nodiscard]] std::string host() const override { return "test"; }
  void send(int to, Tag tag, std::span<const std::byte> bytes) override {
    boxes_.post(to, {rank_, tag, std::vector<std::byte>(bytes.begin(), bytes.end())});
  }
  Message receive() override { return boxes_.wait(rank_); }
  std::optional<Message> try_receive() override { return boxes_.take(rank_); }
  void abort(int /*exit_code*/) override {}

 private:
  Mailboxes& boxes_;
  int rank_;
  int size_;
};

// Two scenarios (with and without the retention and capacity levers) on a small sample: three and
// two replications, a one-year horizon.
const std::vector<SweepGroup>& groups() {
  static const std::vector<SweepGroup> all = [] {
    std::vector<SweepGroup> out;
    for (const bool everything : {true, false}) {
      SweepGroup g;
      g.region = sweep_testing::small_region();
      g.run = sweep_testing::two_years(sweep_testing::every_intervention());
      g.run.to = YearMonth(2024, 12);
      if (!everything) g.run.interventions.resize(3);
      g.run.seed = everything ? 5 : 9;
      g.right = RoutingSetup::from(g.params).right;
      g.replications = everything ? 3 : 2;
      out.push_back(std::move(g));
    }
    return out;
  }();
  return all;
}

struct Recorded {
  std::vector<int> by_rank;  // tasks computed
  std::vector<std::size_t> order;
  std::map<std::size_t, std::string> comparison;
  std::map<std::size_t, std::string> business_case;
};

GroupDone recorder(Recorded& out) {
  return [&out](std::size_t group, const Comparison& c) {
    out.order.push_back(group);
    out.comparison[group] = comparison_csv(c);
    out.business_case[group] = business_case_csv(c);
  };
}

Recorded serial(int threads) {
  Recorded out;
  SerialTransport alone;
  SweepSettings settings;
  settings.threads = threads;
  out.by_rank = run_sweep(groups(), alone, settings, recorder(out));
  return out;
}

// Rank 0 and `workers` workers, each a thread; `fingerprints` per worker (default: rank 0's).
Recorded distributed(int workers, bool rank0_computes, int threads, std::vector<std::uint64_t> fingerprints = {}) {
  const int size = workers + 1;
  Mailboxes boxes(size);
  SweepSettings settings;
  settings.threads = threads;
  settings.rank0_computes = rank0_computes;
  settings.fingerprint = 42;
  std::vector<std::thread> threads_of_workers;
  std::vector<std::exception_ptr> worker_errors(static_cast<std::size_t>(workers));
  for (int w = 1; w <= workers; ++w) {
    threads_of_workers.emplace_back([&, w] {
      InProcessTransport transport(boxes, w, size);
      SweepSettings mine = settings;
      if (!fingerprints.empty()) mine.fingerprint = fingerprints[static_cast<std::size_t>(w - 1)];
      try {
        run_sweep(groups(), transport, mine, {});
      } catch (...) {
        worker_errors[static_cast<std::size_t>(w - 1)] = std::current_exception();
      }
    });
  }
  Recorded out;
  InProcessTransport transport(boxes, 0, size);
  std::exception_ptr error;
  try {
    out.by_rank = run_sweep(groups(), transport, settings, recorder(out));
  } catch (...) {
    error = std::current_exception();
    // As MPI_Abort would: no worker waits for rank 0 any longer.
    for (int w = 1; w <= workers; ++w) boxes.post(w, {0, Tag::stop, {}});
  }
  for (std::thread& t : threads_of_workers) t.join();
  for (const auto& e : worker_errors) {
    if (e) std::rethrow_exception(e);
  }
  if (error) std::rethrow_exception(error);
  return out;
}

TEST(Sweep, TasksGoGroupByGroupReplicationByReplication) {
  const std::vector<SweepTask> tasks = sweep_tasks(groups());
  EXPECT_EQ(tasks, (std::vector<SweepTask>{{0, 0}, {0, 1}, {0, 2}, {1, 0}, {1, 1}}));
}

TEST(Sweep, SerialSweepIsCompareplanPerGroup) {
  const Recorded one = serial(1);
  ASSERT_EQ(one.order, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(one.by_rank, std::vector<int>{5});
  for (std::size_t g = 0; g < groups().size(); ++g) {
    const SweepGroup& group = groups()[g];
    const Comparison c = compare_plan(group.region, group.params, group.run, group.replications, group.right);
    EXPECT_EQ(one.comparison.at(g), comparison_csv(c)) << g;
    EXPECT_EQ(one.business_case.at(g), business_case_csv(c)) << g;
  }
  EXPECT_NE(one.comparison.at(0), one.comparison.at(1));
  const Recorded two = serial(2);
  EXPECT_EQ(two.comparison, one.comparison);
  EXPECT_EQ(two.business_case, one.business_case);
}

TEST(Sweep, AnyNumberOfRanksGivesTheSerialResults) {
  const Recorded reference = serial(2);
  for (const int workers : {1, 2, 3}) {
    for (const bool rank0_computes : {false, true}) {
      const Recorded got = distributed(workers, rank0_computes, 1);
      EXPECT_EQ(got.order, reference.order) << workers << " workers";
      EXPECT_EQ(got.comparison, reference.comparison) << workers << " workers, rank 0 computes " << rank0_computes;
      EXPECT_EQ(got.business_case, reference.business_case) << workers << " workers";
      ASSERT_EQ(got.by_rank.size(), static_cast<std::size_t>(workers + 1));
      EXPECT_EQ(std::accumulate(got.by_rank.begin(), got.by_rank.end(), 0), 5);
      if (!rank0_computes) EXPECT_EQ(got.by_rank[0], 0);
    }
  }
}

TEST(Sweep, WorkerWithOtherInputsIsRefused) { EXPECT_THROW((void)distributed(2, false, 1, {42, 43}), ValidationError); }

TEST(Sweep, ErrorWhileRecordingStopsTheSweep) {
  SerialTransport alone;
  int calls = 0;
  EXPECT_THROW(run_sweep(groups(), alone, {},
                         [&](std::size_t, const Comparison&) {
                           ++calls;
                           throw OutputError("disk full");
                         }),
               OutputError);
  EXPECT_EQ(calls, 1);
}

TEST(Sweep, CheckpointStopsEveryThread) {
  SerialTransport alone;
  SweepSettings settings;
  settings.threads = 2;
  std::atomic<int> months{0};
  settings.checkpoint = [&] {
    if (++months > 20) throw Error(ExitCode::interrupted, "interrupted");
  };
  int recorded = 0;
  EXPECT_THROW(run_sweep(groups(), alone, settings, [&](std::size_t, const Comparison&) { ++recorded; }), Error);
  EXPECT_EQ(recorded, 0);
  EXPECT_LT(months.load(), 40) << "threads went on after the first stopped";
}

}  // namespace
}  // namespace regiotwin
