#include "sim/simulation.hpp"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>
#include <random>

#include "core/person_draws.hpp"
#include "finance/costs.hpp"
#include "sim/care_needs.hpp"

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

std::vector<MunicipalBudgets> budgets_of(const Region& region) {
  std::vector<MunicipalBudgets> out;
  for (const Municipality& m : region.municipalities) out.push_back(m.budgets);
  return out;
}

std::vector<double> inhabitants_of(const Region& region) {
  std::vector<double> out;
  for (const Municipality& m : region.municipalities) out.push_back(static_cast<double>(m.population));
  return out;
}

// The region's share of the transformation funds: per resident at the start.
FundsSettings funds_of(const Region& region, const ParameterSet& params) {
  double residents = 0.0;
  for (const Municipality& m : region.municipalities) residents += static_cast<double>(m.population);
  return {params.real("transformation_funds_per_resident_eur") * residents,
          static_cast<int>(params.real("transformation_funds_last_year"))};
}

// The four lanes of the person pass's monthly draws (Stream::person_month), one per process, so
// that changing one process never shifts the random numbers of another. Two processes that share
// a lane take their windows from opposite ends, so neither moves the other's window while their
// monthly chances add up to less than one, as they do by far: `leaving` has death from below and
// emigration from above, `household` a household change from below and giving birth from above.
// Lane `spare` is drawn and not used yet: a per-person process can take it without shifting others.
enum class Lane : std::uint8_t { leaving, spare, state, household };

// Month keys of the random draws: 0 belongs to synthesis.
std::uint32_t month_key(int month) { return static_cast<std::uint32_t>(month + 1); }

}  // namespace

void Simulation::BlockTotals::clear() {
  counts.fill(0.0);
  profile = ResidentProfile{};
  freed.clear();
  mothers.clear();
  seeking_partner.clear();
  events.clear();
}

Simulation::Simulation(const Region& region, const ParameterSet& params, const RunPlan& plan)
    : plan_(plan),
      life_table_(params),
      demography_(DemographySettings::from(params)),
      households_(HouseholdSettings::from(params)),
      states_(params, life_table_),
      care_settings_(CareSettings::from(params, region.routing)),
      costs_(CostSettings::from(params)),
      rng_(plan.seed),
      profiles_(region.municipalities.size()),
      levers_(region.municipalities.size()),
      incidence_(region.municipalities.size()),
      budget_rule_(BudgetRule::from(params)),
      budgets_(budgets_of(region)),
      year_spend_(region.municipalities.size()),
      wmo_access_(region.municipalities.size(), 1.0),
      worsening_per_month_waited_(params.real("mental_worsening_per_month_waited")),
      worsening_max_(params.real("mental_worsening_max")),
      result_(plan.from, plan.months(), codes_of(region), names_of(region)) {
  StateMultipliers highest{};
  for (const Municipality& m : region.municipalities) {
    multipliers_.push_back(states_.multipliers(m.deprivation_index));
    for (std::size_t s = 0; s < n_states; ++s) highest[s] = std::max(highest[s], multipliers_.back()[s]);
  }
  plan_effects_ = PlanEffects(plan.interventions,
                              schedule_plan(plan.interventions, plan.from, plan.months(), funds_of(region, params)),
                              codes_of(region), inhabitants_of(region), care_settings_);
  IncidenceFactors::Max max_factor = plan_effects_.highest_factors();
  max_factor[static_cast<std::size_t>(State::mental)][1] *= std::max(1.0, worsening_max_);
  states_.set_max_multipliers(highest, max_factor);
  for (std::size_t m = 0; m < region.municipalities.size(); ++m) set_incidence(m, 0, 1.0);
  // Room for every expected newcomer of the run with a margin; freed slots are reused first.
  const double years = plan.months() / 12.0;
  population_ = synthesize(region, params, life_table_, households_, states_, plan.seed, [&](const AgeSexCounts& c) {
    return static_cast<std::size_t>(std::ceil(1.2 * years * demography_.newcomers_per_year(c))) + 64;
  });
  for (const Municipality& m : region.municipalities) {
    care_.emplace_back(care_settings_, static_cast<double>(m.population));
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
  seeking_scratch_.resize(population_.municipality_count());
  for (BlockTotals& t : block_totals_) {
    t.freed.reserve(block_size / 64);
    t.mothers.reserve(block_size / 256);
    t.seeking_partner.reserve(block_size / 256);
    t.events.reserve(block_size / 128);
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
  // Mortality, fertility and migration follow yearly trends: their rates change once per calendar year.
  if (const YearMonth now = plan_.from.plus(month); month == 0 || now.month() == 1) {
    life_table_.set_year(now.year());
    demography_.set_year(now.year());
    for (std::size_t frail = 0; frail < 2; ++frail) {
      for (const Sex sex : {Sex::men, Sex::women}) {
        for (int age = 0; age <= max_age; ++age) {
          monthly_death_[frail][static_cast<std::size_t>(sex)][static_cast<std::size_t>(age)] =
              life_table_.monthly(sex, age) * states_.mortality_factor(frail == 1, sex, age);
        }
      }
    }
  }
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, blocks_.size(), 1),
                    [&](const tbb::blocked_range<std::size_t>& range) {
                      for (std::size_t b = range.begin(); b != range.end(); ++b) {
                        person_pass(blocks_[b], month, block_totals_[b]);
                      }
                    });
  // Municipalities are independent of each other; within one, events apply in block order.
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, population_.municipality_count(), 1),
                    [&](const tbb::blocked_range<std::size_t>& range) {
                      for (std::size_t m = range.begin(); m != range.end(); ++m) {
                        place_pass(m, month, municipality_events(m, first_block_[m], first_block_[m + 1], month));
                        if (month == 0 || plan_.from.plus(month).month() == 1) record_pyramid(m, month);
                      }
                    });
}

