#include "core/indicators.hpp"

#include <fmt/format.h>

#include "care/care_measures.hpp"

namespace regiotwin {

const std::array<IndicatorSpec, n_indicators>& indicator_dictionary() {
  using enum Indicator;
  using enum Aggregation;
  static const std::array<IndicatorSpec, n_indicators> dictionary{{
      {population, "population", "persons", sum, population, "Residents at the end of the month.",
       "Inwoners aan het eind van de maand."},
      {population_65plus, "population_65plus", "persons", sum, population, "Residents aged 65 or older.",
       "Inwoners van 65 jaar en ouder."},
      {population_80plus, "population_80plus", "persons", sum, population, "Residents aged 80 or older.",
       "Inwoners van 80 jaar en ouder."},
      {deaths, "deaths", "persons", sum, deaths, "Residents who died in the month.", "Overleden inwoners in de maand."},
      {births, "births", "persons", sum, births, "Children born to residents in the month.",
       "Levendgeborenen bij inwoners in de maand."},
      {immigrants, "immigrants", "persons", sum, immigrants, "Persons who settled from abroad in the month.",
       "Immigranten die zich in de maand vestigden."},
      {emigrants, "emigrants", "persons", sum, emigrants, "Residents who left for abroad in the month.",
       "Inwoners die in de maand naar het buitenland vertrokken."},
      {population_under23, "population_under23", "persons", sum, population, "Residents younger than 23.",
       "Inwoners jonger dan 23 jaar."},
      {population_75_84, "population_75_84", "persons", sum, population, "Residents aged 75 to 84.",
       "Inwoners van 75 tot en met 84 jaar."},
      {population_85plus, "population_85plus", "persons", sum, population, "Residents aged 85 or older.",
       "Inwoners van 85 jaar en ouder."},
      {persons_alone, "persons_alone", "persons", sum, population, "Residents living alone.",
       "Inwoners die alleen wonen."},
      {persons_in_institution, "persons_in_institution", "persons", sum, population,
       "Residents living in an institution (care or nursing home, other institution).",
       "Inwoners in een instelling (verzorgings- of verpleeghuis, andere instelling)."},
      {children_at_home, "children_at_home", "persons", sum, population, "Residents living with their parent(s).",
       "Thuiswonende kinderen."},
      {chronic_2plus, "chronic_2plus", "persons", sum, population, "Residents with two or more chronic conditions.",
       "Inwoners met twee of meer chronische aandoeningen."},
      {frail, "frail", "persons", sum, population, "Frail residents.", "Kwetsbare inwoners."},
      {mental_mild, "mental_mild", "persons", sum, population, "Residents with a mild mental-health problem.",
       "Inwoners met lichte psychische klachten."},
      {mental_severe, "mental_severe", "persons", sum, population, "Residents with a severe mental illness.",
       "Inwoners met een ernstige psychische aandoening (EPA)."},
      {lonely, "lonely", "persons", sum, population, "Seriously lonely residents.", "Ernstig eenzame inwoners."},
      {financial_problems, "financial_problems", "persons", sum, population,
       "Residents with problematic debts or serious payment problems.",
       "Inwoners met problematische schulden of ernstige betalingsproblemen."},
      {youth_care, "youth_care", "persons", sum, population, "Residents in youth care (Jeugdwet).",
       "Inwoners met jeugdzorg (Jeugdwet)."},
      {wmo, "wmo", "persons", sum, population, "Residents with tailored Wmo support.",
       "Inwoners met een Wmo-maatwerkvoorziening."},
      {wmo_household_help, "wmo_household_help", "persons", sum, population,
       "Residents with Wmo household help (part of wmo).", "Inwoners met Wmo-hulp bij het huishouden (deel van wmo)."},
      {household_help_75_84, "household_help_75_84", "persons", sum, population,
       "Residents aged 75 to 84 with Wmo household help.",
       "Inwoners van 75 tot en met 84 jaar met hulp bij het huishouden."},
      {household_help_85plus, "household_help_85plus", "persons", sum, population,
       "Residents aged 85 or older with Wmo household help.",
       "Inwoners van 85 jaar en ouder met hulp bij het huishouden."},
      {wlz, "wlz", "persons", sum, population, "Residents with a Wlz indication.", "Inwoners met een Wlz-indicatie."},
      {bijstand, "bijstand", "persons", sum, population, "Residents on social assistance (bijstand).",
       "Inwoners met een bijstandsuitkering."},
      {informal_carer, "informal_carer", "persons", sum, population, "Residents with an informal carer available.",
       "Inwoners met een beschikbare mantelzorger."},
      {need_help_at_home, "need_help_at_home", "persons", sum, population,
       "Residents living at home who need help there (frail or with Wmo support).",
       "Thuiswonende inwoners die thuis hulp nodig hebben (kwetsbaar of met Wmo-ondersteuning)."},
      {need_help_with_carer, "need_help_with_carer", "persons", sum, population,
       "Residents needing help at home who have an informal carer at hand (part of need_help_at_home).",
       "Inwoners die thuis hulp nodig hebben en een mantelzorger hebben (deel van need_help_at_home)."},
      {population_50_64, "population_50_64", "persons", sum, population,
       "Residents aged 50 to 64, the age of most informal carers of the very old.",
       "Inwoners van 50 tot en met 64 jaar, de leeftijd van de meeste mantelzorgers van hoogbejaarden."},
      {gp_demand, "gp_demand", "contacts", sum, gp_demand, "GP practice contacts asked for in the month.",
       "Gevraagde contacten bij de huisartsenpraktijk in de maand."},
      {gp_capacity, "gp_capacity", "contacts", sum, gp_capacity,
       "GP practice contacts the available FTE can deliver in the month.",
       "Contacten die de beschikbare huisartsen-fte in de maand kunnen leveren."},
      {gp_served, "gp_served", "contacts", sum, gp_served, "GP practice contacts delivered in the month.",
       "Geleverde contacten bij de huisartsenpraktijk in de maand."},
      {gp_abandoned, "gp_abandoned", "contacts", sum, gp_abandoned,
       "Waiting GP contacts given up or handled elsewhere in the month.",
       "Wachtende huisartscontacten die in de maand afvielen of elders terechtkwamen."},
      {gp_waiting, "gp_waiting", "contacts", sum, gp_waiting, "GP contacts still waiting at the end of the month.",
       "Huisartscontacten die aan het eind van de maand nog wachten."},
      {gp_wait_mean, "gp_wait_mean", "months", weighted_mean, gp_served,
       "Mean months waited by the contacts delivered in the month (0 = within the month asked).",
       "Gemiddelde wachttijd in maanden van de geleverde contacten (0 = binnen de maand)."},
      {gp_wait_p90, "gp_wait_p90", "months", max, gp_served,
       "90th percentile of months waited by the contacts delivered in the month.",
       "90e percentiel van de wachttijd in maanden van de geleverde contacten."},
      {gp_fte, "gp_fte", "FTE", sum, gp_fte, "GP FTE available in the month.",
       "Beschikbare huisartsen-fte in de maand."},
      {carers_overloaded, "carers_overloaded", "persons", sum, carers_overloaded,
       "Informal carers of residents needing help at home who are overloaded in the month.",
       "Overbelaste mantelzorgers van thuiswonende hulpbehoevenden in de maand."},
      {without_informal_care, "without_informal_care", "persons", sum, without_informal_care,
       "Residents needing help at home without an informal carer who can give it (none at hand, or overloaded).",
       "Thuiswonende hulpbehoevenden zonder mantelzorger die kan helpen (geen, of overbelast)."},
      {informal_shift_wmo, "informal_shift_wmo", "persons", sum, informal_shift_wmo,
       "Residents needing Wmo support because informal care fell short beyond the start's share (negative: fewer).",
       "Inwoners die Wmo-ondersteuning nodig hebben doordat mantelzorg vaker dan bij de start ontbreekt."},
      {informal_shift_home_nursing, "informal_shift_home_nursing", "persons", sum, informal_shift_home_nursing,
       "Residents needing district nursing because informal care fell short beyond the start's share.",
       "Inwoners die wijkverpleging nodig hebben doordat mantelzorg vaker dan bij de start ontbreekt."},
      {informal_shift_wlz, "informal_shift_wlz", "persons", sum, informal_shift_wlz,
       "Residents needing a nursing home (Wlz) because informal care fell short beyond the start's share.",
       "Inwoners die een verpleeghuisplek (Wlz) nodig hebben doordat mantelzorg vaker dan bij de start ontbreekt."},
      {welzijn_volunteers, "welzijn_volunteers", "persons", sum, welzijn_volunteers,
       "Volunteers working regularly through welfare work (welzijn) in the month.",
       "Vrijwilligers die geregeld via het welzijnswerk actief zijn in de maand."},
      {welzijn_volunteer_hours, "welzijn_volunteer_hours", "hours", sum, welzijn_volunteer_hours,
       "Hours those volunteers give in the month.", "Uren die deze vrijwilligers in de maand geven."},
      {welzijn_gave_up_to_gp, "welzijn_gave_up_to_gp", "questions", sum, welzijn_gave_up_to_gp,
       "Questions that gave up waiting at welzijn and turn to the GP the next month.",
       "Hulpvragen die het wachten bij welzijn opgaven en de maand erna naar de huisarts gaan."},
      {cost_zvw, "cost_zvw", "EUR", sum, cost_zvw,
       "Cost paid by the health insurer (Zvw) in the month: GP, POH-GGZ, GGZ, district nursing and all other Zvw "
       "care.",
       "Kosten voor de zorgverzekeraar (Zvw) in de maand: huisarts, POH-GGZ, ggz, wijkverpleging en overige "
       "Zvw-zorg."},
      {cost_wmo, "cost_wmo", "EUR", sum, cost_wmo,
       "Cost paid by the municipality under the Wmo in the month (Wmo providers, the wijkteam's Wmo share), own "
       "contributions deducted.",
       "Kosten voor de gemeente onder de Wmo in de maand (Wmo-aanbieders, Wmo-deel van het wijkteam), na aftrek "
       "van eigen bijdragen."},
      {cost_jeugdwet, "cost_jeugdwet", "EUR", sum, cost_jeugdwet,
       "Cost paid by the municipality under the Jeugdwet in the month (youth care, the wijkteam's youth share).",
       "Kosten voor de gemeente onder de Jeugdwet in de maand (jeugdhulp, jeugddeel van het wijkteam)."},
      {cost_participatiewet, "cost_participatiewet", "EUR", sum, cost_participatiewet,
       "Cost paid by the municipality under the Participatiewet in the month (bijstand benefits, work and income "
       "service).",
       "Kosten voor de gemeente onder de Participatiewet in de maand (bijstandsuitkeringen, werk en inkomen)."},
      {cost_welzijn_subsidie, "cost_welzijn_subsidie", "EUR", sum, cost_welzijn_subsidie,
       "Cost of welfare work paid by the municipality's subsidy in the month.",
       "Kosten van welzijnswerk uit de gemeentelijke subsidie in de maand."},
      {cost_wlz, "cost_wlz", "EUR", sum, cost_wlz,
       "Cost paid by the zorgkantoor under the Wlz in the month, own contributions deducted.",
       "Kosten voor het zorgkantoor onder de Wlz in de maand, na aftrek van eigen bijdragen."},
      {cost_eigen_bijdrage, "cost_eigen_bijdrage", "EUR", sum, cost_eigen_bijdrage,
       "Own contributions paid by clients of Wmo support and Wlz care in the month.",
       "Eigen bijdragen van cliënten van Wmo-ondersteuning en Wlz-zorg in de maand."},
      {cost_transformatiemiddelen, "cost_transformatiemiddelen", "EUR", sum, cost_transformatiemiddelen,
       "Cost paid from the IZA transformation funds in the month (none until interventions are modelled).",
       "Kosten uit de IZA-transformatiemiddelen in de maand (nul tot interventies gemodelleerd zijn)."},
      {cost_total, "cost_total", "EUR", sum, cost_total, "Cost over all payers in the month.",
       "Kosten over alle betalers in de maand."},
  }};
  return dictionary;
}

std::string_view aggregation_name(Aggregation aggregation) {
  switch (aggregation) {
    case Aggregation::sum: return "sum";
    case Aggregation::weighted_mean: return "weighted mean";
    case Aggregation::max: return "max";
  }
  return "?";
}

}  // namespace regiotwin

