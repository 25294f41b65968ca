#include "reference_kernel.hpp"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>

#include "core/person_draws.hpp"

namespace regiotwin::bench {

ReferenceKernel::ReferenceKernel(std::size_t persons, const LifeTable& life_table, std::uint64_t seed)
    : age_months_(persons), condition_(persons, 0), status_(persons, alive_status), rng_(seed) {
  for (int age = 0; age <= max_age; ++age) {
    const auto a = static_cast<std::size_t>(age);
    dying_[a] = 0.5 * (life_table.monthly(Sex::men, age) + life_table.monthly(Sex::women, age));
    onset_[a] = 0.0005 + 0.00005 * age;
  }
  dying_[static_cast<std::size_t>(max_age)] = 1.0;  // the life table ends here, as in the engine
  constexpr int spread_months = 90 * 12;
  for (std::size_t p = 0; p < persons; ++p) {
    const double u = rng_.uniform(static_cast<std::uint32_t>(p), 0, Stream::synthesis_age);
    age_months_[p] = static_cast<std::uint16_t>(u * spread_months);
  }
  for (std::uint32_t begin = 0; begin < persons; begin += block_size) {
    Block block;
    block.begin = begin;
    block.end = static_cast<std::uint32_t>(std::min<std::size_t>(persons, std::size_t{begin} + block_size));
    block.freed.reserve(block_size / 64);
    blocks_.push_back(std::move(block));
  }
}

long long ReferenceKernel::alive() const {
  return static_cast<long long>(std::count(status_.begin(), status_.end(), alive_status));
}

ReferenceKernel::Totals ReferenceKernel::run(int months, int threads) {
  tbb::task_arena arena(threads);
  Totals sum;
  for (int month = 0; month < months; ++month) {
    const Totals t = arena.execute([&] { return step(month); });
    sum.deaths += t.deaths;
    sum.with_condition += t.with_condition;
  }
  return sum;
}

ReferenceKernel::Totals ReferenceKernel::step(int month) {
  const auto key = static_cast<std::uint32_t>(month + 1);  // 0 belongs to the start, as in the engine
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, blocks_.size(), 1),
                    [&](const tbb::blocked_range<std::size_t>& range) {
                      for (std::size_t b = range.begin(); b != range.end(); ++b) person_pass(blocks_[b], key);
                    });
  // In block order, so the result does not depend on the threads: newborns take the freed slots.
  Totals month_totals;
  for (Block& block : blocks_) {
    for (const std::uint32_t slot : block.freed) {
      age_months_[slot] = 0;
      condition_[slot] = 0;
      status_[slot] = alive_status;
    }
    month_totals.deaths += block.totals.deaths;
    month_totals.with_condition += block.totals.with_condition;
  }
  return month_totals;
}

void ReferenceKernel::person_pass(Block& block, std::uint32_t key) {
  block.totals = Totals{};
  block.freed.clear();
  std::uint16_t* age_months = age_months_.data();
  std::uint8_t* condition = condition_.data();
  std::uint8_t* status = status_.data();
  long long with_condition = 0;
  PersonDraws draws;
  for (std::uint32_t first = block.begin; first < block.end; first += PersonDraws::batch) {
    draws.fill(rng_, first, key, Stream::person_month);
    const std::uint32_t end = std::min(block.end, first + PersonDraws::batch);
    for (std::uint32_t p = first; p != end; ++p) {
      if (status[p] != alive_status) continue;
      const double u = draws(p - first, 0);
      const auto a = static_cast<std::size_t>(age_months[p] / 12);
      if (u < dying_[a]) {
        status[p] = died;
        block.freed.push_back(p);
        continue;
      }
      // From the other end of the draw, so that the two windows do not overlap.
      condition[p] = static_cast<std::uint8_t>(condition[p] | (u >= 1.0 - onset_[a] ? 1U : 0U));
      age_months[p] = static_cast<std::uint16_t>(age_months[p] + 1);
      with_condition += condition[p];
    }
  }
  block.totals.deaths = static_cast<long long>(block.freed.size());
  block.totals.with_condition = with_condition;
}

}  // namespace regiotwin::bench
