#pragma once
// The monthly engine. Each month: persons (in parallel blocks) may die, leave, give birth and ask
// for care, and age one month; then, per municipality and in a fixed order, freed slots are
// released, newborns and immigrants placed, each place serves its queue from capacity, costs are
// booked per payer and indicators recorded. The engine reads no files and writes none.
#include <vector>

#include "care/gp_practice.hpp"
#include "care/waiting_list.hpp"
#include "core/parameters.hpp"
#include "core/rng.hpp"
#include "population/demography.hpp"
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
  // What the person pass adds up in a month over one block of persons, and the events it leaves
  // for the municipality phase. The vectors keep their capacity from month to month.
  struct BlockTotals {
    double alive = 0.0;
    double aged_65plus = 0.0;
    double aged_80plus = 0.0;
    double deaths = 0.0;
    double emigrants = 0.0;
    double gp_contacts = 0.0;
    std::vector<std::uint32_t> freed;    // slots of those who died or left
    std::vector<std::uint32_t> mothers;  // slots of women who gave birth
    void clear();
  };
  struct MonthTotals {
    double alive = 0.0;
    double aged_65plus = 0.0;
    double aged_80plus = 0.0;
    double deaths = 0.0;
    double emigrants = 0.0;
    double births = 0.0;
    double immigrants = 0.0;
    double gp_contacts = 0.0;
  };
  // Persons are processed in blocks of at most block_size within one municipality, so that a
  // large municipality is shared over threads; block results are used in block order, which keeps
  // sums and slot reuse identical whatever the thread count.
  static constexpr std::uint32_t block_size = 16384;
  struct Block {
    std::size_t municipality = 0;
    PersonRange persons;
  };

  void step(int month);
  void person_pass(const PersonRange& persons, int month, BlockTotals& totals);
  MonthTotals municipality_events(std::size_t municipality, std::size_t first_block, std::size_t end_block, int month);
  void add_immigrants(std::size_t municipality, int month, MonthTotals& totals);
  void place_pass(std::size_t municipality, int month, const MonthTotals& totals);

  RunPlan plan_;
  LifeTable life_table_;
  DemographySettings demography_;
  GpSettings gp_;
  double gp_cost_per_contact_ = 0.0;
  CounterRng rng_;
  Population population_;
  std::vector<Block> blocks_;              // in municipality order
  std::vector<std::size_t> first_block_;   // per municipality, plus one past the end
  std::vector<BlockTotals> block_totals_;  // one per block, reused every month
  std::vector<WaitingList> gp_queues_;     // one per municipality
  std::vector<double> gp_fte_;
  SimulationResult result_;
};

}  // namespace regiotwin
