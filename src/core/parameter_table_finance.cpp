// Money (model.md §5, docs/finance.md): a unit cost for each care place in the place's unit, the
// insurer's cost of the care the model does not simulate, bijstand benefits and own contributions.
// All amounts are in constant prices of the base year 2024; older figures are brought to 2024 with
// the CBS consumer price index (CPI, yearly change 2018 1.7%, 2019 2.6%, 2020 1.3%, 2021 2.7%, 2022
// 10.0%, 2023 3.8%, 2024 3.3%; CBS news 2024/02 and 2025/03), whose factors to 2024 are below.
#include "core/parameter_declare.hpp"

namespace regiotwin::declare {
namespace {

const std::string group = "finance";

// CPI factors from a year's prices to 2024 prices, the products of the yearly changes above.
constexpr const char* cpi_2018 = "CBS CPI 2018 to 2024: x1.2590";
constexpr const char* cpi_2019 = "CBS CPI 2019 to 2024: x1.2271";
constexpr const char* cpi_2021 = "CBS CPI 2021 to 2024: x1.1795";
constexpr const char* cpi_2023 = "CBS CPI 2023 to 2024: x1.0330";

ParamSpec per_contact(const std::string& place, double value, const std::string& what, const std::string& source) {
  return real(place + "_cost_per_contact_eur", group, "EUR per contact (2024 prices)", 0.0, 5000.0, value,
              "Cost of one contact (work served) at " + what + ".", source);
}

ParamSpec per_client_month(const std::string& place, double value, const std::string& what, const std::string& source) {
  return real(place + "_cost_per_client_month_eur", group, "EUR per client-month (2024 prices)", 0.0, 50000.0, value,
              "Cost of one client in care for a month at " + what + ", own contributions included.", source);
}

// Social work is priced by the hour, as municipalities price Wmo and youth support: an integral
// hourly cost (wage, employer charges, overhead, unproductive time) times the hours a contact takes.
const std::string social_work_hour =
    "Assumption: integral cost of a social professional EUR 60 an hour in 2024 (about what municipalities pay per "
    "hour of Wmo begeleiding: CAO Sociaal Werk wage cost divided by 80% productivity plus 20% overhead)";

}  // namespace

std::vector<ParamSpec> finance_parameters() {
  return {
      // --- unit costs at the places that answer questions in contacts ---
      per_contact("gp", 54.23, "the GP practice, paid by the health insurer (Zvw)",
                  std::string("Derived: Vektis/RIVM 2018 GP care EUR 201 per insured year less the POH-GGZ module "
                              "(NZa maximum 2018 EUR 2.87 per patient per quarter, EUR 11.48 a year) / Nivel 2017 "
                              "4.4 contacts per patient, x ") +
                      cpi_2018),
      per_contact("poh_ggz", 40.83, "the POH-GGZ of the GP practice (Zvw)",
                  std::string("Derived: the POH-GGZ module pays 12 hours a week per 2,350 patients for EUR 11.48 per "
                              "patient a year (NZa 2018 maximum, via CZ), EUR 43.23 per POH-GGZ hour; x 0.75 hour "
                              "per consultation (30 minutes plus reporting, assumption) x ") +
                      cpi_2018),
      per_contact("wijkteam", 90.0, "the municipality's wijkteam (Wmo, partly Jeugdwet)",
                  social_work_hour + " x 1.5 hours per contact (the contact plus preparation, reporting and "
                                     "coordination, assumption)"),
      per_contact("welzijn", 36.0, "welfare work (welzijn subsidy)",
                  social_work_hour + " x 1 hour per contact for the 60% of contacts given by professionals; "
                                     "volunteers' contacts cost little beyond coordination (assumption, as "
                                     "welzijn_volunteer_capacity_share 0.4)"),
      per_contact("basic_ggz", 134.94, "basic GGZ (generalistische basis-ggz, Zvw)",
                  std::string("NZa maximum tariff 2021 for a consultation in basic GGZ outside the package (code "
                              "198300, EUR 114.41), as the price of one session, x ") +
                      cpi_2021),
      per_contact("work_income_desk", 90.0, "the municipality's work and income service (Participatiewet)",
                  social_work_hour + " x 1.5 hours per contact with a consultant (assumption, as the wijkteam)"),

      // --- unit costs at the places of ongoing care ---
      per_client_month("specialist_ggz", 1386.42, "specialist GGZ (Zvw)",
                       "Derived: GGZ budget ceiling EUR 5.5 bn in 2024 (Vektis) less 15% for basic GGZ "
                       "(ggz_professional_share_basic_ggz) / 281,000 persons with a severe mental illness (Delespaul "
                       "2013), the model's clients of specialist GGZ / 12"),
      per_client_month("wijkverpleging", 795.29, "district nursing (Zvw)",
                       std::string("Derived: wijkverpleging spend EUR 3.21 bn in 2023 (monitor langdurige zorg), x ") +
                           cpi_2023 +
                           ", / (579,090 users in 2022 x 60% in care in a month x 12) client-months, as "
                           "home_nursing_client_share"),
      per_client_month("wmo_provider", 371.67, "Wmo providers (household help, support at home; Wmo)",
                       std::string("Derived: tailored Wmo support EUR 308 per inhabitant in 2023 (CBS) x 17,942,942 "
                                   "inhabitants / 1.28 million clients in 2024 (CBS 86050NED) = EUR 4,317 per client "
                                   "a year, x ") +
                           cpi_2023 + ", / 12"),
      per_client_month("youth_care", 1186.52, "youth care providers (Jeugdwet)",
                       std::string("Derived: youth care spend EUR 5.4-5.6 bn in 2019 (Jeugdautoriteit; midpoint 5.5), "
                                   "x ") +
                           cpi_2019 + ", / 474,000 young people in youth care in 2023 (CBS Jeugdmonitor) / 12"),
      per_client_month("wlz_provider", 8464.04, "nursing homes and other Wlz care (Wlz)",
                       "Derived: gross Wlz spend EUR 36,631 million in 2024 (VWS jaarverslag 2024, Wlz table) / "
                       "360,653 persons with a Wlz indication (2.01% of 17,942,942, CBS 84529NED 2022) / 12; "
                       "Vektis's EUR 57,000 per user in 2017 (EUR 72,900 at 2024 prices) counts care in kind and pgb "
                       "only"),

      // --- what the model books beyond the places ---
      table("other_zvw_care_per_resident_month_eur", group, "EUR per resident per month (2024 prices)", 0.0, 5000.0,
            AgeTable{{{0, 4},   {5, 9},   {10, 14}, {15, 17}, {18, 19}, {20, 24},     {25, 29},
                      {30, 34}, {35, 39}, {40, 44}, {45, 49}, {50, 54}, {55, 59},     {60, 64},
                      {65, 69}, {70, 74}, {75, 79}, {80, 84}, {85, 89}, {90, max_age}},
                     {179.30, 91.68,  81.18,  101.43, 66.35,  79.89,  111.62, 139.79, 127.99, 122.90,
                      138.58, 172.94, 224.66, 288.87, 337.39, 436.90, 493.22, 629.87, 594.52, 751.53}},
            "The health insurer's cost of all Zvw care the model does not book at a place (hospital, pharmacy, aids, "
            "paramedical care, ...), per resident of each age per month.",
            std::string("Derived: Vektis/RIVM 2018 Zvw cost per insured year by age (mean of men and women, e.g. "
                        "0-4 1936, 45-49 1864, 80-84 7685, 90+ 10822) less the sectors the model books: GP EUR 201 "
                        "by age as Nivel contacts (4.4 on average), wijkverpleging EUR 215 by age as "
                        "home_nursing_client_share (national mean 579,090 x 0.6 / 17.94 million), GGZ EUR 187 "
                        "specialist plus EUR 33 basic (15%) on adults only (80% of residents, CBS 2019); x ") +
                cpi_2018 + ", / 12"),
      real("bijstand_benefit_per_recipient_month_eur", group, "EUR per recipient per month (2024 prices)", 0.0, 10000.0,
           1405.0, "Social assistance (bijstand) paid per resident on bijstand per month, by the municipality.",
           "Derived: BUIG macro budget 2024 EUR 6,828.3 million (nader voorlopig, SZW May 2024, via Inergy) / "
           "405,000 persons on bijstand (mid 2024, CBS) / 12; the budget also pays IOAW, IOAZ and Bbz, a small part"),

      // --- own contributions: part of the unit cost, paid by the client instead of the law's payer ---
      real("wmo_own_contribution_per_client_month_eur", group, "EUR per client-month (2024 prices)", 0.0, 1000.0, 8.53,
           "Own contribution (eigen bijdrage) per Wmo client-month, paid instead of the municipality.",
           "Derived: CAK abonnementstarief Wmo 2024 EUR 21.40 a month x the share of clients who pay it: 0.51 "
           "million persons paid a Wmo own contribution in 2020 (CBS monitor stapeling eigen betalingen) of 1.28 "
           "million clients (CBS 86050NED 2024); households pay once and some provisions are exempt"),
      real("wlz_own_contribution_per_client_month_eur", group, "EUR per client-month (2024 prices)", 0.0, 5000.0,
           537.80, "Own contribution (eigen bijdrage) per Wlz client-month, paid instead of the zorgkantoor.",
           "Derived: Wlz receipts (own contributions) EUR 2,327.5 million in 2024 (VWS jaarverslag 2024) / 360,653 "
           "persons with a Wlz indication / 12"),

      // --- who pays ---
      real("wijkteam_jeugdwet_share", group, "share", 0.0, 1.0, 0.25,
           "Share of the wijkteam's cost paid from the Jeugdwet budget; the rest is Wmo.",
           "Assumption: municipalities book their wijkteams to Wmo and Jeugdwet together (Iv3 taakveld 6.2); 15% of "
           "the young people in youth care got it from a wijk- or buurtteam in H1 2023 (CBS, 56,700 of 384,000)"),

      // --- constant and nominal prices ---
      real("price_index_per_year", group, "share per year", -0.1, 0.2, 0.0,
           "Yearly price rise applied to every amount from the base year 2024 on: amounts in year y are multiplied "
           "by (1 + index)^(y - 2024). 0 keeps constant 2024 prices.",
           "Model convention: constant prices. For nominal prices use e.g. the CPB's expected contract wage and "
           "price rise for care (about 0.03)"),
  };
}

}  // namespace regiotwin::declare
