// Informal care as finite capacity (model.md §4, docs/care.md "Informal care and volunteers"): the
// informal carers of residents who need help at home, and the volunteers of welfare work. Both run
// out, and what they no longer carry shifts to formal care.
#include "core/parameter_declare.hpp"

namespace regiotwin::declare {
namespace {

const std::string group = "informal_care";

ParamSpec gap_share(const std::string& place, double share, const std::string& what) {
  return real("informal_gap_to_" + place, group, "share", 0.0, 1.0, share,
              "Of the residents needing help at home who go without informal care beyond the start's share, the "
              "share who then need " +
                  what + ".",
              "Assumption: informal carers give about three quarters of the help people with an illness or "
              "limitation need (SCP, via Trimbos 'Mantelzorg: feiten en cijfers'); what they stop giving is "
              "partly taken over by formal care, partly left undone");
}

}  // namespace

std::vector<ParamSpec> informal_care_parameters() {
  return {
      real("carers_overloaded_start_share", group, "share", 0.0, 0.9, 0.091,
           "Share of the informal carers who are overloaded (seriously burdened) at the start.",
           "SCP/CBS Enquête Informele Zorg 2019 via RIVM Monitor Langer Thuis, indicator 14: 9.1% of informal "
           "carers aged 16+ are overloaded"),
      real("carer_overload_months", group, "months", 1.0, 120.0, 12.0,
           "Mean time a carer stays overloaded before recovering or handing the care over.",
           "Assumption; no published duration"),
      real("carer_strain_per_waiting", group, "ratio", 0.0, 20.0, 1.0,
           "How much the monthly chance that a carer becomes overloaded rises with the persons waiting at home for "
           "Wmo support or a nursing home, per carer: 1 means a carer whose person waits runs twice the risk.",
           "Assumption; SCP: the burden rises with the intensity of the help (De Boer and De Klerk, Informele "
           "hulp: wie doet er wat?, 2015), and waiting for formal care makes the help more intensive"),
      gap_share("wmo", 0.5, "Wmo support"),
      gap_share("home_nursing", 0.15, "district nursing"),
      gap_share("wlz", 0.05, "a nursing home (Wlz)"),
      table("volunteering_in_care_by_age", group, "share of residents", 0.0, 1.0,
            AgeTable{{{0, 14}, {15, 24}, {25, 34}, {35, 44}, {45, 54}, {55, 64}, {65, 74}, {75, max_age}},
                     {0.0, 0.047, 0.046, 0.051, 0.077, 0.113, 0.133, 0.079}},
            "Share of residents who volunteered in care and welfare at least once in the past year, by age.",
            "CBS Sociale samenhang 2019 via RIVM Monitor Langer Thuis, indicator 17: 7.8% of residents 15+"),
      real("welzijn_volunteer_share_of_care_volunteers", group, "share", 0.0, 1.0, 0.3,
           "Share of those volunteering in care and welfare who do so regularly through welfare work (the sociale "
           "basis) rather than in hospitals, nursing homes or on their own.",
           "Derived: SCP, Informele hulp: wie doet er wat? (2017): 630,000 of nearly 1 million care volunteers "
           "volunteer regularly (0.63); assumption: about half of them through welfare organisations"),
      real("volunteer_hours_per_month", group, "hours per volunteer per month", 0.0, 200.0, 19.5,
           "Hours a regular volunteer gives per month.",
           "SCP, Informele zorg in Nederland (2013), citing Arts and Te Riele (2010): volunteers in care are "
           "active 4.5 hours a week"),
      real("welzijn_volunteer_capacity_share", group, "share", 0.0, 0.95, 0.4,
           "Share of welfare work's capacity at the start given by its volunteers; the rest is the welfare "
           "workers'. Volunteer capacity then moves with the number of volunteers.",
           "Assumption: welfare organisations run visiting, buddy and meeting services mostly with volunteers "
           "beside their professionals (Movisie)"),
      real("volunteer_tenure_years", group, "years", 0.5, 40.0, 5.0,
           "Mean years a volunteer stays while welfare work asks no more of volunteers than at the start; new "
           "volunteers replace those who stop in proportion to the residents likely to volunteer.",
           "Assumption; no published figure"),
      real("volunteer_dropout_per_load", group, "ratio", 0.0, 20.0, 1.0,
           "How much the volunteers' monthly chance to stop rises when welfare work is asked more than at the "
           "start: the chance is multiplied by 1 plus this times the relative rise of the work asked per unit of "
           "capacity.",
           "Assumption; overburdened volunteers stop (Schmale et al., Vrijwillig belast?, Hogeschool van "
           "Amsterdam 2016)"),
      real("welzijn_gave_up_to_gp", group, "share", 0.0, 1.0, 0.5,
           "Share of the questions that give up waiting at welzijn which turn to the GP the next month.",
           "Assumption: the GP is the usual open door for those who find no help in the sociale basis"),
  };
}

}  // namespace regiotwin::declare
