#include "sim/simulation.hpp"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <cmath>

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

// Month keys of the random draws: 0 belongs to synthesis.
std::uint32_t month_key(int month) { return static_cast<std::uint32_t>(month + 1); }

}  // namespace

void Simulation::BlockTotals::clear() {
  alive = aged_65plus = aged_80plus = deaths = emigrants = gp_contacts = 0.0;
  freed.clear();
  mothers.clear();
}

Simulation::Simulation(const Region& region, const ParameterSet& params, const RunPlan& plan)
    : plan_(plan),
      life_table_(params),
      demography_(DemographySettings::from(params)),
      gp_(GpSettings::from(params)),
      gp_cost_per_contact_(params.real("gp_cost_per_contact_eur")),
      rng_(plan.seed),
      gp_queues_(region.municipalities.size()),
      result_(plan.from, plan.months(), codes_of(region), names_of(region)) {
  // Room for every expected newcomer of the run with a margin; freed slots are reused first.
  const double years = plan.months() / 12.0;
  population_ = synthesize(region, params, life_table_, plan.seed, [&](const AgeSexCounts& residents) {
    return static_cast<std::size_t>(std::ceil(1.2 * years * demography_.newcomers_per_year(residents))) + 64;
  });
  for (const Municipality& m : region.municipalities) {
    gp_fte_.push_back(gp_.fte_per_inhabitant * static_cast<double>(m.population));
  }
  for (std::size_t m = 0; m < population_.municipality_count(); ++m) {
    first_block_.push_back(blocks_.size());
    const PersonRange range = population_.range(m);
    for (std::uint32_t begin = range.begin; begin < range.end; begin += block_size) {
      blocks_.push_back(Block{m, {begin, std::min(range.end, begin + block_size)}});
    }
  }
  first_block_.push_back(blocks_.size());
  block_totals_.resize(blocks_.size());
  for (BlockTotals& t : block_totals_) {
    t.freed.reserve(block_size / 64);
    t.mothers.reserve(block_size / 256);
  }
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
                        person_pass(blocks_[b].persons, month, block_totals_[b]);
                      }
                    });
  // Municipalities are independent of each other; within one, events apply in block order.
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, population_.municipality_count(), 1),
                    [&](const tbb::blocked_range<std::size_t>& range) {
                      for (std::size_t m = range.begin(); m != range.end(); ++m) {
                        place_pass(m, month, municipality_events(m, first_block_[m], first_block_[m + 1], month));
                      }
                    });
}

void Simulation::person_pass(const PersonRange& persons, int month, BlockTotals& t) {
  t.clear();
  auto* age_months = population_.age_months.data();
  const auto* sex = population_.sex.data();
  auto* status = population_.status.data();
  const std::uint32_t key = month_key(month);
  for (std::uint32_t p = persons.begin; p != persons.end; ++p) {
    if (status[p] != Status::alive) continue;
    const int age = age_months[p] / 12;
    const auto a = static_cast<std::size_t>(age);
    // One draw per process, each in its own lane, so that changing one process never shifts
    // the random numbers of another.
    const auto u = rng_.uniforms(p, key, Stream::person_month);
    if (u[0] < life_table_.monthly(sex[p], age)) {
      status[p] = Status::dead;
      t.deaths += 1.0;
      t.freed.push_back(p);
      continue;
    }
    if (u[3] < demography_.emigration_probability[a]) {
      status[p] = Status::emigrated;
      t.emigrants += 1.0;
      t.freed.push_back(p);
      continue;
    }
    t.gp_contacts += gp_.contacts(age, u[1]);
    if (sex[p] == Sex::women && u[2] < demography_.birth_probability[a]) t.mothers.push_back(p);
    const int new_age_months = age_months[p] + 1;
    if (new_age_months >= n_ages * 12) {  // the life table ends at max_age
      status[p] = Status::dead;
      t.deaths += 1.0;
      t.freed.push_back(p);
      continue;
    }
    age_months[p] = static_cast<std::uint16_t>(new_age_months);
    t.alive += 1.0;
    t.aged_65plus += new_age_months >= 65 * 12 ? 1.0 : 0.0;
    t.aged_80plus += new_age_months >= 80 * 12 ? 1.0 : 0.0;
  }
}

Simulation::MonthTotals Simulation::municipality_events(std::size_t m, std::size_t first_block, std::size_t end_block,
                                                        int month) {
  MonthTotals totals;
  for (std::size_t b = first_block; b < end_block; ++b) {
    const BlockTotals& t = block_totals_[b];
    totals.alive += t.alive;
    totals.aged_65plus += t.aged_65plus;
    totals.aged_80plus += t.aged_80plus;
    totals.deaths += t.deaths;
    totals.emigrants += t.emigrants;
    totals.gp_contacts += t.gp_contacts;
    for (const std::uint32_t slot : t.freed) population_.release(m, slot);
  }
  for (std::size_t b = first_block; b < end_block; ++b) {
    for (const std::uint32_t mother : block_totals_[b].mothers) {
      const bool boy = rng_.uniform(mother, month_key(month), Stream::newborn) < demography_.men_share_at_birth;
      (void)population_.add(m, 0, boy ? Sex::men : Sex::women);
      totals.births += 1.0;
    }
  }
  totals.alive += totals.births;
  add_immigrants(m, month, totals);
  return totals;
}

// Expected immigrants per age band follow the municipality's population; the count is rounded at
// random (floor plus one with the fraction's probability), and each immigrant's age within the
// band and sex are drawn.
void Simulation::add_immigrants(std::size_t m, int month, MonthTotals& totals) {
  const AgeTable& rates = demography_.immigrants_per_resident;
  const std::uint32_t key = month_key(month);
  const auto municipality = static_cast<std::uint32_t>(m);
  std::uint32_t k = 0;
  for (std::size_t band = 0; band < rates.bands.size(); ++band) {
    const double expected = rates.values[band] * totals.alive;
    const double u = rng_.uniform(municipality, key, Stream::immigration, static_cast<std::uint32_t>(band));
    const auto count = static_cast<long long>(std::floor(expected)) + (u < expected - std::floor(expected) ? 1 : 0);
    const AgeBand ages = rates.bands[band];
    for (long long i = 0; i < count; ++i, ++k) {
      const auto d = rng_.uniforms(municipality, key, Stream::immigrant, k);
      const int months_in_band = (ages.to - ages.from + 1) * 12;
      const int age = ages.from * 12 + std::min(months_in_band - 1, static_cast<int>(d[0] * months_in_band));
      (void)population_.add(m, static_cast<std::uint16_t>(age), d[1] < 0.5 ? Sex::men : Sex::women);
      totals.immigrants += 1.0;
      if (age >= 65 * 12) totals.aged_65plus += 1.0;
      if (age >= 80 * 12) totals.aged_80plus += 1.0;
    }
  }
  totals.alive += totals.immigrants;
}

void Simulation::place_pass(std::size_t municipality, int month, const MonthTotals& totals) {
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
  set(Indicator::births, totals.births);
  set(Indicator::immigrants, totals.immigrants);
  set(Indicator::emigrants, totals.emigrants);
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
