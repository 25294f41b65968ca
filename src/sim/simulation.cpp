#include "sim/simulation.hpp"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>

#include "finance/ledger.hpp"

namespace regiotwin {
namespace {

std::vector<std::string> codes_of(const Region& region) {
  std::vector<std::string> out;
  for (const Municipality& m : region.municipalities) out.push_back(m.code);
  return out;
}

std::vector<std::string> names_of(const Region& region) {
  std::vector<std::string> out;
  for (const Municipality& m : region.municipalities) out.push_back(m.name);
  return out;
}

}  // namespace

Simulation::PersonTotals& Simulation::PersonTotals::operator+=(const PersonTotals& other) {
  alive += other.alive;
  aged_65plus += other.aged_65plus;
  aged_80plus += other.aged_80plus;
  deaths += other.deaths;
  gp_contacts += other.gp_contacts;
  return *this;
}

Simulation::Simulation(const Region& region, const ParameterSet& params, const RunPlan& plan)
    : plan_(plan),
      life_table_(params),
      gp_(GpSettings::from(params)),
      gp_cost_per_contact_(params.real("gp_cost_per_contact_eur")),
      rng_(plan.seed),
      population_(synthesize(region, params, life_table_, plan.seed)),
      gp_queues_(region.municipalities.size()),
      result_(plan.from, plan.months(), codes_of(region), names_of(region)) {
  for (const Municipality& m : region.municipalities) {
    gp_fte_.push_back(gp_.fte_per_inhabitant * static_cast<double>(m.population));
  }
  for (std::size_t m = 0; m < population_.municipality_count(); ++m) {
    const PersonRange range = population_.range(m);
    for (std::uint32_t begin = range.begin; begin < range.end; begin += std::min(block_size, range.end - begin)) {
      blocks_.push_back(Block{m, {begin, std::min(range.end, begin + block_size)}});
    }
  }
  block_totals_.resize(blocks_.size());
}

void Simulation::run(const ProgressFn& progress) {
  const int threads = plan_.threads > 0 ? plan_.threads : tbb::info::default_concurrency();
  tbb::task_arena arena(threads);
  const int months = plan_.months();
  for (int month = 0; month < months; ++month) {
    arena.execute([&] { step(month); });
    if (progress) progress(month + 1, months);
  }
}

void Simulation::step(int month) {
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, blocks_.size(), 1),
                    [&](const tbb::blocked_range<std::size_t>& range) {
                      for (std::size_t b = range.begin(); b != range.end(); ++b) {
                        block_totals_[b] = person_pass(blocks_[b].persons, month);
                      }
                    });
  std::size_t b = 0;
  for (std::size_t m = 0; m < population_.municipality_count(); ++m) {
    PersonTotals totals;
    for (; b < blocks_.size() && blocks_[b].municipality == m; ++b) totals += block_totals_[b];
    place_pass(m, month, totals);
  }
}

Simulation::PersonTotals Simulation::person_pass(PersonRange persons, int month) {
  PersonTotals t;
  const auto month_key = static_cast<std::uint32_t>(month + 1);  // key 0 belongs to synthesis
  auto* age_months = population_.age_months.data();
  const auto* sex = population_.sex.data();
  auto* alive = population_.alive.data();
  for (std::uint32_t p = persons.begin; p != persons.end; ++p) {
    if (alive[p] == 0) continue;
    const int age = age_months[p] / 12;
    // Lane 0 decides death and lane 1 the GP contacts, so that a change to one process never
    // shifts the random numbers of another.
    const auto u = rng_.uniforms(p, month_key, Stream::person_month);
    if (u[0] < life_table_.monthly(sex[p], age)) {
      alive[p] = 0;
      t.deaths += 1.0;
      continue;
    }
    t.gp_contacts += gp_.contacts(age, u[1]);
    const int new_age_months = age_months[p] + 1;
    if (new_age_months >= n_ages * 12) {  // the life table ends at max_age
      alive[p] = 0;
      t.deaths += 1.0;
      continue;
    }
    age_months[p] = static_cast<std::uint16_t>(new_age_months);
    t.alive += 1.0;
    t.aged_65plus += new_age_months >= 65 * 12 ? 1.0 : 0.0;
    t.aged_80plus += new_age_months >= 80 * 12 ? 1.0 : 0.0;
  }
  return t;
}

void Simulation::place_pass(std::size_t municipality, int month, const PersonTotals& totals) {
  const double fte = gp_fte_[municipality];
  const QueueMonth gp =
      gp_queues_[municipality].step(totals.gp_contacts, fte * gp_.contacts_per_fte_month, gp_.monthly_abandonment);
  Ledger ledger;
  ledger.book(Payer::zvw, gp.served * gp_cost_per_contact_);

  const auto set = [&](Indicator indicator, double value) { result_.at(month, municipality, indicator) = value; };
  set(Indicator::population, totals.alive);
  set(Indicator::population_65plus, totals.aged_65plus);
  set(Indicator::population_80plus, totals.aged_80plus);
  set(Indicator::deaths, totals.deaths);
  set(Indicator::gp_demand, gp.arrivals);
  set(Indicator::gp_capacity, gp.capacity);
  set(Indicator::gp_served, gp.served);
  set(Indicator::gp_abandoned, gp.abandoned);
  set(Indicator::gp_waiting, gp.waiting);
  set(Indicator::gp_wait_mean, gp.wait_mean);
  set(Indicator::gp_wait_p90, gp.wait_p90);
  set(Indicator::gp_fte, fte);
  set(Indicator::cost_zvw, ledger.amount(Payer::zvw));
  set(Indicator::cost_total, ledger.total());
}

}  // namespace regiotwin
