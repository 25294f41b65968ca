// Help questions (model.md §3): how many questions of each type residents raise per month, and
// how much work one question is at the place that answers it. A rate is either per resident by
// age, or per person with a state (the states carry most of the need: a person with Wmo support
// needs a month of it every month). Rates add up: a person's rate is the age rate plus the rates
// of the states the person has, which lets the engine sum them over counts instead of persons.
#include "core/parameter_declare.hpp"

namespace regiotwin::declare {
namespace {

const std::string group = "questions";

ParamSpec per_state(const std::string& name, double value, const std::string& what, const std::string& unit,
                    const std::string& source) {
  return real(name, group, unit, 0.0, 31.0, value, what, source);
}

}  // namespace

std::vector<ParamSpec> question_parameters() {
  return {
      real("gp_social_background_share", group, "share", 0.0, 1.0, 0.30,
           "Share of GP consultations with a social background (loneliness, money, housing, relations): these "
           "are social questions entering at the GP, the rest are medical questions.",
           "About 30%: welzijn op recept literature (Heijnders & Meijs 2018; Movisie), as in facts.md"),
      table("social_questions_per_resident", group, "questions per person per month", 0.0, 5.0,
            AgeTable{{{0, 17}, {18, max_age}}, {0.05, 0.19}},
            "Social questions (loneliness, money, housing, relations) per resident per month, whatever the "
            "person's states; the states below add to it.",
            "Calibrated: with the default routing (45% of social questions enter at the GP) about 30% of the "
            "questions entering the GP practice are social, as about 30% of GP consultations have a social "
            "background (welzijn op recept literature, facts.md); children assumed at a quarter of adults"),
      per_state("social_questions_lonely", 0.5,
                "Extra social questions per seriously lonely person per month (each a contact at the place that "
                "answers it).",
                "questions per person per month",
                "Assumption: the seriously lonely ask several times as often as others; part of the calibration "
                "of social_questions_per_resident"),
      per_state("social_questions_financial", 0.5,
                "Extra social questions per person with financial problems per month (debts, making ends meet).",
                "questions per person per month", "Assumption, as social_questions_lonely"),
      per_state("mental_mild_questions", 0.045,
                "Questions for help per person with a mild mental-health problem per month.",
                "questions per person per month",
                "Derived: 1,191,095 curative GGZ patients incl. POH-GGZ in 2021 (NZa/Vektis) against about 2.2 "
                "million residents with a mental-health problem (RIVM, 13.7% of 12+): about half a question a year"),
      real("mental_mild_question_contacts", group, "contacts per question", 1.0, 50.0, 5.0,
           "Contacts one mild mental-health question takes (a POH-GGZ or basic GGZ trajectory).",
           "NZa: POH-GGZ trajectories average 4-6 consultations; basic GGZ products short/medium 5-8 sessions"),
      per_state("mental_severe_client_months", 1.0,
                "Months of specialist GGZ care a person with a severe mental illness (EPA) needs per month.",
                "client-months per person per month",
                "Model convention: every person with EPA is in ongoing care (Delespaul 2013: 281,000 EPA, most in "
                "specialist GGZ)"),
      per_state("wmo_client_months", 1.0, "Months of Wmo support a person with Wmo support needs per month.",
                "client-months per person per month",
                "Model convention: the Wmo state is having tailored support (CBS 86050NED, 1.28 million in 2024)"),
      table("home_nursing_client_share", group, "client-months per resident-month", 0.0, 1.0,
            AgeTable{{{0, 64}, {65, 74}, {75, 84}, {85, max_age}}, {0.006, 0.025, 0.09, 0.25}},
            "Share of residents of each age in district nursing (wijkverpleging) in a month.",
            "579,090 users in 2022 (monitor langdurige zorg); about 60% in care at any month (assumption from "
            "episode lengths); the age shape (mostly 75+) is an assumption fitted to that total"),
      real("home_nursing_episode_months", group, "months", 1.0, 120.0, 6.0,
           "Mean length of a district-nursing episode: district nursing has no state of its own, so this sets "
           "how many of its clients leave each month and how many new ones come.",
           "Assumption consistent with 579,090 users in a year and about 60% of them in care at any month "
           "(monitor langdurige zorg 2022)"),
      real("wlz_waiting_home_nursing_share", group, "share", 0.0, 1.0, 0.5,
           "Share of those waiting for a nursing home (Wlz) who get district nursing at home meanwhile: a Wlz "
           "wait raises the need for district nursing.",
           "Assumption: zorgkantoren offer overbruggingszorg to those waiting (Wlz-zorg thuis or wijkverpleging); "
           "about half of the active waiters receive it from district nursing"),
      real("mental_worsening_per_month_waited", group, "per month of mean wait", 0.0, 2.0, 0.10,
           "How much the chance that a mild mental problem becomes severe rises per month that questions for "
           "mild mental help (POH-GGZ, basic GGZ) wait on average in the municipality.",
           "Assumption: waiting for GGZ help is associated with deterioration (MIND and NZa wachttijden reports: a "
           "large share of those waiting report getting worse); no dose-response figure is published"),
      real("mental_worsening_max", group, "factor", 1.0, 5.0, 2.0,
           "Upper limit of the factor on the chance that a mild mental problem becomes severe through waiting.",
           "Assumption: keeps the feedback within a doubling"),
      per_state("youth_client_months", 1.0, "Months of youth care a young person with a youth-care need needs.",
                "client-months per person per month",
                "Model convention: the youth-care state is receiving jeugdhulp (CBS Jeugdmonitor: 474,000 in 2023)"),
      per_state("wlz_client_months", 1.0, "Months of long-term care a person with a Wlz indication needs.",
                "client-months per person per month",
                "Model convention: the Wlz state is holding an indication (CBS 84529NED: 358,490 in 2022)"),
      per_state("work_income_contacts_bijstand", 0.33,
                "Contacts with the work and income service per person on bijstand per month.",
                "contacts per person per month",
                "Assumption: a contact with a consultant about every three months (re-examination and "
                "reintegration)"),
  };
}

}  // namespace regiotwin::declare
