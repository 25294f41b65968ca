// Workforce per profession (model.md §4, docs/workforce.md): the stock of workers at the start,
// by age band, how many enter and leave each year and their working time. The GP's density and
// working time are the "care" group's gp_* parameters; they are not declared twice. How much work
// an FTE does is not a parameter: a place's capacity at the start is calibrated to its need
// (parameter_table_places.cpp) and then moves with its FTE.
//
// National figures are turned into rates per 10,000 inhabitants so that a municipality's stock
// and inflow scale with its population. Most AZW branch figures exist for a branch, not for the
// profession the model needs; where a figure had to be stretched the source says so.
#include <array>

#include "core/parameter_declare.hpp"

namespace regiotwin::declare {
namespace {

const std::string group = "workforce";

std::string name_of(const std::string& profession, const std::string& what) {
  return "workforce_" + profession + "_" + what;
}

ParamSpec density(const std::string& profession, double value, const std::string& source) {
  return real(name_of(profession, "per_10000"), group, "workers per 10,000 inhabitants", 0.0, 1000.0, value,
              "Workers (headcount) in the profession per 10,000 inhabitants at the start of a run.", source);
}

ParamSpec fte_per_worker(const std::string& profession, double value, const std::string& source) {
  return real(name_of(profession, "fte_per_worker"), group, "FTE per worker", 0.1, 1.2, value,
              "Average working time of a worker in the profession (part-time factor).", source);
}

// The four bands are fixed (under 35, 35-44, 45-54, 55 to the pension age); WorkforceSettings
// rejects a table with other bands or shares that do not add up to one.
ParamSpec age_shares(const std::string& profession, const std::array<double, 4>& shares, const std::string& source) {
  return table(name_of(profession, "age_shares"), group, "share of workers", 0.0, 1.0,
               AgeTable{{{0, 34}, {35, 44}, {45, 54}, {55, max_age}}, {shares.begin(), shares.end()}},
               "Share of the profession's workers in each age band at the start (the last band runs to the "
               "pension age); the shares add up to one.",
               source);
}

ParamSpec inflow(const std::string& profession, double value, const std::string& source) {
  return real(name_of(profession, "inflow_per_10000"), group, "workers per 10,000 inhabitants per year", 0.0, 100.0,
              value,
              "New workers entering the profession per year per 10,000 inhabitants (from education, and for the "
              "AZW branches also side-entrants and returners); they enter the youngest age band.",
              source);
}

ParamSpec turnover(const std::string& profession, double value, const std::string& source) {
  return real(name_of(profession, "turnover"), group, "share per year", 0.0, 1.0, value,
              "Share of the profession's workers leaving in a year for reasons other than reaching the pension age "
              "(other sectors, other branches, benefits, early retirement), the same at every age.",
              source);
}

ParamSpec entry_age(const std::string& profession, double value, const std::string& source) {
  return real(name_of(profession, "entry_age"), group, "years", 15.0, 34.0, value,
              "Typical age at entering the profession; the youngest band runs from here to 35, which sets how fast "
              "workers age out of it.",
              source);
}

// --- figures used for several professions ---
const std::string azw_part_time =
    "CBS AZW kwartaalupdate (August 2023): average part-time factor in zorg en welzijn 0.68";
const std::string azw_age_shape =
    "Assumption with the sector's shape: one in four workers in zorg en welzijn is 55 or older (CBS Statistische "
    "Trends, Arbeidsmarktprofiel zorg en welzijn 2022); the split below 55 is an assumption";
const std::string azw_turnover =
    "CBS AZW: 155,100 of 1.4 million employees left zorg en welzijn in the year to Q1 2023 (11%), 70% of them for "
    "another sector, the rest to pension, self-employment, benefits or inactivity; about 9% a year without pension";
const std::string entry_ages =
    "Assumption: typical age at qualifying (MBO about 20, HBO about 22, master about 25); CBS AZW Q3 2023: 84% of "
    "new entrants to zorg en welzijn are under 25";
const std::string stable_inflow =
    "Derived: the inflow that about replaces this profession's turnover and retirements at the start, as the branch's "
    "headcount was about stable in 2023 (CBS AZW kwartaalupdates)";

}  // namespace

std::vector<ParamSpec> workforce_parameters() {
  return {
      real("workforce_pension_age", group, "years", 60.0, 75.0, 67.0,
           "Age at which workers leave at the latest (AOW-leeftijd); the oldest band runs from 55 to here.",
           "SVB / Rijksoverheid: AOW-leeftijd 67 for 2024-2027 (67 and 3 months from 2028)"),

      // --- GP (huisarts): density and FTE per GP are gp_per_10000 and gp_fte_per_gp ---
      age_shares("gp", {0.10, 0.34, 0.30, 0.26},
                 "Derived: Nivel registration 2017 (Versteeg & Batenburg 2019): 26% of GPs under 40; Nivel 2018: "
                 "39.6% aged 50 or older; spread over the bands assuming even ages within each"),
      inflow("gp", 0.43,
             "Derived: 850 places in the GP training (huisartsopleiding) in 2023 (Capaciteitsorgaan; 954 from 2024, "
             "VWS June 2023), about 90% completing (assumption), on 17.9 million inhabitants"),
      turnover("gp", 0.01,
               "Derived: about 300 GPs deregister a year, a quarter of them before 60 (Nivel, Van der Velden et al. "
               "2016); Capaciteitsorgaan 2023: 28% of GPs leave in ten years, most by retirement"),
      entry_age("gp", 32.0,
                "Assumption: six years of medicine from about 18, some years as basisarts and three years of GP "
                "training"),

      // --- POH-GGZ (praktijkondersteuner GGZ) ---
      density("poh_ggz", 2.4,
              "Derived: NZa funds up to 12 hours of POH-GGZ a week per 2,350 patients (2017-2023; 16 hours from "
              "2024): 1.42 FTE per 10,000 at 36 hours a week, divided by 0.6 FTE per worker"),
      fte_per_worker("poh_ggz", 0.6, "Assumption: POH-GGZ often work part-time or across several practices"),
      age_shares("poh_ggz", {0.15, 0.30, 0.28, 0.27},
                 "Assumption: a second-career role (HBO plus work experience), older than the sector, in which one "
                 "in four is 55 or older (CBS AZW 2023)"),
      inflow("poh_ggz", 0.2, "Assumption: about the inflow that replaces turnover and retirement at the start"),
      turnover("poh_ggz", 0.06, "Assumption: below the sector's 9% (" + azw_turnover + ") for an experienced role"),
      entry_age("poh_ggz", 30.0, "Assumption: the role asks for an HBO degree and some years of work experience"),

      // --- district nurse: the wijkverpleging team (wijkverpleegkundigen and verzorgenden IG) ---
      density("district_nurse", 30.0,
              "Derived: wijkverpleging spend EUR 3.21 bn (2023, monitor langdurige zorg), 80% staff costs at "
              "EUR 70,000 per FTE (assumption): about 36,700 FTE, 20.4 per 10,000, divided by 0.68 FTE per worker"),
      fte_per_worker("district_nurse", 0.68, azw_part_time),
      age_shares("district_nurse", {0.28, 0.20, 0.24, 0.28},
                 "Assumption shaped to a mean age of 44.7 in thuiszorg, the oldest AZW branch (AZW 2017, Zorgvisie) "
                 "and the sector's one in four aged 55 or older"),
      inflow("district_nurse", 3.4, stable_inflow + " (verpleging, verzorging en thuiszorg: -0.2%)"),
      turnover("district_nurse", 0.09, azw_turnover),
      entry_age("district_nurse", 22.0, entry_ages),

      // --- GGZ professional: psychologists, psychiatrists, GGZ nurses, agogic workers ---
      density("ggz_professional", 39.3,
              "Derived: 104,000 working in the GGZ (Zo werkt de zorg 2021, 2019 figures) less 13,550 in youth GGZ "
              "(CBS jeugddomein 2019), 75% of them in work with clients (assumption), on 17.3 million inhabitants"),
      fte_per_worker("ggz_professional", 0.77, "CBS jeugddomein 2019: GGZ 13,550 workers on 10,400 FTE"),
      age_shares("ggz_professional", {0.30, 0.23, 0.22, 0.25}, azw_age_shape),
      inflow("ggz_professional", 4.8,
             "Derived: replaces turnover and retirement at the start plus 2% growth a year; CBS AZW Q3 2023: the GGZ "
             "grew by 3,900 employees (about 4%) in a year (assumption: half of that lasts)"),
      turnover("ggz_professional", 0.08,
               "Assumption: a little below the sector's 9% (" + azw_turnover + ") for a mostly HBO/WO workforce"),
      entry_age("ggz_professional", 25.0, entry_ages),

      // --- wijkteam worker (sociaal wijkteam) ---
      density("wijkteam_worker", 5.0,
              "Assumption: no national headcount of wijkteam workers is published; 83% of municipalities had one or "
              "more teams in 2019 (Movisie); about a team of ten for every 20,000 inhabitants"),
      fte_per_worker("wijkteam_worker", 0.8, "Assumption: wijkteam posts are mostly 28-32 hours a week"),
      age_shares("wijkteam_worker", {0.30, 0.23, 0.22, 0.25}, azw_age_shape),
      inflow("wijkteam_worker", 0.6, "Assumption: about the inflow that replaces turnover and retirement at the start"),
      turnover("wijkteam_worker", 0.10,
               "Assumption: above the sector's 9%, as workers in jeugdzorg and social care change jobs most often "
               "and most often leave care (CBS AZW 2019)"),
      entry_age("wijkteam_worker", 25.0, entry_ages),

      // --- welfare worker (sociaal werk: welzijn, maatschappelijk werk, ouderenwerk) ---
      density("welfare_worker", 20.0,
              "Derived: about 55,000 sociaal werkers (Sociaal Werk Nederland), two thirds in direct work with "
              "clients (Body of Knowledge Sociaal Werk), on 17.9 million inhabitants"),
      fte_per_worker("welfare_worker", 0.68, azw_part_time),
      age_shares("welfare_worker", {0.30, 0.23, 0.22, 0.25}, azw_age_shape),
      inflow("welfare_worker", 3.0,
             "Derived: replaces turnover and retirement at the start plus 3% growth a year; CBS AZW: sociaal werk "
             "grew 7.9% in the year to Q1 2023 (assumption: part of that lasts)"),
      turnover("welfare_worker", 0.10, "Assumption, as wijkteam_worker"),
      entry_age("welfare_worker", 22.0, entry_ages),

      // --- youth worker (jeugdhulpverlener) ---
      density("youth_worker", 39.2,
              "Derived: CBS jeugddomein January 2019: 81,260 workers, less 13,550 in GGZ (counted as GGZ "
              "professionals), on 17.3 million inhabitants"),
      fte_per_worker("youth_worker", 0.75, "CBS jeugddomein 2019: 67,710 workers outside the GGZ on 51,030 FTE"),
      age_shares("youth_worker", {0.36, 0.28, 0.19, 0.17},
                 "Assumption shaped to the mean age of 40 in jeugdzorg (Jeugdzorg Werkt, February 2022)"),
      inflow("youth_worker", 4.9, stable_inflow + " (jeugdzorg: more leaving than entering in Q3 2023)"),
      turnover("youth_worker", 0.11,
               "Derived: jeugdzorg loses more than the sector's 9% (" + azw_turnover +
                   "); Zorgvisie/AZW 2015: 18.6% total turnover, 5.8% to benefits or inactivity, the rest mostly to "
                   "other branches"),
      entry_age("youth_worker", 23.0, entry_ages),

      // --- carer in long-term care (Wlz: verpleeghuis, gehandicaptenzorg) ---
      density("ltc_carer", 195.0,
              "Derived: 358,490 Wlz indications (CBS 84529NED, 2022) at 0.665 FTE per client (below), divided by "
              "0.68 FTE per worker, on 17.9 million inhabitants"),
      fte_per_worker("ltc_carer", 0.68, azw_part_time),
      age_shares("ltc_carer", {0.30, 0.23, 0.22, 0.25}, azw_age_shape),
      inflow("ltc_carer", 22.4, stable_inflow + " (verpleging, verzorging en thuiszorg: -0.2%)"),
      turnover("ltc_carer", 0.09, azw_turnover),
      entry_age("ltc_carer", 20.0, entry_ages),
  };
}

}  // namespace regiotwin::declare
