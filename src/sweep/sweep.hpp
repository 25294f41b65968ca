#pragma once
// A sweep: scenarios × regions × replications (docs/cluster.md). Each (scenario, region) is a group
// whose replications are tasks; rank 0 hands the tasks out in order, on request, and gathers each
// group's replications, placed by index, into a Comparison that it passes on in group order. Run
// without mpirun, the one rank computes every task itself, several at a time. Replication r of a group
// always runs with the group's seed + r, so the results are the same bit for bit at any number of
// ranks and threads and in any order the tasks finish.
#include <cstdint>
#include <functional>
#include <vector>

#include "plan/comparison.hpp"
#include "sweep/transport.hpp"
#include "sweep/wire.hpp"

namespace regiotwin {

// One (scenario, region): what a replication needs. Every rank builds the same groups from the same
// files (sweep/groups.hpp).
struct SweepGroup {
  Region region;
  ParameterSet params;  // the region pack's, then the scenario's overrides
  RunPlan run;          // horizon, seed, the plan's interventions
  RightPlaces right;
  int replications = 1;
};

// The tasks in the order rank 0 hands them out: group by group, replication by replication.
std::vector<SweepTask> sweep_tasks(const std::vector<SweepGroup>& groups);

struct SweepSettings {
  // Run alone: replications computed at once. Under MPI: threads of each rank's one task at a time
  // (its baseline and plan side by side). 0: all cores of the machine.
  int threads = 0;
  // Under MPI, rank 0 also computes, one task at a time on a thread of its own, while its main thread
  // serves the workers; otherwise it only hands out tasks and gathers results.
  bool rank0_computes = true;
  // Of the inputs (sweep/groups.hpp): a worker whose inputs differ from rank 0's stops the sweep.
  std::uint64_t fingerprint = 0;
  // Called often by every computing thread and by rank 0 while it waits; throw from it to stop the
  // sweep (Ctrl-C). Must be safe to call from several threads at once.
  std::function<void()> checkpoint;
};

// Called on rank 0 for each group, in group order, as soon as it and every group before it is
// complete. Never called at the same time from two threads.
using GroupDone = std::function<void(std::size_t group, const Comparison& comparison)>;

// Runs this rank's part. Rank 0 returns when every group was passed to `done` and every worker was
// told to stop, with the number of tasks each rank computed; a worker returns (nothing) when told to
// stop. An error on rank 0, in a task on rank 0 or a worker's wrong inputs throw on rank 0; an error
// in a worker's task throws on that worker (the caller then aborts the sweep, see Transport::abort).
std::vector<int> run_sweep(const std::vector<SweepGroup>& groups, Transport& transport, const SweepSettings& options,
                           const GroupDone& done);

// One task alone: replication `replication` of `group` with `threads` threads (0: all cores).
ReplicationResult run_task(const SweepGroup& group, int replication, int threads,
                           const std::function<void()>& checkpoint = {});

}  // namespace regiotwin