// Once a year, so the monthly pass need not count by sex: a pass over the municipality's slots.
void Simulation::record_pyramid(std::size_t m, int month) {
  const int year = plan_.from.plus(month).year() - plan_.from.year();
  const PersonRange range = population_.range(m);
  constexpr auto last_group = SimulationResult::n_age_groups - 1;
  for (std::uint32_t p = range.begin; p < range.end; ++p) {
    if (population_.status[p] != Status::alive) continue;
    const std::size_t group = std::min<std::size_t>(population_.age_months[p] / 60U, last_group);
    result_.pyramid(year, m, population_.sex[p], group) += 1.0;
  }
}

void Simulation::person_pass(const Block& block, int month, BlockTotals& t) {
  t.clear();
  auto* age_months = population_.age_months.data();
  const auto* sex = population_.sex.data();
  auto* status = population_.status.data();
  auto* states = population_.states.data();
  const StateMultipliers& multipliers = multipliers_[block.municipality];
  const IncidenceFactors& incidence = incidence_[block.municipality];
  const std::uint32_t key = month_key(month);
  StockCounter stocks;  // whole numbers add faster than doubles; a block has at most block_size persons
  PersonDraws draws;
  for (std::uint32_t first = block.persons.begin; first < block.persons.end; first += PersonDraws::batch) {
    draws.fill(rng_, first, key, Stream::person_month);
    const std::uint32_t end = std::min(block.persons.end, first + PersonDraws::batch);
    for (std::uint32_t p = first; p != end; ++p) {
      if (status[p] != Status::alive) continue;
      const auto u = [&draws, i = p - first](Lane lane) { return draws(i, static_cast<std::size_t>(lane)); };
      const std::uint16_t states_before = states[p].bits();
      const int age = age_months[p] / 12;
      const auto a = static_cast<std::size_t>(age);
      const double death = monthly_death_[states[p].has(State::frailty) ? 1 : 0][static_cast<std::size_t>(sex[p])][a];
      const double emigration = demography_.emigration_probability[a];
      const double ul = u(Lane::leaving);
      if (ul < death || age_months[p] + 1 >= n_ages * 12) {  // the life table ends at max_age
        status[p] = Status::dead;
        t.counts[static_cast<std::size_t>(Indicator::deaths)] += 1.0;
        t.freed.push_back(p);
        t.profile.record_change(states_before, 0);
        continue;
      }
      if (ul >= 1.0 - emigration) {
        status[p] = Status::emigrated;
        t.counts[static_cast<std::size_t>(Indicator::emigrants)] += 1.0;
        t.freed.push_back(p);
        t.profile.record_change(states_before, 0);
        continue;
      }
      if (const double us = u(Lane::state); us < states_.any_transition_bound(states[p], sex[p], age)) {
        const auto change = states_.step(states[p], sex[p], age, multipliers, us, incidence);
        // The leaving draw decided nothing, so it is uniform on what lies between its two windows.
        if (change.state == static_cast<std::size_t>(State::wlz) && change.up &&
            population_.household[p] != Household::institution &&
            (ul - death) / (1.0 - emigration - death) < households_.wlz_admission_share) {
          t.events.push_back({p, Event::wlz_admission});
        }
      }
      const double uh = u(Lane::household);
      if (uh < households_.any_change_bound(population_.household[p], states[p].child(), age)) {
        household_change(p, age, uh, t);
      }
      if (sex[p] == Sex::women && uh >= 1.0 - demography_.birth_probability[a]) t.mothers.push_back(p);
      age_months[p] = static_cast<std::uint16_t>(age_months[p] + 1);
      states[p].keep_only(states_.allowed_bits(sex[p], age_months[p] / 12));
      if (states[p].bits() != states_before) t.profile.record_change(states_before, states[p].bits());
    }
    // Counted in a loop of its own, which keeps the counters in registers.
    for (std::uint32_t p = first; p != end; ++p) {
      if (status[p] == Status::alive) count_person(p, stocks);
    }
  }
  PersonCounts counts{};
  stocks.add_to(counts);
  stocks.add_to(t.profile);
  for (std::size_t i = 0; i < n_indicators; ++i) t.counts[i] += counts[i];
}

