#pragma once
// The reference kernel of issue 7: the least monthly bookkeeping that a microsimulation of persons
// cannot avoid, to hold the engine (sim/simulation.hpp) against on the same population and months.
// Every month, for every person: read and update their state (age in months, a state byte, a status
// byte), draw once from Philox keyed by slot and month as the engine does (core/rng.hpp,
// core/person_draws.hpp), and look up age-specific monthly rates (dying; a condition beginning).
// The dead leave their slot to a newborn, so the population keeps its size as the engine's roughly
// does. Persons run in blocks of the engine's size in parallel with TBB, and block totals are added
// in block order. Nothing else: no sexes, households, partners, care, money or indicators.
#include <array>
#include <cstdint>
#include <vector>

#include "core/age_table.hpp"
#include "core/rng.hpp"
#include "population/life_table.hpp"

namespace regiotwin::bench {

class ReferenceKernel {
 public:
  // `persons` alive at the start, their ages spread evenly over 0 to 89 years; rates of dying from
  // the life table (the mean of men and women), a condition beginning more often with age.
  ReferenceKernel(std::size_t persons, const LifeTable& life_table, std::uint64_t seed);

  struct Totals {
    long long deaths = 0;
    long long with_condition = 0;
  };
  // Runs `months` months on `threads` threads; returns the totals over all of them.
  Totals run(int months, int threads);

  [[nodiscard]] std::size_t persons() const { return age_months_.size(); }
  [[nodiscard]] long long alive() const;
  // The state a person carries: every byte of it is read and may be written every month.
  [[nodiscard]] static constexpr std::size_t bytes_per_person() {
    return sizeof(std::uint16_t) + 2 * sizeof(std::uint8_t);
  }

 private:
  static constexpr std::uint32_t block_size = 16384;  // as the engine's blocks
  static constexpr std::uint8_t alive_status = 1;
  static constexpr std::uint8_t died = 2;
  struct Block {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    Totals totals;
    std::vector<std::uint32_t> freed;  // slots of those who died this month
  };
  void person_pass(Block& block, std::uint32_t key);
  Totals step(int month);

  std::vector<std::uint16_t> age_months_;
  std::vector<std::uint8_t> condition_;  // the state byte: 1 with the condition
  std::vector<std::uint8_t> status_;
  std::array<double, n_ages> dying_{};  // per month, by year of age
  std::array<double, n_ages> onset_{};
  CounterRng rng_;
  std::vector<Block> blocks_;
};

}  // namespace regiotwin::bench
