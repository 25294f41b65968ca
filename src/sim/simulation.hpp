#pragma once
// The monthly engine. Each month: persons (in parallel blocks) may die, leave, give birth, ask
// for care, change a health or social state or their household, and age one month; then, per
// municipality and in a fixed order, freed slots are released, events that involve a partner
// applied, couples formed, newborns and immigrants placed, each place serves its queue from
// capacity, costs are booked per payer and indicators recorded. The engine reads no files and
// writes none.
#include <array>
#include <vector>

#include "care/care_system.hpp"
#include "care/waiting_list.hpp"
#include "core/parameters.hpp"
#include "core/rng.hpp"
#include "finance/budget.hpp"
#include "finance/costs.hpp"
#include "plan/effects.hpp"
#include "population/demography.hpp"
#include "population/health_states.hpp"
#include "population/households.hpp"
#include "population/life_table.hpp"
#include "population/population.hpp"
#include "region/region.hpp"
#include "sim/result.hpp"
#include "sim/run_plan.hpp"
#include "sim/stock_counter.hpp"

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
  // A household change that involves a partner: applied in the municipality phase, where one
  // thread owns the municipality, in block order.
  enum class Event : std::uint8_t { separation, children_left, wlz_admission };
  struct HouseholdEvent {
    std::uint32_t slot = 0;
    Event event = Event::separation;
  };
  // What the person pass adds up in a month over one block of persons, and the events it leaves
  // for the municipality phase. The vectors keep their capacity from month to month.
  struct BlockTotals {
    std::array<double, n_indicators> counts{};   // person stocks and flows, by indicator
    ResidentProfile profile;                     // survivors by age and state bit
    std::vector<std::uint32_t> freed;            // slots of those who died or left
    std::vector<std::uint32_t> mothers;          // slots of women who gave birth
    std::vector<std::uint32_t> seeking_partner;  // persons living alone who move in with someone
    std::vector<HouseholdEvent> events;
    void clear();
  };
  using MonthTotals = std::array<double, n_indicators>;
  // Persons are processed in blocks of at most block_size within one municipality, so that a
  // large municipality is shared over threads; block results are used in block order, which keeps
  // sums and slot reuse identical whatever the thread count.
  static constexpr std::uint32_t block_size = 16384;
  static_assert(block_size <= StockCounter::max_persons);
  struct Block {
    std::size_t municipality = 0;
    PersonRange persons;
  };

  void step(int month);
  void person_pass(const Block& block, int month, BlockTotals& totals);
  void count_person(std::uint32_t p, StockCounter& counter) const {
    counter.add(population_.age_months[p], population_.states[p], population_.household[p]);
  }

  void household_change(std::uint32_t p, int age, double u, BlockTotals& t);
  void apply_events(std::size_t municipality, std::size_t first_block, std::size_t end_block, int month);
  void lose_partner(std::uint32_t p, int month);
  void form_couples(std::size_t municipality, std::size_t first_block, std::size_t end_block, int month);
  void place_newborns(std::size_t municipality, std::size_t first_block, std::size_t end_block, int month,
                      MonthTotals& totals);
  MonthTotals municipality_events(std::size_t municipality, std::size_t first_block, std::size_t end_block, int month);
  void add_immigrants(std::size_t municipality, int month, MonthTotals& totals);
  void count_newcomer(std::size_t municipality, std::uint32_t slot, MonthTotals& totals);
  [[nodiscard]] CareNeeds care_needs(std::size_t municipality, int month) const;
  void record_pyramid(std::size_t municipality, int month);
  void place_pass(std::size_t municipality, int month, const MonthTotals& totals);
  void record_care(std::size_t municipality, int month, const CareMonth& care);
  void record_costs(std::size_t municipality, int month, const Ledger& ledger);
  // Adds the month's spend to the municipality's year; at the year's end, sets the next year's Wmo
  // access from the budget rule.
  void follow_budget(std::size_t municipality, int month, const Ledger& ledger);
  [[nodiscard]] double worsening_from(const CareMonth& care) const;
  // The incidence factors of the person pass of `month`, given the worsening from the month before.
  void set_incidence(std::size_t municipality, int month, double worsening);

  RunPlan plan_;
  LifeTable life_table_;
  // Monthly chance of dying by frailty (0, 1), sex and age: the life table of the year times the
  // frailty factor, refreshed once a year.
  std::array<std::array<std::array<double, n_ages>, n_sexes>, 2> monthly_death_{};
  DemographySettings demography_;
  HouseholdSettings households_;
  StateSettings states_;
  std::vector<StateMultipliers> multipliers_;  // per municipality
  CareSettings care_settings_;
  CostSettings costs_;
  CounterRng rng_;
  Population population_;
  std::vector<Block> blocks_;              // in municipality order
  std::vector<std::size_t> first_block_;   // per municipality, plus one past the end
  std::vector<BlockTotals> block_totals_;  // one per block, reused every month
  std::vector<std::array<std::vector<std::uint32_t>, n_sexes>> seeking_scratch_;  // per municipality
  std::vector<CareSystem> care_;                                                  // one per municipality
  std::vector<ResidentProfile> profiles_;  // per municipality, this month's residents
  PlanEffects plan_effects_;
  std::vector<CareLevers> levers_;  // per municipality, this month's
  // Per municipality, the factors on incidence of the next person pass: the plan's prevention and
  // the worsening of mild mental problems from last month's waits for mild mental help. Written by
  // the place pass, read by the next month's person pass.
  std::vector<IncidenceFactors> incidence_;
  // The budget rule and, per municipality, its budgets, the spend of the year so far and the factor
  // on Wmo onset that the last year's overspend set. Each is written by the municipality's own place
  // pass only, so results stay the same at any thread count.
  BudgetRule budget_rule_;
  struct YearSpend {
    PayerSpend paid{};
    int months = 0;
  };
  std::vector<MunicipalBudgets> budgets_;
  std::vector<YearSpend> year_spend_;
  std::vector<double> wmo_access_;
  double worsening_per_month_waited_ = 0.0;
  double worsening_max_ = 1.0;
  SimulationResult result_;
};

}  // namespace regiotwin