// Household changes that involve only this person happen here; those that involve a partner are
// left as events. Of a linked couple only the woman draws, so a couple's rate is not doubled.
void Simulation::household_change(std::uint32_t p, int age, double u, BlockTotals& t) {
  const auto a = static_cast<std::size_t>(age);
  StateSet& s = population_.states[p];
  Household& household = population_.household[p];
  if (s.child()) {
    if (u < households_.leave_home[a]) {
      s.set_child(false);
      household = Household::alone;
      // u is uniform below leave_home[a] here, so this is the chance of a carer without a partner.
      s.set(State::informal_carer, u < households_.leave_home[a] * households_.informal_carer_without_partner ? 1 : 0);
    }
    return;
  }
  const bool draws_for_couple = population_.partner[p] == no_partner || population_.sex[p] == Sex::women;
  switch (household) {
    case Household::alone:
      if (age >= 18 && u < households_.form_couple[a]) t.seeking_partner.push_back(p);
      break;
    case Household::couple:
    case Household::couple_with_children:
      if (!draws_for_couple) break;
      if (age < 65 && u < households_.separation) {
        t.events.push_back({p, Event::separation});
      } else if (household == Household::couple_with_children &&
                 u < households_.separation + households_.children_leave[a]) {
        t.events.push_back({p, Event::children_left});
      }
      break;
    case Household::single_parent:
      if (u < households_.children_leave[a]) t.events.push_back({p, Event::children_left});
      break;
    case Household::institution: break;
  }
}

