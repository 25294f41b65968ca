#pragma once
// What the care engine reports per place and per profession, each month and municipality: the
// dictionaries behind places.csv and workforce.csv (docs/indicators.md lists them).
#include <array>
#include <cstdint>
#include <string_view>

#include "care/care_types.hpp"

namespace regiotwin {

enum class PlaceMeasure : std::uint8_t {
  questions,          // questions that arrived at the place (entering or referred)
  demand,             // work those questions bring, in the place's unit
  capacity,           // work the place can do in the month
  served,             // work done from the waiting list
  abandoned,          // work that left the waiting list unserved
  waiting,            // work waiting at the end of the month
  wait_mean,          // months waited by what was served
  wait_p90,           // 90th percentile of those waits
  within_norm,        // share served within the place's norm
  wrong_place_share,  // share of questions entering here that belong elsewhere
  in_care,            // ongoing-care places: clients in care at the month's end; others: served
  fte,                // FTE of the place's profession in the municipality
  count_
};
inline constexpr std::size_t n_place_measures = static_cast<std::size_t>(PlaceMeasure::count_);

enum class ProfessionMeasure : std::uint8_t {
  fte,             // available at the end of the month
  fte_required,    // to serve the month's demand at start-up productivity
  shortage_fte,    // required minus available, when positive
  shortage_share,  // shortage as a share of required
  inflow,          // FTE entering from education in the month
  turnover,        // FTE leaving for other sectors in the month
  retirement,      // FTE retiring in the month
  count_
};
inline constexpr std::size_t n_profession_measures = static_cast<std::size_t>(ProfessionMeasure::count_);

struct MeasureSpec {
  std::string_view name;
  std::string_view unit;  // "unit" means the place's own unit (contacts or client-months)
  std::string_view description;
  std::string_view description_nl;
};

inline constexpr std::array<MeasureSpec, n_place_measures> place_measures = {{
    {"questions", "questions", "Questions that arrived at the place (entering there or referred to it).",
     "Hulpvragen die bij de plek binnenkwamen (direct of doorverwezen)."},
    {"demand", "unit", "Work those questions bring, in the place's unit; at places of ongoing care, the new clients.",
     "Werk dat die vragen meebrengen; bij doorlopende zorg de nieuwe cliënten."},
    {"capacity", "unit",
     "Work the place can do in the month; at places of ongoing care, the clients it can have in care.",
     "Werk dat de plek in de maand kan doen."},
    {"served", "unit", "Work done from the waiting list; at places of ongoing care, clients admitted.",
     "Geleverd werk; bij doorlopende zorg de opgenomen cliënten."},
    {"abandoned", "unit", "Work that left the waiting list unserved (people gave up or went elsewhere).",
     "Werk dat onbediend van de wachtlijst verdween."},
    {"waiting", "unit", "Work waiting at the end of the month.", "Wachtend werk aan het eind van de maand."},
    {"wait_mean", "months", "Mean months waited by what was served.", "Gemiddelde wachttijd van wie geholpen werd."},
    {"wait_p90", "months", "90th percentile of the months waited by what was served.",
     "90e percentiel van de wachttijd van wie geholpen werd."},
    {"within_norm", "share", "Share served within the place's norm (Treeknorm or legal term).",
     "Aandeel binnen de norm geholpen (Treeknorm of wettelijke termijn)."},
    {"wrong_place_share", "share", "Share of the questions entering here that belong at another place.",
     "Aandeel van de hier binnenkomende vragen dat op een andere plek thuishoort."},
    {"in_care", "unit", "Places of ongoing care: clients in care at the end of the month; other places: work served.",
     "Plekken met doorlopende zorg: cliënten in zorg aan het eind van de maand; andere plekken: geleverd werk."},
    {"fte", "FTE", "FTE of the place's profession in the municipality.", "Fte van de beroepsgroep van de plek."},
}};

inline constexpr std::array<MeasureSpec, n_profession_measures> profession_measures = {{
    {"fte", "FTE", "FTE available at the end of the month.", "Beschikbare fte aan het eind van de maand."},
    {"fte_required", "FTE", "FTE needed to serve the month's demand at the start-up productivity.",
     "Fte nodig voor de vraag van de maand."},
    {"shortage_fte", "FTE", "Required minus available FTE, when positive.", "Tekort in fte."},
    {"shortage_share", "share", "Shortage as a share of the required FTE.", "Tekort als aandeel van de benodigde fte."},
    {"inflow", "FTE", "FTE entering from education in the month.", "Instroom uit opleidingen."},
    {"turnover", "FTE", "FTE leaving for other sectors in the month.", "Uitstroom naar andere sectoren."},
    {"retirement", "FTE", "FTE retiring in the month.", "Pensionering."},
}};

}  // namespace regiotwin
