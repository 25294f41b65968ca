#pragma once
// The interventions a regioplan can hold (model.md §6), declared once: each type with its fields,
// their units and ranges. The scenario parser validates against these declarations and
// docs/scenarios.md is generated from them, so the file format and its documentation cannot drift.
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace regiotwin {

enum class InterventionType : std::uint8_t {
  prevention,       // incidence of a state -x% in a target group, after a lag
  social_base,      // extra welfare or wijkteam capacity
  referral,         // route question type T from place A to B with probability p
  ehealth,          // a share of contacts becomes digital, using less time
  admin_reduction,  // contacts per FTE +x% for a profession
  retention,        // turnover -x% for a profession
  housing_elderly,  // Wlz admissions -x%, more home nursing
  capacity,         // add FTE to a profession
};
inline constexpr std::size_t n_intervention_types = 8;

// The parties of a regional agreement: who does an intervention (its owner).
enum class Party : std::uint8_t {
  gemeente,
  zorgverzekeraar,
  zorgkantoor,
  huisartsen,
  ggz_aanbieder,
  vvt_aanbieder,  // verpleging, verzorging en thuiszorg
  welzijnsorganisatie,
  jeugdhulpaanbieder,
  rijk,
};
inline constexpr std::size_t n_parties = 9;
inline constexpr std::array<std::string_view, n_parties> party_names = {
    "gemeente",      "zorgverzekeraar",     "zorgkantoor",        "huisartsen", "ggz_aanbieder",
    "vvt_aanbieder", "welzijnsorganisatie", "jeugdhulpaanbieder", "rijk"};

// What a field holds, which decides how it is read and checked.
enum class FieldKind : std::uint8_t {
  number,          // a number in `unit` within [min, max]
  whole_number,    // a whole number within [min, max]
  month,           // YYYY-MM
  text,            // free text
  party,           // one of party_names
  payer,           // one of the payers (finance/ledger.hpp)
  state,           // a person state a prevention can act on
  place,           // one of the places (care/care_types.hpp)
  profession,      // one of the professions
  question_type,   // one of the question types
  municipalities,  // a list of CBS municipality codes of the region
  age_bands,       // a list of age bands such as 18-64 or 75+
};

struct FieldSpec {
  std::string_view name;
  FieldKind kind;
  std::string_view unit;  // for numbers
  double min = 0.0;
  double max = 0.0;
  bool required = true;
  std::optional<double> default_value;  // numbers only
  std::string_view description;
  std::string_view only = {};  // for names: the allowed ones, comma-separated, when not all are
};

struct InterventionSpec {
  InterventionType type;
  std::string_view name;
  std::string_view description;
  std::span<const FieldSpec> fields;  // the type's own fields, beside the common ones
};

// The fields every intervention has.
std::span<const FieldSpec> common_intervention_fields();
// The fields of `targets`.
std::span<const FieldSpec> target_fields();
const InterventionSpec& intervention_spec(InterventionType type);
std::optional<InterventionType> intervention_type_named(std::string_view name);
const FieldSpec* find_field(std::span<const FieldSpec> fields, std::string_view name);

// The person states a prevention can lower the incidence of: those that begin by incidence.
inline constexpr std::array<std::string_view, 6> preventable_states = {"chronic", "mental",    "frailty",
                                                                       "lonely",  "financial", "youth_care"};

// docs/scenarios.md, generated from the declarations (a test keeps the committed file current).
std::string render_scenario_reference();

}  // namespace regiotwin