// A person whose partner died, left the country or moved into an institution lives on alone, or
// as a single parent; an informal carer is then less likely to be at hand.
void Simulation::lose_partner(std::uint32_t p, int month) {
  if (p == no_partner || population_.status[p] != Status::alive) return;
  population_.partner[p] = no_partner;
  Household& household = population_.household[p];
  if (household == Household::couple) household = Household::alone;
  if (household == Household::couple_with_children) household = Household::single_parent;
  const double u = rng_.uniforms(p, month_key(month), Stream::person_change)[3];
  population_.states[p].set(State::informal_carer, u < households_.informal_carer_without_partner ? 1 : 0);
}

void Simulation::apply_events(std::size_t m, std::size_t first_block, std::size_t end_block, int month) {
  for (std::size_t b = first_block; b < end_block; ++b) {
    for (const std::uint32_t slot : block_totals_[b].freed) {
      lose_partner(population_.partner[slot], month);
      population_.partner[slot] = no_partner;
      population_.release(m, slot);
    }
  }
  for (std::size_t b = first_block; b < end_block; ++b) {
    for (const HouseholdEvent& e : block_totals_[b].events) {
      if (population_.status[e.slot] != Status::alive) continue;
      const std::uint32_t partner = population_.partner[e.slot];
      switch (e.event) {
        case Event::separation:
          if (partner != no_partner) population_.partner[partner] = no_partner;
          population_.partner[e.slot] = no_partner;
          // Children stay with the mother, as they mostly do.
          for (const std::uint32_t q : {e.slot, partner}) {
            if (q == no_partner) continue;
            Household& h = population_.household[q];
            const bool keeps_children = h == Household::couple_with_children && population_.sex[q] == Sex::women;
            h = keeps_children ? Household::single_parent : Household::alone;
          }
          break;
        case Event::children_left:
          for (const std::uint32_t q : {e.slot, partner}) {
            if (q == no_partner) continue;
            Household& h = population_.household[q];
            if (h == Household::couple_with_children) h = Household::couple;
            if (h == Household::single_parent) h = Household::alone;
          }
          break;
        case Event::wlz_admission:
          population_.partner[e.slot] = no_partner;
          lose_partner(partner, month);
          population_.household[e.slot] = Household::institution;
          population_.states[e.slot].set_child(false);
          break;
      }
    }
  }
  form_couples(m, first_block, end_block, month);
}

// Persons living alone who move in with a partner this month are paired within the
// municipality, men with women by age rank; who finds no match here moves in with a partner from
// elsewhere (a couple without a partner in the model).
void Simulation::form_couples(std::size_t m, std::size_t first_block, std::size_t end_block, int month) {
  std::array<std::vector<std::uint32_t>, n_sexes>& seeking = seeking_scratch_[m];
  for (auto& v : seeking) v.clear();
  for (std::size_t b = first_block; b < end_block; ++b) {
    for (const std::uint32_t slot : block_totals_[b].seeking_partner) {
      if (population_.status[slot] != Status::alive || population_.household[slot] != Household::alone) continue;
      seeking[static_cast<std::size_t>(population_.sex[slot])].push_back(slot);
    }
  }
  const auto by_age = [&](std::uint32_t x, std::uint32_t y) {
    return population_.age_months[x] > population_.age_months[y];
  };
  for (auto& v : seeking) std::stable_sort(v.begin(), v.end(), by_age);
  const std::size_t pairs = std::min(seeking[0].size(), seeking[1].size());
  for (std::size_t i = 0; i < pairs; ++i) {
    population_.partner[seeking[0][i]] = seeking[1][i];
    population_.partner[seeking[1][i]] = seeking[0][i];
  }
  for (const auto& by_sex : seeking) {
    for (const std::uint32_t q : by_sex) {
      population_.household[q] = Household::couple;
      const double u = rng_.uniforms(q, month_key(month), Stream::person_change)[3];
      StateSet& s = population_.states[q];
      s.set(State::informal_carer, s.has(State::informal_carer) || u < households_.informal_carer_with_partner ? 1 : 0);
    }
  }
}

