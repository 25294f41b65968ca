// Issue 7, item 3: the same results at one and two threads, and in any order of the replications.
// (Under MPI at any rank count: sweep_test.cpp with ranks in threads, and the mpirun CTests in
// CMakeLists.txt with real ones.)
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <stdexcept>

#include "plan/business_case.hpp"
#include "plan/comparison.hpp"
#include "sim/identical_results.hpp"
#include "sim/simulation.hpp"
#include "sweep_fixtures.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

using testing_support::bit_identical;

SimulationResult simulate(const Region& region, const RunPlan& plan) {
  Simulation simulation(region, ParameterSet{}, plan);
  simulation.run();
  return simulation.result();
}

// A plan run with every kind of intervention, on a region whose largest municipality spans several
// blocks of persons (Zwolle at 30%: about 39,000 residents), so that the person pass is split over
// threads within a municipality: every indicator, place, profession, cost and flow, bit for bit.
TEST(Determinism, PlanRunIdenticalAtOneAndTwoThreads) {
  const Region region = sweep_testing::zwolle_sample(0.3);
  RunPlan one = sweep_testing::two_years(sweep_testing::every_intervention());
  one.threads = 1;
  RunPlan two = one;
  two.threads = 2;
  const SimulationResult at_one = simulate(region, one);
  EXPECT_TRUE(bit_identical(at_one, simulate(region, two)));
  RunPlan baseline = one;
  baseline.interventions.clear();
  EXPECT_FALSE(bit_identical(at_one, simulate(region, baseline))) << "the plan acted";
}

// Replications computed one by one in a shuffled order and assembled by index are the comparison
// compare_plan makes, and so are its CSV files, byte for byte.
TEST(Determinism, ReplicationsInAnyOrderGiveTheSameComparison) {
  const Region& region = sweep_testing::small_region();
  const ParameterSet params;
  const RightPlaces right = RoutingSetup::from(params).right;
  RunPlan run = sweep_testing::two_years(sweep_testing::every_intervention());
  run.threads = 2;
  constexpr int replications = 4;
  const Comparison reference = compare_plan(region, params, run, replications, right);

  std::vector<int> order(replications);
  for (int r = 0; r < replications; ++r) order[static_cast<std::size_t>(r)] = r;
  std::mt19937 shuffle(12345);
  std::shuffle(order.begin(), order.end(), shuffle);
  ASSERT_NE(order, (std::vector<int>{0, 1, 2, 3}));
  std::vector<ReplicationResult> results;
  RunPlan alone = run;
  for (const int r : order) {
    alone.threads = 1 + r % 2;  // and at either thread count
    results.push_back(run_replication(region, params, alone, r, right));
  }
  const Comparison assembled = assemble_comparison(run, replications, results);
  EXPECT_EQ(assembled.baseline, reference.baseline);
  EXPECT_EQ(assembled.plan, reference.plan);
  EXPECT_EQ(assembled.baseline_right_place, reference.baseline_right_place);
  EXPECT_EQ(assembled.plan_right_place, reference.plan_right_place);
  EXPECT_EQ(comparison_csv(assembled), comparison_csv(reference));
  EXPECT_EQ(business_case_csv(assembled), business_case_csv(reference));

  // Placed by index, not by arrival: the same results in another order as if they were in order.
  std::vector<ReplicationResult> relabelled = results;
  std::swap(relabelled[0].replication, relabelled[1].replication);
  EXPECT_NE(assemble_comparison(run, replications, relabelled).baseline, reference.baseline);
}

TEST(Determinism, AssemblyRefusesMissingRepeatedOrForeignReplications) {
  const Region& region = sweep_testing::small_region();
  const ParameterSet params;
  const RightPlaces right = RoutingSetup::from(params).right;
  RunPlan run = sweep_testing::two_years(sweep_testing::every_intervention());
  run.to = YearMonth(2024, 6);
  const ReplicationResult r0 = run_replication(region, params, run, 0, right);
  const ReplicationResult r1 = run_replication(region, params, run, 1, right);
  EXPECT_NO_THROW((void)assemble_comparison(run, 2, {r1, r0}));
  EXPECT_THROW((void)assemble_comparison(run, 2, {r0}), std::invalid_argument);
  EXPECT_THROW((void)assemble_comparison(run, 2, {r0, r0}), std::invalid_argument);
  EXPECT_THROW((void)assemble_comparison(run, 1, {r1}), std::invalid_argument);
  RunPlan longer = run;
  longer.to = YearMonth(2024, 7);
  EXPECT_THROW((void)assemble_comparison(longer, 2, {r0, r1}), std::invalid_argument);
}

}  // namespace
}  // namespace regiotwin
