#pragma once
// The names readers see for places, professions, payers and parties, in Dutch and English; said
// once here for the report, the workbook and the regiobeeld document.
#include <cstddef>
#include <string_view>

#include "care/care_types.hpp"
#include "regiobeeld/themes.hpp"

namespace regiotwin {

Text place_title(Place place);
Text place_unit_text(Place place);  // contacts, or clients for places of ongoing care
Text profession_title(Profession profession);
Text payer_title(std::size_t payer_or_total);  // n_payers: all payers together
Text party_title(std::string_view party);

}  // namespace regiotwin