void Simulation::place_newborns(std::size_t m, std::size_t first_block, std::size_t end_block, int month,
                                MonthTotals& totals) {
  for (std::size_t b = first_block; b < end_block; ++b) {
    for (const std::uint32_t mother : block_totals_[b].mothers) {
      const bool boy = rng_.uniform(mother, month_key(month), Stream::newborn) < demography_.men_share_at_birth;
      const std::uint32_t child = population_.add(m, 0, boy ? Sex::men : Sex::women);
      // The child joins the mother's household, which now has children.
      Household& h = population_.household[mother];
      if (population_.states[mother].child() || h == Household::alone) h = Household::single_parent;
      if (h == Household::couple) h = Household::couple_with_children;
      if (population_.partner[mother] != no_partner) population_.household[population_.partner[mother]] = h;
      population_.household[child] = h == Household::institution ? Household::single_parent : h;
      population_.states[child].set_child(true);
      population_.states[child].set(State::informal_carer, 1);
      totals[static_cast<std::size_t>(Indicator::births)] += 1.0;
      count_newcomer(m, child, totals);
    }
  }
}

// A newborn or immigrant joins the month's stocks and the resident profile as the person pass would
// have counted them.
void Simulation::count_newcomer(std::size_t m, std::uint32_t slot, MonthTotals& totals) {
  StockCounter one;
  count_person(slot, one);
  PersonCounts counts{};
  one.add_to(counts);
  one.add_to(profiles_[m]);
  profiles_[m].record_change(0, population_.states[slot].bits());
  for (std::size_t c = 0; c < n_indicators; ++c) totals[c] += counts[c];
}

Simulation::MonthTotals Simulation::municipality_events(std::size_t m, std::size_t first_block, std::size_t end_block,
                                                        int month) {
  MonthTotals totals{};
  profiles_[m] = ResidentProfile{};
  for (std::size_t b = first_block; b < end_block; ++b) {
    const auto& counts = block_totals_[b].counts;
    for (std::size_t i = 0; i < n_indicators; ++i) totals[i] += counts[i];
    profiles_[m].add(block_totals_[b].profile);
  }
  apply_events(m, first_block, end_block, month);
  place_newborns(m, first_block, end_block, month, totals);
  add_immigrants(m, month, totals);
  return totals;
}

// Expected immigrants per age band follow the municipality's population; the count is rounded at
// random (floor plus one with the fraction's probability), and each immigrant's age within the
// band, sex and household position are drawn; their states follow the prevalences of their age.
void Simulation::add_immigrants(std::size_t m, int month, MonthTotals& totals) {
  const AgeTable& rates = demography_.immigrants_per_resident;
  const PersonFactory factory(households_, states_, rng_);
  const std::uint32_t key = month_key(month);
  const auto municipality = static_cast<std::uint32_t>(m);
  const double residents = totals[static_cast<std::size_t>(Indicator::population)];
  std::uint32_t k = 0;
  for (std::size_t band = 0; band < rates.bands.size(); ++band) {
    const double expected = rates.values[band] * residents;
    const double u = rng_.uniform(municipality, key, Stream::immigration, static_cast<std::uint32_t>(band));
    const auto count = static_cast<long long>(std::floor(expected)) + (u < expected - std::floor(expected) ? 1 : 0);
    const AgeBand ages = rates.bands[band];
    for (long long i = 0; i < count; ++i, ++k) {
      const auto d = rng_.uniforms(municipality, key, Stream::immigrant, k);
      const int months_in_band = (ages.to - ages.from + 1) * 12;
      const int age = ages.from * 12 + std::min(months_in_band - 1, static_cast<int>(d[0] * months_in_band));
      const Sex sex = d[1] < 0.5 ? Sex::men : Sex::women;
      const std::uint32_t slot = population_.add(m, 0, sex);
      factory.place(population_, slot, sex, static_cast<std::uint16_t>(age), factory.draw_position(sex, age / 12, d[2]),
                    multipliers_[m], key);
      count_newcomer(m, slot, totals);
      totals[static_cast<std::size_t>(Indicator::immigrants)] += 1.0;
    }
  }
}

