// The one place where model parameters are declared. Every default names its source; derived
// values say how they were derived. docs/parameters.md is generated from this table.
#include "core/parameter_declare.hpp"
#include "core/parameters.hpp"

namespace regiotwin {
namespace {

using declare::real;
using declare::table;

constexpr const char* cbs_life_table_fit =
    "Fitted to CBS 37360ned (2023): q21, q61, q81 and life expectancy at birth 80.31 for men; q21 and 83.33 for "
    "women with the men's slope (scripts/fit-life-table.py)";

// Rates decline by the same share every year; the share is the one at which the period life
// expectancy at birth of the 2023 table reaches CBS's assumption for 2070 (tested in the validation tests).
constexpr const char* cbs_mortality_trend =
    "Derived: the yearly decline at which period life expectancy at birth rises from 80.31 (men) and 83.33 "
    "(women) in 2023 to the CBS Bevolkingsprognose 2023-2070 assumption for 2070, 87.29 and 90.68 (CBS 70737ned)";
constexpr const char* cbs_fertility_trend =
    "Derived: CBS Bevolkingsprognose 2023-2070 (85747NED) total fertility 1.433 (2023), 1.491 (2030), 1.634 "
    "(2040); each divided by 1.433";
constexpr const char* cbs_migration_trend =
    "Derived: CBS Bevolkingsprognose 2023-2070 (85751NED, 85745NED): immigrants 308,688 (2030) and 309,565 (2040), "
    "emigrants 241,717 and 248,877, on 18,474,560 and 19,186,084 residents; per resident, divided by 2023's "
    "335,668 immigrants and 198,302 emigrants on 17,942,942";

// A process's rate in 2030 or 2040 as a multiple of its 2023 rate; the engine moves linearly from
// 2023 to 2030 and on to 2040, and keeps the 2040 value after.
ParamSpec trend(const std::string& name, double value, const std::string& process, const char* source) {
  const std::string year = name.substr(name.size() - 4);
  return real(name, "population", "multiple of the 2023 rate", 0.0, 3.0, value,
              process + " in " + year + " relative to 2023 (linear in between, constant after 2040).", source);
}

std::vector<ParamSpec> declare_all() {
  std::vector<ParamSpec> all = {
      // --- population: mortality (Gompertz-Makeham by sex, infant mortality apart) ---
      real("mortality_q0_men", "population", "probability per year", 0.0, 0.05, 0.00363,
           "Probability that a newborn boy dies before his first birthday.", "CBS 37360ned, 2023"),
      real("mortality_q0_women", "population", "probability per year", 0.0, 0.05, 0.00287,
           "Probability that a newborn girl dies before her first birthday.", "CBS 37360ned, 2023"),
      real("mortality_makeham_men", "population", "hazard per year", 0.0, 0.01, 3.0306e-4,
           "Age-independent part of the mortality hazard of men (Makeham term).", cbs_life_table_fit),
      real("mortality_makeham_women", "population", "hazard per year", 0.0, 0.01, 1.3092e-4,
           "Age-independent part of the mortality hazard of women (Makeham term).", cbs_life_table_fit),
      real("mortality_gompertz_b_men", "population", "hazard per year", 1e-7, 1e-3, 8.7365e-6,
           "Level of the age-dependent mortality hazard of men at age 0 (Gompertz b).", cbs_life_table_fit),
      real("mortality_gompertz_b_women", "population", "hazard per year", 1e-7, 1e-3, 6.7093e-6,
           "Level of the age-dependent mortality hazard of women at age 0 (Gompertz b).", cbs_life_table_fit),
      real("mortality_gompertz_c", "population", "per year of age", 0.05, 0.15, 0.108448,
           "Growth rate of the mortality hazard with age (Gompertz c), both sexes.", cbs_life_table_fit),
      real("mortality_improvement_men", "population", "share per year", 0.0, 0.05, 0.0149,
           "Yearly relative decline of the mortality hazard of men at every age, from the 2023 life table on.",
           cbs_mortality_trend),
      real("mortality_improvement_women", "population", "share per year", 0.0, 0.05, 0.0166,
           "Yearly relative decline of the mortality hazard of women at every age, from the 2023 life table on.",
           cbs_mortality_trend),
      table("men_share_by_age", "population", "share", 0.0, 1.0,
            AgeTable{{{0, 64}, {65, 79}, {80, max_age}}, {0.5065, 0.4888, 0.37}},
            "Share of men among residents of each age band; splits age bands published for both sexes.",
            "Derived from CBS: 2022 population by sex (85496NED) and 65+ by sex (vzinfo 2022: 46% men, 80+ 63% "
            "women), 2020 counts 65-79 and 80+"),

      // --- population: births ---
      table("fertility_per_1000_women", "population", "births per 1000 women per year", 0.0, 300.0,
            AgeTable{{{0, 14}, {15, 19}, {20, 24}, {25, 29}, {30, 34}, {35, 39}, {40, 44}, {45, 49}, {50, max_age}},
                     {0.0, 2.5, 17.5, 72.0, 117.0, 63.0, 13.0, 1.0, 0.0}},
            "Live births per 1000 women of each age in a year (age-specific fertility).",
            "CBS 2023: 117 per 1000 women aged 30-34 and 10 under 25 (CBS news May 2024, V2); total fertility 1.43 "
            "(85747NED). The other bands are allocated so that the total is 1.43 with a mean age at birth of 32"),
      trend("fertility_trend_2030", 1.0404, "Age-specific fertility", cbs_fertility_trend),
      trend("fertility_trend_2040", 1.1402, "Age-specific fertility", cbs_fertility_trend),
      real("men_share_at_birth", "population", "share", 0.4, 0.6, 0.5122, "Share of boys among live births.",
           "CBS 37201, 2019: 86,893 boys of 169,680 live births"),

      // --- population: migration to and from abroad ---
      table("immigrants_per_1000_residents", "population", "immigrants per 1000 residents per year", 0.0, 100.0,
            AgeTable{{{0, 9}, {10, 19}, {20, 29}, {30, 39}, {40, 49}, {50, 59}, {60, 69}, {70, max_age}},
                     {1.753, 2.085, 7.400, 3.728, 1.497, 0.935, 0.748, 0.561}},
            "Immigrants of each age band settling in a year, per 1000 residents of the municipality (all ages).",
            "CBS 85848NED 2023: 335,668 immigrants on 17.94 million residents; ages 0-39 shaped as CBS 83792NED "
            "(2019, 10-year bands); 20% aged 40+ split 40/25/20/15% over 40-49, 50-59, 60-69, 70+ (assumption)"),
      table("emigration_per_1000", "population", "emigrants per 1000 residents of that age per year", 0.0, 200.0,
            AgeTable{{{0, 19}, {20, 39}, {40, 64}, {65, 79}, {80, max_age}}, {7.40, 25.96, 6.40, 3.54, 2.76}},
            "Residents of each age band leaving for abroad in a year, per 1000 residents of that age band.",
            "CBS 85848NED 2023: 198,302 emigrants; ages 0-39 shaped as CBS 83792NED (2019); 25% aged 40+ split "
            "75/20/5% over 40-64, 65-79, 80+ (assumption); divided by the 1 Jan 2024 population of each band "
            "(national estimate, scripts/build-region-packs.py)"),
      trend("immigration_trend_2030", 0.8932, "Immigration per resident", cbs_migration_trend),
      trend("immigration_trend_2040", 0.8625, "Immigration per resident", cbs_migration_trend),
      trend("emigration_trend_2030", 1.1838, "Emigration per resident", cbs_migration_trend),
      trend("emigration_trend_2040", 1.1737, "Emigration per resident", cbs_migration_trend),

      // --- care: the GP practice (huisarts) ---
      table("gp_contacts_per_person_year", "care", "contacts per person per year", 0.0, 100.0,
            AgeTable{{{0, 4}, {5, 17}, {18, 44}, {45, 64}, {65, 74}, {75, 84}, {85, max_age}},
                     {3.5, 2.3, 3.6, 4.4, 6.0, 8.9, 13.3}},
            "GP practice contacts a listed patient has per year, by age.",
            "Nivel Zorgregistraties 2017 via staatvenz.nl"),
      real("gp_per_10000", "care", "GPs per 10,000 inhabitants", 0.0, 50.0, 6.7,
           "Number of GPs working per 10,000 inhabitants at the start of a run.", "Nivel, 2022"),
      real("gp_fte_per_gp", "care", "FTE per GP", 0.1, 1.2, 0.75, "Average working time of a GP.",
           "Nivel: 0.71 FTE (women), 0.79 FTE (men); midpoint"),
  };
  // One group per line.
  for (auto group : {
           declare::household_parameters(),
           declare::state_parameters(),
           declare::question_parameters(),
           declare::workforce_parameters(),
           declare::place_parameters(),
           declare::routing_parameters(),
           declare::informal_care_parameters(),
           declare::plan_parameters(),
           declare::finance_parameters(),
           declare::budget_parameters(),
       }) {
    all.insert(all.end(), std::make_move_iterator(group.begin()), std::make_move_iterator(group.end()));
  }
  return all;
}

}  // namespace

const std::vector<ParamSpec>& parameter_registry() {
  static const std::vector<ParamSpec> registry = declare_all();
  return registry;
}

}  // namespace regiotwin
