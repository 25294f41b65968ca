// Health and social states: prevalence by age (with a women-to-men ratio), remission, and how
// strongly a municipality's deprivation index moves the prevalence. Incidence is not a parameter
// of its own: the engine derives it per age and sex so that, in a baseline, prevalence by age
// stays where these tables put it (docs/population.md); interventions scale that incidence.
#include "core/parameter_declare.hpp"

namespace regiotwin::declare {
namespace {

const std::string group = "states";

ParamSpec prevalence(const std::string& name, AgeTable value, const std::string& what, const std::string& source) {
  return table(name, group, "share of residents", 0.0, 1.0, std::move(value),
               "Share of residents of each age (men and women together) with " + what + ".", source);
}

ParamSpec women_ratio(const std::string& state, double value, const std::string& source) {
  return real(state + "_women_ratio", group, "ratio", 0.2, 5.0, value,
              "Prevalence among women divided by that among men, at the same age.", source);
}

ParamSpec remission(const std::string& name, double value, const std::string& what, const std::string& source) {
  return real(name, group, "per year", 0.0, 12.0, value, "Rate at which " + what + " ends (per person per year).",
              source);
}

ParamSpec elasticity(const std::string& state, double value) {
  return real(state + "_deprivation_elasticity", group, "exponent", 0.0, 3.0, value,
              "Prevalence and incidence are multiplied by the municipality's deprivation index to this power.",
              "Assumption: social problems follow deprivation more closely than health problems");
}

}  // namespace

std::vector<ParamSpec> state_parameters() {
  return {
      // --- chronic conditions: 0, 1, 2 or more ---
      prevalence(
          "chronic_prevalence",
          AgeTable{{{0, 4},
                    {5, 19},
                    {20, 24},
                    {25, 39},
                    {40, 44},
                    {45, 49},
                    {50, 54},
                    {55, 59},
                    {60, 64},
                    {65, 69},
                    {70, 74},
                    {75, 79},
                    {80, 84},
                    {85, max_age}},
                   {0.285, 0.25, 0.307, 0.34, 0.376, 0.44, 0.531, 0.62, 0.726, 0.799, 0.864, 0.91, 0.938, 0.949}},
          "one or more chronic conditions",
          "Nivel Zorgregistraties via volksgezondheidenzorg.info, 1 January 2014, 109 conditions: per 1000 "
          "men/women 0-4 308/262 ... 85+ 943/955 (mean of men and women); 5-19 and 25-39 interpolated"),
      prevalence(
          "chronic_2plus_prevalence",
          AgeTable{
              {{0, 19}, {20, 39}, {40, 49}, {50, 59}, {60, 64}, {65, 69}, {70, 74}, {75, 79}, {80, 84}, {85, max_age}},
              {0.09, 0.17, 0.25, 0.38, 0.50, 0.58, 0.65, 0.72, 0.77, 0.80}},
          "two or more chronic conditions (multimorbidity)",
          "vzinfo.nl (Nivel Zorgregistraties): 5.7 million with 2+ = 33% on 1 January 2022, 13% under 40; age "
          "shape from the 2019 care prevalence by age (staatvenz.nl) scaled to that total"),
      women_ratio("chronic", 1.08, "Nivel 2014 via volksgezondheidenzorg.info: women 5-20% above men at ages 20-84"),
      remission("chronic_remission_per_year", 0.05, "having a chronic condition (going from 1 to 0)",
                "Assumption: some registered conditions resolve; no published rate"),
      remission("chronic_2plus_remission_per_year", 0.05, "having two or more conditions (going from 2+ to 1)",
                "Assumption, as chronic_remission_per_year"),
      elasticity("chronic", 0.0),

      // --- mental health: none, mild, severe ---
      prevalence("mental_prevalence",
                 AgeTable{{{0, 11}, {12, 15}, {16, 19}, {20, 29}, {30, 44}, {45, 64}, {65, 74}, {75, max_age}},
                          {0.04, 0.08, 0.15, 0.192, 0.14, 0.13, 0.10, 0.12}},
                 "a mental-health problem, mild or severe (MHI-5 below 60)",
                 "RIVM monitor mentale gezondheid (CBS Gezondheidsenquête 2023): 13.7% of 12+, 8.0% at 12-15, 19.2% "
                 "at 20-29; other ages and under 12 assumptions around that total"),
      prevalence("mental_severe_prevalence", AgeTable{{{0, 17}, {18, 64}, {65, max_age}}, {0.006, 0.0165, 0.028}},
                 "a severe mental illness (EPA)",
                 "Delespaul & Consensusgroep EPA, Tijdschr. Psychiatr. 2013: 281,000 (1.7%), 160,000 aged 18-65; "
                 "the rest split over under 18 and 65+ (assumption); 18-64 a little above 160,000 / 11 million"),
      women_ratio("mental", 1.30, "RIVM monitor 2023: 15.5% of women, 11.9% of men (MHI-5)"),
      remission("mental_remission_per_year", 1.0, "a mild mental-health problem",
                "Assumption: most episodes of psychological distress last months (NEMESIS-3, Trimbos)"),
      remission("mental_severe_remission_per_year", 0.1, "a severe mental illness (back to mild)",
                "Assumption: EPA is defined by problems lasting two years or more"),
      elasticity("mental", 0.3),

      // --- frailty (65+) ---
      prevalence("frailty_prevalence",
                 AgeTable{{{0, 54}, {55, 64}, {65, 69}, {70, 74}, {75, 79}, {80, 84}, {85, 89}, {90, max_age}},
                          {0.0, 0.03, 0.07, 0.115, 0.19, 0.31, 0.46, 0.60}},
                 "frailty",
                 "Vektis factsheet kwetsbare ouderen: 22% of 65+ (730,000), at 65-69 6% of men and 10% of women; "
                 "older ages an assumption rising to that total (checked on the 2024 national age structure)"),
      women_ratio("frailty", 1.4, "Vektis: 65-69 10% of women, 6% of men (ratio 1.7), narrower at older ages"),
      remission("frailty_remission_per_year", 0.1, "frailty",
                "Assumption: frailty is partly reversible (Gill et al. 2006 report yearly transitions to less frail)"),
      elasticity("frailty", 0.2),
      real("frailty_mortality_ratio", group, "ratio", 1.0, 10.0, 2.5,
           "Mortality of frail persons relative to others of the same age and sex; the average stays the life table's.",
           "SCP via nu.nl: frail older people have 2 to 3 times the 3-year mortality risk (midpoint)"),

      // --- serious loneliness (18+) ---
      prevalence("lonely_prevalence",
                 AgeTable{{{0, 17}, {18, 34}, {35, 44}, {45, 64}, {65, 74}, {75, 84}, {85, max_age}},
                          {0.0, 0.11, 0.12, 0.12, 0.09, 0.11, 0.14}},
                 "serious loneliness",
                 "RIVM/GGD Gezondheidsmonitor 2020 via vzinfo.nl: 11.0% of 18+, 75-84 11%, 85+ 14%; CBS Sociale "
                 "samenhang 2022: 35-44 13%; 18-34 and 65-74 assumptions"),
      women_ratio("lonely", 1.05, "Gezondheidsmonitor 2020: women 11.2%, men 10.7%"),
      remission("lonely_remission_per_year", 0.3, "serious loneliness", "Assumption: no published national rate"),
      elasticity("lonely", 0.5),

      // --- financial problems (18+) ---
      prevalence("financial_prevalence",
                 AgeTable{{{0, 17}, {18, 24}, {25, 34}, {35, 44}, {45, 54}, {55, 64}, {65, 74}, {75, max_age}},
                          {0.0, 0.07, 0.10, 0.11, 0.10, 0.07, 0.03, 0.015}},
                 "problematic debts or serious payment problems",
                 "CBS dashboard schuldenproblematiek: 7.6% of households with registered problematic debts (October "
                 "2020); 7.5% of persons 16+ (2018); payment arrears rare with a main earner 65+ (CBS 82253NED); "
                 "age shape an assumption"),
      women_ratio("financial", 1.0, "Assumption: no difference by sex published"),
      remission("financial_remission_per_year", 0.25, "financial problems",
                "Derived from CBS (2020): about a quarter of households with problematic debts are new each year"),
      elasticity("financial", 1.0),

      // --- youth care (under 23) ---
      prevalence("youth_care_prevalence",
                 AgeTable{{{0, 3}, {4, 7}, {8, 12}, {13, 17}, {18, 22}, {23, max_age}},
                          {0.032, 0.115, 0.147, 0.168, 0.074, 0.0}},
                 "youth care (Jeugdwet) in the year",
                 "CBS Jeugdmonitor 2024: 474,000 = 10.6% of under-23s (2023); age shape from CBS via nhnieuws.nl "
                 "2023: 8-12 year-olds over 22% of users, under 4 4.4%"),
      women_ratio("youth_care", 0.9, "Assumption: boys use youth care somewhat more often (CBS Jeugdmonitor)"),
      remission("youth_care_remission_per_year", 0.7, "youth care",
                "Derived from CBS Jeugdhulp 2021: stock 326,570 on 1 January, 114,085 ended in half a year (mean "
                "duration about 1.4 years)"),
      elasticity("youth_care", 0.5),

      // --- Wmo support ---
      prevalence("wmo_prevalence",
                 AgeTable{{{0, 17}, {18, 44}, {45, 64}, {65, 74}, {75, 84}, {85, max_age}},
                          {0.01, 0.035, 0.055, 0.10, 0.25, 0.50}},
                 "tailored Wmo support (maatwerkvoorziening)",
                 "CBS 86050NED 2024: 1,284,680 clients = 72 per 1000; household help alone 75-84 14.7%, 85+ 29.3% "
                 "(CBS/GMSD 2022 via schulinck.nl); other ages an assumption fitted to the total"),
      prevalence("wmo_household_help_prevalence",
                 AgeTable{{{0, 17}, {18, 64}, {65, 74}, {75, 84}, {85, max_age}}, {0.0, 0.011, 0.04, 0.147, 0.293}},
                 "Wmo household help (hulp bij het huishouden)",
                 "CBS/GMSD second half of 2022 via schulinck.nl: 75-84 14.7%, 85+ 29.3%; CBS 86050NED 2024: 556,180 "
                 "= 31 per 1000 in all; 65-74 an assumption, under 65 the rest of that total"),
      remission("wmo_household_help_remission_per_year", 0.1, "household help (back to other Wmo support)",
                "Assumption: household help is mostly kept until admission or death"),
      women_ratio("wmo", 1.3, "Assumption: women use Wmo household help more often (CBS Monitor Wmo)"),
      remission("wmo_remission_per_year", 0.15, "Wmo support without household help (other than by death)",
                "Assumption: no mean duration of a Wmo provision is published"),
      elasticity("wmo", 0.3),

      // --- Wlz indication ---
      prevalence("wlz_prevalence",
                 AgeTable{{{0, 17}, {18, 64}, {65, 79}, {80, 84}, {85, 89}, {90, max_age}},
                          {0.006, 0.011, 0.021, 0.10, 0.20, 0.375}},
                 "a Wlz indication",
                 "CBS 84529NED: 358,490 = 2.01% (2022); staatvenz.nl (MLZ) 2019: 18-64 104,695; 65-79 51,230 (about "
                 "2.0%); 80+ 128,110 (about 15.8%); split of 80+ and under 18 an assumption; levels set so that the "
                 "2024 5-year "
                 "national age structure gives 2.0%"),
      women_ratio("wlz", 1.2, "staatvenz.nl 2019: 80+ 93,960 women and 34,150 men; more men under 65"),
      remission("wlz_remission_per_year", 0.0, "a Wlz indication", "A Wlz indication is for life: it ends at death"),
      elasticity("wlz", 0.0),

      // --- social assistance (bijstand), under the AOW age ---
      prevalence("bijstand_prevalence",
                 AgeTable{{{0, 17}, {18, 26}, {27, 44}, {45, 66}, {67, max_age}}, {0.0, 0.019, 0.0335, 0.045, 0.0}},
                 "general social assistance (bijstand)",
                 "CBS (September 2023, via blikopnieuws.nl): under 27 36,000, 27-44 134,000, 45+ 227,000 of 401,000; "
                 "divided by the age groups' population"),
      women_ratio("bijstand", 1.1, "Assumption: slightly more women (single parents) on bijstand"),
      remission("bijstand_remission_per_year", 0.17, "bijstand",
                "CBS (Q2 2023, via blikopnieuws.nl): 17,400 left in a quarter of 401,000 recipients"),
      elasticity("bijstand", 1.0),
  };
}

}  // namespace regiotwin::declare