CareNeeds Simulation::care_needs(std::size_t municipality, int month) const {
  return regiotwin::care_needs(care_settings_, profiles_[municipality], rng_, static_cast<std::uint32_t>(municipality),
                               month_key(month));
}

void Simulation::place_pass(std::size_t municipality, int month, const MonthTotals& totals) {
  CareLevers& levers = levers_[municipality];
  plan_effects_.set_levers(municipality, month, levers);
  if (budget_rule_.on()) {
    // The factor this month's person pass used on Wmo onset; those it refused need care elsewhere.
    levers.wmo_need_factor = wmo_access_[municipality];
    levers.refused_wmo_to_home_nursing = budget_rule_.refused_to_home_nursing();
  }
  const CareMonth care = care_[municipality].step(care_needs(municipality, month), levers);
  record_care(municipality, month, care);

  Ledger ledger = book_month(costs_, care, profiles_[municipality].by_age,
                             totals[static_cast<std::size_t>(Indicator::bijstand)], plan_.from.plus(month).year());
  if (!plan_effects_.empty()) {
    const PayerAmounts paid = plan_effects_.cost(municipality, month);
    const double prices = costs_.price_factor(plan_.from.plus(month).year());
    for (std::size_t p = 0; p < n_payers; ++p) {
      ledger.book(static_cast<Payer>(p), CostLine::interventions, paid[p] * prices);
    }
  }
  record_costs(municipality, month, ledger);
  if (budget_rule_.on()) follow_budget(municipality, month, ledger);
  // After the booking, so that December's spend counts in the year the budget rule judges.
  if (month + 1 < plan_.months()) set_incidence(municipality, month + 1, worsening_from(care));

  const auto set = [&](Indicator indicator, double value) { result_.at(month, municipality, indicator) = value; };
  // Person stocks and flows come from the person pass and the municipality phase as they are.
  for (std::size_t i = 0; i < n_indicators; ++i) {
    const auto indicator = static_cast<Indicator>(i);
    if (indicator < Indicator::gp_demand) set(indicator, totals[i]);
  }
  const auto& by_age = profiles_[municipality].by_age;
  set(Indicator::population_50_64, std::accumulate(by_age.begin() + 50, by_age.begin() + 65, 0.0));
  set(Indicator::gp_demand, care.place(Place::gp, PlaceMeasure::demand));
  set(Indicator::gp_capacity, care.place(Place::gp, PlaceMeasure::capacity));
  set(Indicator::gp_served, care.place(Place::gp, PlaceMeasure::served));
  set(Indicator::gp_abandoned, care.place(Place::gp, PlaceMeasure::abandoned));
  set(Indicator::gp_waiting, care.place(Place::gp, PlaceMeasure::waiting));
  set(Indicator::gp_wait_mean, care.place(Place::gp, PlaceMeasure::wait_mean));
  set(Indicator::gp_wait_p90, care.place(Place::gp, PlaceMeasure::wait_p90));
  set(Indicator::gp_fte, care.place(Place::gp, PlaceMeasure::fte));
  const InformalMonth& informal = care.informal;
  set(Indicator::carers_overloaded, informal.carers_overloaded);
  set(Indicator::without_informal_care, informal.without_informal_care);
  set(Indicator::informal_shift_wmo, informal.shift_wmo);
  set(Indicator::informal_shift_home_nursing, informal.shift_home_nursing);
  set(Indicator::informal_shift_wlz, informal.shift_wlz);
  set(Indicator::welzijn_volunteers, informal.volunteers);
  set(Indicator::welzijn_volunteer_hours, informal.volunteer_hours);
  set(Indicator::welzijn_gave_up_to_gp, informal.gave_up_to_gp);
  for (std::size_t p = 0; p < n_payers; ++p) {
    const auto payer = static_cast<Payer>(p);
    set(cost_indicator(payer), ledger.amount(payer));
  }
  set(Indicator::cost_total, ledger.total());
}

