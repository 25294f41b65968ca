// Places that answer help questions (model.md §4): the wait each may take by its norm, how long
// people wait before they give up, and how much capacity it has at the start relative to the
// questions it then gets. Capacity then follows the workforce of its profession.
#include "core/parameter_declare.hpp"

namespace regiotwin::declare {
namespace {

const std::string group = "places";

ParamSpec norm(const std::string& place, double months, const std::string& source) {
  return real(place + "_norm_months", group, "months", 0.0, 24.0, months,
              "Longest acceptable wait at this place (Treeknorm or legal term), in whole months waited: 0 means "
              "served in the month the question arrives.",
              source);
}

ParamSpec patience(const std::string& place, double months, const std::string& source) {
  return real(place + "_patience_months", group, "months", 0.1, 120.0, months,
              "Mean time a person keeps waiting before giving up or finding help elsewhere.", source);
}

ParamSpec start_capacity(const std::string& place, double ratio, const std::string& source) {
  return real(place + "_start_capacity_ratio", group, "ratio", 0.1, 3.0, ratio,
              "Capacity in the first month divided by the need the place then has (1: just enough), at the "
              "registry's default staffing; a different staffing density at the start (workers per 10,000, "
              "FTE per worker) scales it in proportion.",
              source);
}

const std::string no_norm = "No Treeknorm; assumption: help starts within the month";
const std::string patience_assumption = "Assumption; no published figure";

}  // namespace

std::vector<ParamSpec> place_parameters() {
  return {
      real("ggz_professional_share_basic_ggz", group, "share", 0.0, 1.0, 0.15,
           "Share of the GGZ professionals' FTE working in basic GGZ; the rest staffs specialist GGZ.",
           "Assumption: basic GGZ (generalistische basis-ggz) is about a tenth to a sixth of GGZ spending (NZa "
           "marktscan GGZ)"),
      real("ltc_carer_share_wmo_provider", group, "share", 0.0, 1.0, 0.12,
           "Share of the long-term care carers' FTE working for Wmo providers (home support, household help); "
           "the rest staffs Wlz nursing homes.",
           "Assumption: some 50,000-60,000 household help workers against about 450,000 in nursing and care "
           "(CBS AZW, VVT branch)"),
      norm("gp", 0.0, "Treeknorm huisartsenzorg: a consultation within one to two working days (NHG/LHV)"),
      patience("gp", 1.0, patience_assumption + ": unserved GP questions mostly resolve or go elsewhere in a month"),
      start_capacity("gp", 1.02, "Assumption: GP practices answer nearly all questions in the month (small slack)"),
      norm("poh_ggz", 1.0, "Assumption: a POH-GGZ consultation within a few weeks"),
      patience("poh_ggz", 3.0, patience_assumption),
      start_capacity("poh_ggz", 1.0, "Assumption"),
      norm("wijkteam", 1.0, no_norm + " or the next"),
      patience("wijkteam", 3.0, patience_assumption),
      start_capacity("wijkteam", 1.0, "Assumption"),
      norm("welzijn", 1.0, no_norm + " or the next"),
      patience("welzijn", 2.0, patience_assumption),
      start_capacity("welzijn", 1.05, "Assumption: welfare work has some room, volunteers included"),
      norm("basic_ggz", 3.0, "Treeknorm GGZ: registration 4 weeks plus treatment 10 weeks, 14 weeks in all"),
      patience("basic_ggz", 6.0, patience_assumption),
      start_capacity("basic_ggz", 0.97,
                     "Assumption: GGZ capacity falls short of demand by a few percent; NZa counted 97,450 waiting "
                     "places in December 2023 (+12% in a year) and more than 62,000 persons waiting longer than "
                     "the Treeknorm in 2024 (NZa, 14 March 2025)"),
      norm("specialist_ggz", 3.0, "Treeknorm GGZ: registration 4 weeks plus treatment 10 weeks, 14 weeks in all"),
      patience("specialist_ggz", 12.0, patience_assumption + ": severe problems rarely resolve while waiting"),
      start_capacity("specialist_ggz", 0.97, "Assumption, as basic_ggz_start_capacity_ratio"),
      norm("wijkverpleging", 0.0, no_norm),
      patience("wijkverpleging", 2.0, patience_assumption),
      start_capacity("wijkverpleging", 1.0, "Assumption"),
      norm("wmo_provider", 2.0,
           "Wmo 2015 art. 2.3.2 and 2.3.5: investigation within 6 weeks, decision within 2 weeks of the request"),
      patience("wmo_provider", 6.0, patience_assumption),
      start_capacity("wmo_provider", 1.0, "Assumption"),
      norm("youth_care", 2.0, "Jeugdwet with the Awb: a decision within 8 weeks"),
      patience("youth_care", 6.0, patience_assumption),
      start_capacity("youth_care", 0.98, "Assumption: youth care has waiting lists in most regions"),
      norm("wlz_provider", 1.0, "Treeknorm Wlz (zorgkantoren): admission within 6 weeks of the wish to be admitted"),
      patience("wlz_provider", 24.0, patience_assumption + ": those waiting for a nursing home keep waiting"),
      start_capacity("wlz_provider", 0.98,
                     "Assumption: a few percent of indicated clients wait for a place (Zorginstituut "
                     "wachtlijstinformatie Wlz)"),
      norm("work_income_desk", 2.0, "Participatiewet art. 44: a decision on bijstand within 8 weeks"),
      patience("work_income_desk", 3.0, patience_assumption),
      start_capacity("work_income_desk", 1.0, "Assumption"),
  };
}

}  // namespace regiotwin::declare
