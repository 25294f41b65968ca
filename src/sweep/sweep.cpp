#include "sweep/sweep.hpp"

#include <fmt/format.h>
#include <oneapi/tbb/task_arena.h>
#include <oneapi/tbb/task_group.h>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>

#include "core/errors.hpp"

namespace regiotwin {
namespace {

// Hands out the tasks in order, to rank 0's own computing and to the workers alike.
class TaskQueue {
 public:
  explicit TaskQueue(std::vector<SweepTask> tasks) : tasks_(std::move(tasks)) {}

  std::optional<SweepTask> next() {
    const std::scoped_lock lock(mutex_);
    if (closed_ || next_ == tasks_.size()) return std::nullopt;
    return tasks_[next_++];
  }
  // After an error: nothing more is handed out.
  void close() {
    const std::scoped_lock lock(mutex_);
    closed_ = true;
  }

 private:
  std::mutex mutex_;
  std::vector<SweepTask> tasks_;
  std::size_t next_ = 0;
  bool closed_ = false;
};

// Places each replication by its index and passes the groups on, complete and in group order. A
// group's replications are freed once it is passed on.
class Collector {
 public:
  Collector(const std::vector<SweepGroup>& groups, const GroupDone& done, int ranks)
      : groups_(groups),
        done_(done),
        pending_(groups.size()),
        received_(groups.size()),
        by_rank_(static_cast<std::size_t>(ranks), 0) {}

  // A result computed by `rank`.
  void add(SweepResult result, int rank) {
    std::unique_lock lock(mutex_);
    const auto g = static_cast<std::size_t>(result.group);
    const int r = result.replication.replication;
    if (result.group < 0 || g >= groups_.size() || r < 0 || r >= groups_[g].replications) {
      throw std::runtime_error(fmt::format("a result for task ({}, {}) that the sweep does not have", result.group, r));
    }
    const auto came_back_twice = [&] {
      return std::runtime_error(fmt::format("task ({}, {}) came back twice", result.group, r));
    };
    if (g < next_) throw came_back_twice();  // its group was passed on already
    auto& replications = pending_[g];
    if (replications.empty()) replications.resize(static_cast<std::size_t>(groups_[g].replications));
    std::vector<bool>& have = received_[g];
    if (have.empty()) have.resize(replications.size(), false);
    if (have[static_cast<std::size_t>(r)]) throw came_back_twice();
    have[static_cast<std::size_t>(r)] = true;
    ++by_rank_.at(static_cast<std::size_t>(rank));
    replications[static_cast<std::size_t>(r)] = std::move(result.replication);

    // The groups now complete are passed on under `passing_`, taken before `mutex_` is let go, so
    // that they go out in group order even when two threads complete groups at once.
    std::vector<std::size_t> complete;
    while (next_ < groups_.size() && !received_[next_].empty() &&
           std::all_of(received_[next_].begin(), received_[next_].end(), [](bool b) { return b; })) {
      complete.push_back(next_++);
    }
    if (complete.empty()) return;
    const std::scoped_lock passing(passing_);
    std::vector<std::vector<ReplicationResult>> ready;
    for (const std::size_t c : complete) {
      ready.push_back(std::move(pending_[c]));
      pending_[c] = {};
      received_[c] = {};
    }
    lock.unlock();
    for (std::size_t i = 0; i < complete.size(); ++i) {
      const SweepGroup& group = groups_[complete[i]];
      done_(complete[i], assemble_comparison(group.run, group.replications, std::move(ready[i])));
    }
  }

  [[nodiscard]] bool complete() const {
    const std::scoped_lock lock(mutex_);
    return next_ == groups_.size();
  }
  [[nodiscard]] std::vector<int> by_rank() const {
    const std::scoped_lock lock(mutex_);
    return by_rank_;
  }

 private:
  const std::vector<SweepGroup>& groups_;
  const GroupDone& done_;
  mutable std::mutex mutex_;
  std::mutex passing_;
  std::vector<std::vector<ReplicationResult>> pending_;
  std::vector<std::vector<bool>> received_;
  std::size_t next_ = 0;
  std::vector<int> by_rank_;  // tasks computed per rank
};

// Thrown by a computing thread that stops because another one failed.
struct Cancelled {};

// The first error of the computing threads; the others stop at their next month.
class FirstError {
 public:
  void set(std::exception_ptr error) {
    const std::scoped_lock lock(mutex_);
    if (!error_) error_ = std::move(error);
    failed_ = true;
  }
  // Stops the computing threads without an error of theirs (rank 0's serving failed).
  void cancel() { failed_ = true; }
  [[nodiscard]] bool failed() const { return failed_; }
  void rethrow() {
    const std::scoped_lock lock(mutex_);
    if (error_) std::rethrow_exception(error_);
  }

