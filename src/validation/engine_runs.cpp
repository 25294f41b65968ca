#include "validation/engine_runs.hpp"

#include <fmt/format.h>

#include <cmath>

#include "population/life_table.hpp"
#include "sim/simulation.hpp"

namespace regiotwin {
namespace {

const SourceLocation validation_override{"regiotwin validate", 0, ""};
const AgeTable none{{{0, max_age}}, {0.0}};

// No one arrives from or leaves for abroad.
ParameterSet closed(ParameterSet params) {
  params.set_table("emigration_per_1000", none, validation_override);
  params.set_table("immigrants_per_1000_residents", none, validation_override);
  return params;
}

// A municipality of one sex with `count` residents at each age from `first` to `last`.
Municipality synthetic_municipality(int number, const std::string& name, Sex sex, int first, int last,
                                    long long count) {
  Municipality m;
  m.code = fmt::format("GM{:04d}", 9900 + number);
  m.name = name;
  m.reference_year = LifeTable::base_year;
  m.source = "built by regiotwin validate";
  const auto band = [&](int from, int to, long long n, Sex s) {
    if (from <= to) m.age_bands.push_back(BandCount{{from, to}, s, n, false, m.source});
  };
  // Both sexes and every age are given, as a pack must give them; a band per year of age keeps
  // the counts exact (synthesis spreads a wider band by survival).
  for (const Sex s : {Sex::men, Sex::women}) {
    band(0, first - 1, 0, s);
    for (int age = first; age <= last; ++age) band(age, age, s == sex ? count : 0, s);
    band(last + 1, max_age, 0, s);
  }
  m.population = count * (last - first + 1);
  return m;
}

Region synthetic_region(const std::string& id, std::vector<Municipality> municipalities) {
  Region r;
  r.id = id;
  r.name = id;
  r.municipalities = std::move(municipalities);
  return r;
}

RunPlan base_year_plan(int months, std::uint64_t seed, int threads) {
  const YearMonth from{LifeTable::base_year, 1};
  return RunPlan{from, from.plus(months - 1), seed, threads, {}};
}

}  // namespace

CohortRun run_newborn_cohort(const ParameterSet& params, long long per_sex, std::uint64_t seed, int threads) {
  ParameterSet cohort_params = closed(params);
  cohort_params.set_table("fertility_per_1000_women", none, validation_override);
  cohort_params.set_scalar("mortality_improvement_men", 0.0, validation_override);
  cohort_params.set_scalar("mortality_improvement_women", 0.0, validation_override);
  const Region region =
      synthetic_region("newborn-cohort", {synthetic_municipality(1, "Newborn boys", Sex::men, 0, 0, per_sex),
                                          synthetic_municipality(2, "Newborn girls", Sex::women, 0, 0, per_sex)});
  // Nobody lives past max_age, so n_ages years from birth everyone has died.
  Simulation sim(region, cohort_params, base_year_plan(n_ages * 12, seed, threads));
  CohortRun out;
  out.per_sex = per_sex;
  for (const Sex sex : {Sex::men, Sex::women}) {
    out.infant_hazard[static_cast<std::size_t>(sex)] = -std::log1p(-sim.life_table().annual(sex, 0));
  }
  const Population& pop = sim.population();
  for (std::size_t m = 0; m < 2; ++m) {
    for (std::uint32_t p = pop.range(m).begin; p != pop.range(m).end; ++p) {
      if (pop.status[p] == Status::alive) ++out.start_age_months[m][pop.age_months[p]];
    }
  }
  sim.run();
  out.result = sim.result();
  return out;
}

double cohort_life_expectancy(const CohortRun& cohort, Sex sex) {
  const auto m = static_cast<std::size_t>(sex);
  double deaths = 0.0;
  double months_to_death = 0.0;
  for (int month = 0; month < cohort.result.months(); ++month) {
    const double d = cohort.result.at(month, m, Indicator::deaths);
    deaths += d;
    months_to_death += d * (month + 0.5);
  }
  if (deaths < static_cast<double>(cohort.per_sex)) {
    throw SimulationError(
        fmt::format("the validation cohort still has survivors after {} months", cohort.result.months()));
  }
  // The mean time from the start to death is the mean over k of E[T - k | T > k].
  const double mean_remaining = months_to_death / deaths / 12.0;
  double inverse_survival = 0.0;  // sum of w_k / l(k)
  double lived_before = 0.0;      // sum of w_k * (∫l over [0, k)) / l(k)
  const double mu = cohort.infant_hazard[m];
  for (std::size_t k = 0; k < 12; ++k) {
    const double w = static_cast<double>(cohort.start_age_months[m][k]) / static_cast<double>(cohort.per_sex);
    const double years = static_cast<double>(k) / 12.0;
    const double l = std::exp(-mu * years);
    inverse_survival += w / l;
    lived_before += w * (mu > 0.0 ? -std::expm1(-mu * years) / mu : years) / l;
  }
  return (mean_remaining + lived_before) / inverse_survival;
}

double measured_total_fertility(const ParameterSet& params, long long women_per_age, std::uint64_t seed, int threads) {
  constexpr int first_age = 10;  // every age with births, and a year either side
  constexpr int last_age = 54;
  const Region region = synthetic_region(
      "women-by-age", {synthetic_municipality(1, "Women aged 10-54", Sex::women, first_age, last_age, women_per_age)});
  Simulation sim(region, closed(params), base_year_plan(12, seed, threads));
  sim.run();
  const SimulationResult& r = sim.result();
  double births = 0.0;
  double woman_months = 0.0;
  for (int month = 0; month < r.months(); ++month) {
    births += r.at(month, 0, Indicator::births);
    // The residents are the women and the babies born so far.
    woman_months += r.at(month, 0, Indicator::population) - births;
  }
  // Births per woman-year at one year of age, summed over the ages: the women are spread evenly.
  return births / (woman_months / 12.0 / (last_age - first_age + 1));
}

ValidationRuns::ValidationRuns(const Region& region, const ParameterSet& params, ValidationOptions options)
    : region_(region), params_(params), options_(std::move(options)) {}

ValidationRuns::~ValidationRuns() = default;

bool ValidationRuns::national() const { return region_.population() > 15'000'000; }

Simulation& ValidationRuns::simulation() {
  if (!simulation_) {
    simulation_ = std::make_unique<Simulation>(
        region_, params_, RunPlan{projection_start, projection_end, options_.seed, options_.threads, {}});
    start_population_ = simulation_->population().alive();
  }
  return *simulation_;
}

long long ValidationRuns::start_population() {
  (void)simulation();
  return start_population_;
}

const SimulationResult& ValidationRuns::projection() {
  Simulation& sim = simulation();
  if (!projected_) {
    sim.run(options_.progress);
    projected_ = true;
  }
  return sim.result();
}

double ValidationRuns::life_expectancy(Sex sex) {
  if (!cohort_) {
    cohort_ = std::make_unique<CohortRun>(
        run_newborn_cohort(params_, options_.cohort_per_sex, options_.seed, options_.threads));
  }
  return cohort_life_expectancy(*cohort_, sex);
}

double ValidationRuns::total_fertility() {
  if (total_fertility_ < 0.0) {
    total_fertility_ = measured_total_fertility(params_, options_.women_per_age, options_.seed, options_.threads);
  }
  return total_fertility_;
}

}  // namespace regiotwin