void Simulation::set_incidence(std::size_t municipality, int month, double worsening) {
  IncidenceFactors& factors = incidence_[municipality];
  const bool plan = plan_effects_.changes_incidence();
  // Without the plan and the rule the factors stay as they are, all 1 but the worsening set below.
  if (plan || budget_rule_.on()) factors.reset();
  if (plan) plan_effects_.apply_incidence(municipality, month, factors);
  if (budget_rule_.on()) {
    for (double& f : factors.up[static_cast<std::size_t>(State::wmo)][0]) f *= wmo_access_[municipality];
  }
  factors.up[static_cast<std::size_t>(State::mental)][1].fill(worsening);  // prevention leaves this level alone
}

void Simulation::follow_budget(std::size_t municipality, int month, const Ledger& ledger) {
  YearSpend& year = year_spend_[municipality];
  for (std::size_t p = 0; p < n_payers; ++p) year.paid[p] += ledger.amount(static_cast<Payer>(p));
  ++year.months;
  const YearMonth now = plan_.from.plus(month);
  if (now.month() != 12) return;
  wmo_access_[municipality] = budget_rule_.wmo_access(budgets_[municipality], now.year(), year.paid, year.months);
  year = YearSpend{};
}

// Waiting feeds back on persons: the longer questions for mild mental help wait on average (at the
// POH-GGZ and basic GGZ, weighted by what they served), the likelier a mild problem becomes severe.
double Simulation::worsening_from(const CareMonth& care) const {
  double served = 0.0;
  double waited = 0.0;
  for (const Place p : {Place::poh_ggz, Place::basic_ggz}) {
    served += care.place(p, PlaceMeasure::served);
    waited += care.place(p, PlaceMeasure::served) * care.place(p, PlaceMeasure::wait_mean);
  }
  const double mean_wait = served > 0.0 ? waited / served : 0.0;
  return std::min(worsening_max_, 1.0 + worsening_per_month_waited_ * mean_wait);
}

void Simulation::record_care(std::size_t m, int month, const CareMonth& care) {
  for (std::size_t p = 0; p < n_places; ++p) {
    for (std::size_t k = 0; k < n_place_measures; ++k) {
      result_.place(month, m, static_cast<Place>(p), static_cast<PlaceMeasure>(k)) = care.places[p][k];
    }
  }
  for (std::size_t r = 0; r < n_professions; ++r) {
    for (std::size_t k = 0; k < n_profession_measures; ++k) {
      result_.profession(month, m, static_cast<Profession>(r), static_cast<ProfessionMeasure>(k)) =
          care.professions[r][k];
    }
  }
  const int year = plan_.from.plus(month).year() - plan_.from.year();
  for (std::size_t t = 0; t < n_question_types; ++t) {
    for (std::size_t entry = 0; entry < n_places; ++entry) {
      for (std::size_t o = 0; o < n_outcomes; ++o) {
        result_.flow(year, m, static_cast<QuestionType>(t), static_cast<Place>(entry), o) +=
            care.routed.types[t].flow[entry][o];
      }
    }
  }
}

void Simulation::record_costs(std::size_t m, int month, const Ledger& ledger) {
  for (std::size_t line = 0; line < n_cost_lines; ++line) {
    for (std::size_t p = 0; p < n_payers; ++p) {
      const auto payer = static_cast<Payer>(p);
      const auto cost_line = static_cast<CostLine>(line);
      result_.cost(month, m, payer, cost_line) = ledger.amount(payer, cost_line);
    }
  }
}

}  // namespace regiotwin
