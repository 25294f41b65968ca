#pragma once
// The vocabulary of the care engine (model.md §3-4): the types of help question a resident
// raises, the places that answer them, and the professions that staff those places.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace regiotwin {

enum class QuestionType : std::uint8_t {
  medical,          // illness, symptoms
  social,           // loneliness, money, housing, relations
  mental_mild,      // stress, mild anxiety
  mental_severe,    // severe disorders
  support_at_home,  // household help, aids (Wmo)
  home_nursing,     // wijkverpleging (Zvw)
  youth,            // youth support (Jeugdwet)
  long_term_care,   // nursing home (Wlz)
  work_income,      // Participatiewet
};
inline constexpr std::size_t n_question_types = 9;
inline constexpr std::array<std::string_view, n_question_types> question_type_names = {
    "medical",      "social", "mental_mild",    "mental_severe", "support_at_home",
    "home_nursing", "youth",  "long_term_care", "work_income"};

enum class Place : std::uint8_t {
  gp,                // huisarts
  poh_ggz,           // praktijkondersteuner GGZ at the GP practice
  wijkteam,          // the municipality's neighbourhood team
  welzijn,           // welfare work and volunteers
  basic_ggz,         // generalistische basis-GGZ
  specialist_ggz,    // gespecialiseerde GGZ
  wijkverpleging,    // district nursing
  wmo_provider,      // Wmo providers (household help, support)
  youth_care,        // jeugdhulp providers
  wlz_provider,      // nursing homes (Wlz)
  work_income_desk,  // the municipality's work and income service
};
inline constexpr std::size_t n_places = 11;
inline constexpr std::array<std::string_view, n_places> place_names = {
    "gp",           "poh_ggz",    "wijkteam",     "welzijn",         "basic_ggz", "specialist_ggz", "wijkverpleging",
    "wmo_provider", "youth_care", "wlz_provider", "work_income_desk"};
inline constexpr std::array<std::string_view, n_places> place_names_nl = {"huisarts",       "POH-GGZ",
                                                                          "wijkteam",       "welzijn",
                                                                          "basis-GGZ",      "specialistische GGZ",
                                                                          "wijkverpleging", "Wmo-aanbieders",
                                                                          "jeugdhulp",      "verpleeghuis (Wlz)",
                                                                          "werk en inkomen"};

enum class Profession : std::uint8_t {
  gp,                // huisarts
  poh_ggz,           // praktijkondersteuner GGZ
  district_nurse,    // wijkverpleegkundige
  ggz_professional,  // psycholoog, psychiater, GGZ-verpleegkundige
  wijkteam_worker,   // wijkteammedewerker
  welfare_worker,    // welzijnswerker
  youth_worker,      // jeugdhulpverlener
  ltc_carer,         // verzorgende in de langdurige zorg
};
inline constexpr std::size_t n_professions = 8;
inline constexpr std::array<std::string_view, n_professions> profession_names = {
    "gp",           "poh_ggz",  "district_nurse", "ggz_professional", "wijkteam_worker", "welfare_worker",
    "youth_worker", "ltc_carer"};

// The need a place of ongoing care serves: it holds its clients in care (counted in client-months)
// until the need ends. The other places answer questions in contacts.
constexpr std::optional<QuestionType> ongoing_need(Place place) {
  switch (place) {
    case Place::specialist_ggz: return QuestionType::mental_severe;
    case Place::wijkverpleging: return QuestionType::home_nursing;
    case Place::wmo_provider: return QuestionType::support_at_home;
    case Place::youth_care: return QuestionType::youth;
    case Place::wlz_provider: return QuestionType::long_term_care;
    default: return std::nullopt;
  }
}

// Whether a question type is a need for ongoing care (client-months while the person has it).
constexpr bool is_ongoing(QuestionType type) {
  for (std::size_t p = 0; p < n_places; ++p) {
    if (ongoing_need(static_cast<Place>(p)) == type) return true;
  }
  return false;
}

constexpr std::string_view place_unit(Place place) { return ongoing_need(place) ? "client-months" : "contacts"; }

}  // namespace regiotwin