namespace regiotwin {

namespace {

template <std::size_t N>
std::string measure_table(const std::array<MeasureSpec, N>& measures) {
  std::string out = "| measure | unit | description | omschrijving |\n|---|---|---|---|\n";
  for (const MeasureSpec& m : measures) {
    out += fmt::format("| `{}` | {} | {} | {} |\n", m.name, m.unit, m.description, m.description_nl);
  }
  return out;
}

}  // namespace

std::string render_indicator_reference() {
  std::string out =
      "# Indicator reference\n\n"
      "Generated by `regiotwin indicators` from the output dictionary (`src/core/indicators.cpp`); do not edit.\n"
      "`indicators.csv` has one row per month, municipality and indicator: `month,gm_code,indicator,value,unit`.\n"
      "Aggregation says how a region's value is formed from its municipalities.\n\n"
      "| indicator | unit | aggregation | description | omschrijving |\n|---|---|---|---|---|\n";
  for (const IndicatorSpec& s : indicator_dictionary()) {
    const std::string aggregation = s.aggregation == Aggregation::weighted_mean
                                        ? fmt::format("weighted mean (by {})", spec(s.weight).name)
                                        : std::string(aggregation_name(s.aggregation));
    out += fmt::format("| `{}` | {} | {} | {} | {} |\n", s.name, s.unit, aggregation, s.description, s.description_nl);
  }
  out +=
      "\n## Places\n\n"
      "`places.csv` has one row per month, municipality, place and measure: "
      "`month,gm_code,place,measure,value,unit`. A place counts its work in its own unit (docs/care.md).\n\n"
      "| place | plek | unit |\n|---|---|---|\n";
  for (std::size_t p = 0; p < n_places; ++p) {
    out += fmt::format("| `{}` | {} | {} |\n", place_names[p], place_names_nl[p], place_unit(static_cast<Place>(p)));
  }
  out += "\n";
  out += measure_table(place_measures);
  out +=
      "\n## Workforce\n\n"
      "`workforce.csv` has one row per month, municipality, profession and measure: "
      "`month,gm_code,profession,measure,value,unit`. Professions: ";
  for (std::size_t p = 0; p < n_professions; ++p) out += fmt::format("{}`{}`", p == 0 ? "" : ", ", profession_names[p]);
  out += ".\n\n";
  out += measure_table(profession_measures);
  out +=
      "\n## Flows\n\n"
      "`flows.csv` has one row per calendar year, municipality, question type, entry place and final place "
      "(`unresolved` when a question was left to come back): `year,gm_code,question_type,entry_place,final_place,"
      "questions`; paths never taken are left out.\n"
      "\n## Costs\n\n"
      "`costs.csv` has one row per month, municipality, payer and cost line: `month,gm_code,payer,line,value,unit`. "
      "The lines are the places and the lines beyond them (other Zvw care, bijstand benefits, ...; "
      "[finance.md](finance.md)); cells that are zero are left out. "
      "The payers' amounts add up to the `cost_<payer>` indicators.\n";
  return out;
}

}  // namespace regiotwin
