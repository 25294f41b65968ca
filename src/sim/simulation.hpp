#pragma once
// The monthly engine. Each month: persons (in parallel, by municipality) age, may die and ask for
// care; then each place serves its queue from capacity; costs are booked per payer; indicators
// are recorded. The engine reads no files and writes none.
#include <vector>

#include "care/gp_practice.hpp"
#include "care/waiting_list.hpp"
#include "core/parameters.hpp"
#include "core/rng.hpp"
#include "population/life_table.hpp"
#include "population/population.hpp"
#include "region/region.hpp"
#include "sim/result.hpp"
#include "sim/run_plan.hpp"

namespace regiotwin {

class Simulation {
 public:
  // Synthesises the population; the months run in run().
  Simulation(const Region& region, const ParameterSet& params, const RunPlan& plan);

  void run(const ProgressFn& progress = {});

  [[nodiscard]] const SimulationResult& result() const { return result_; }
  [[nodiscard]] const Population& population() const { return population_; }
  [[nodiscard]] const LifeTable& life_table() const { return life_table_; }

 private:
  // What the person pass adds up in a month over one block of persons.
  struct PersonTotals {
    double alive = 0.0;
    double aged_65plus = 0.0;
    double aged_80plus = 0.0;
    double deaths = 0.0;
    double gp_contacts = 0.0;
    PersonTotals& operator+=(const PersonTotals& other);
  };
  // Persons are processed in blocks of at most block_size within one municipality, so that a large
  // municipality is shared over threads; block totals are added in block order, which keeps the
  // sums identical whatever the thread count.
  static constexpr std::uint32_t block_size = 16384;
  struct Block {
    std::size_t municipality = 0;
    PersonRange persons;
  };

  void step(int month);
  PersonTotals person_pass(PersonRange persons, int month);
  void place_pass(std::size_t municipality, int month, const PersonTotals& totals);

  RunPlan plan_;
  LifeTable life_table_;
  GpSettings gp_;
  double gp_cost_per_contact_ = 0.0;
  CounterRng rng_;
  Population population_;
  std::vector<Block> blocks_;               // in municipality order
  std::vector<PersonTotals> block_totals_;  // one per block, reused every month
  std::vector<WaitingList> gp_queues_;      // one per municipality
  std::vector<double> gp_fte_;
  SimulationResult result_;
};

}  // namespace regiotwin