 private:
  std::mutex mutex_;
  std::exception_ptr error_;
  std::atomic<bool> failed_{false};
};

int thread_count(int threads) { return threads > 0 ? threads : tbb::info::default_concurrency(); }

// Computes tasks from the queue on `slots` threads, each task with `threads_per_task` threads, until
// the queue is empty or one fails; rethrows the first error.
void compute_locally(const std::vector<SweepGroup>& groups, TaskQueue& queue, Collector& collector, int slots,
                     int threads_per_task, const std::function<void()>& checkpoint, FirstError& error) {
  const auto check = [&] {
    if (error.failed()) throw Cancelled{};
    if (checkpoint) checkpoint();
  };
  const auto slot = [&] {
    try {
      while (const std::optional<SweepTask> task = queue.next()) {
        check();
        // run_task runs in an arena of its own, so a thread waiting there for one of its task's runs
        // never picks up another slot's work.
        collector.add({task->group, run_task(groups[static_cast<std::size_t>(task->group)], task->replication,
                                             threads_per_task, check)},
                      0);
      }
    } catch (const Cancelled&) {
      // another slot failed first
    } catch (...) {
      error.set(std::current_exception());
      queue.close();
    }
  };
  tbb::task_arena arena(slots);
  arena.execute([&] {
    tbb::task_group slots_group;
    for (int s = 0; s < slots; ++s) slots_group.run(slot);
    slots_group.wait();
  });
  error.rethrow();
}

// Rank 0 of several: serves the workers' requests on this (MPI's) thread and computes beside them.
void serve_workers(const std::vector<SweepGroup>& groups, Transport& transport, const SweepSettings& options,
                   TaskQueue& queue, Collector& collector) {
  FirstError local_error;
  std::optional<std::jthread> local;  // joined on the way out, also by an exception
  if (options.rank0_computes) {
    local.emplace([&] {
      try {
        compute_locally(groups, queue, collector, 1, thread_count(options.threads), options.checkpoint, local_error);
      } catch (...) {  // NOLINT(bugprone-empty-catch): kept in local_error, rethrown on the main thread
      }
    });
  }

  try {
    int working = transport.size() - 1;  // workers not yet told to stop
    while (working > 0) {
      local_error.rethrow();
      if (options.checkpoint) options.checkpoint();
      std::optional<Message> message = transport.try_receive();
      if (!message) {
        // MPI's own blocking receive would spin a core that rank 0's computing needs.
        std::this_thread::sleep_for(std::chrono::microseconds(500));
        continue;
      }
      switch (message->tag) {
        case Tag::request:
          if (decode_fingerprint(message->bytes) != options.fingerprint) {
            throw ValidationError(fmt::format(
                "rank {} read other inputs than rank 0: every machine needs the same regiotwin, share/regiotwin and "
                "scenario files (docs/cluster.md)",
                message->source));
          }
          break;
        case Tag::result: collector.add(decode_result(message->bytes), message->source); break;
        default:
          throw std::runtime_error(
              fmt::format("rank {} sent a message of kind {}", message->source, static_cast<int>(message->tag)));
      }
      if (const std::optional<SweepTask> task = queue.next()) {
        transport.send(message->source, Tag::task, encode_task(*task));
      } else {
        transport.send(message->source, Tag::stop, {});
        --working;
      }
    }
  } catch (...) {
    // The local computing stops at its next month; `local` then joins it.
    queue.close();
    local_error.cancel();
    throw;
  }
  if (local) local->join();
  local_error.rethrow();
  if (!collector.complete()) throw std::logic_error("the sweep ended with tasks not done");
}

void serve_rank0(const std::vector<SweepGroup>& groups, Transport& transport, const SweepSettings& options) {
  transport.send(0, Tag::request, encode_fingerprint(options.fingerprint));
  for (;;) {
    const Message message = transport.receive();
    if (message.tag == Tag::stop) return;
    if (message.tag != Tag::task) {
      throw std::runtime_error(fmt::format("rank 0 sent a message of kind {}", static_cast<int>(message.tag)));
    }
    const SweepTask task = decode_task(message.bytes);
    if (task.group < 0 || static_cast<std::size_t>(task.group) >= groups.size()) {
      throw std::runtime_error(
          fmt::format("rank 0 sent task ({}, {}) that this rank does not have", task.group, task.replication));
    }
    SweepResult result{task.group, run_task(groups[static_cast<std::size_t>(task.group)], task.replication,
                                            options.threads, options.checkpoint)};
    transport.send(0, Tag::result, encode_result(result));
  }
}

}  // namespace

std::vector<SweepTask> sweep_tasks(const std::vector<SweepGroup>& groups) {
  std::vector<SweepTask> tasks;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    for (int r = 0; r < groups[g].replications; ++r) tasks.push_back({static_cast<int>(g), r});
  }
  return tasks;
}

ReplicationResult run_task(const SweepGroup& group, int replication, int threads,
                           const std::function<void()>& checkpoint) {
  RunPlan run = group.run;
  run.threads = thread_count(threads);
  const ProgressFn month_done = [&checkpoint](int /*done*/, int /*total*/) {
    if (checkpoint) checkpoint();
  };
  tbb::task_arena arena(run.threads);
  return arena.execute(
      [&] { return run_replication(group.region, group.params, run, replication, group.right, month_done); });
}

std::vector<int> run_sweep(const std::vector<SweepGroup>& groups, Transport& transport, const SweepSettings& options,
                           const GroupDone& done) {
  if (transport.rank() != 0) {
    serve_rank0(groups, transport, options);
    return {};
  }
  TaskQueue queue(sweep_tasks(groups));
  Collector collector(groups, done, transport.size());
  if (transport.size() == 1) {
    // Alone: as many replications at once as threads, each run on one thread.
    FirstError error;
    compute_locally(groups, queue, collector, thread_count(options.threads), 1, options.checkpoint, error);
    if (!collector.complete()) throw std::logic_error("the sweep ended with tasks not done");
  } else {
    serve_workers(groups, transport, options, queue, collector);
  }
  return collector.by_rank();
}

}  // namespace regiotwin
