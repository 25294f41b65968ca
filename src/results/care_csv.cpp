#include "results/care_csv.hpp"

#include <fmt/format.h>

#include <iterator>

namespace regiotwin {

std::string places_csv(const SimulationResult& result) {
  fmt::memory_buffer out;
  fmt::format_to(std::back_inserter(out), "month,gm_code,place,measure,value,unit\n");
  for (int month = 0; month < result.months(); ++month) {
    const std::string label = result.from().plus(month).str();
    for (std::size_t m = 0; m < result.municipality_count(); ++m) {
      for (std::size_t p = 0; p < n_places; ++p) {
        for (std::size_t k = 0; k < n_place_measures; ++k) {
          const MeasureSpec& s = place_measures[k];
          const std::string_view unit = s.unit == "unit" ? place_unit(static_cast<Place>(p)) : s.unit;
          fmt::format_to(std::back_inserter(out), "{},{},{},{},{},{}\n", label, result.municipality_codes()[m],
                         place_names[p], s.name,
                         result.place(month, m, static_cast<Place>(p), static_cast<PlaceMeasure>(k)), unit);
        }
      }
    }
  }
  return fmt::to_string(out);
}

std::string workforce_csv(const SimulationResult& result) {
  fmt::memory_buffer out;
  fmt::format_to(std::back_inserter(out), "month,gm_code,profession,measure,value,unit\n");
  for (int month = 0; month < result.months(); ++month) {
    const std::string label = result.from().plus(month).str();
    for (std::size_t m = 0; m < result.municipality_count(); ++m) {
      for (std::size_t p = 0; p < n_professions; ++p) {
        for (std::size_t k = 0; k < n_profession_measures; ++k) {
          fmt::format_to(std::back_inserter(out), "{},{},{},{},{},{}\n", label, result.municipality_codes()[m],
                         profession_names[p], profession_measures[k].name,
                         result.profession(month, m, static_cast<Profession>(p), static_cast<ProfessionMeasure>(k)),
                         profession_measures[k].unit);
        }
      }
    }
  }
  return fmt::to_string(out);
}

std::string flows_csv(const SimulationResult& result) {
  fmt::memory_buffer out;
  fmt::format_to(std::back_inserter(out), "year,gm_code,question_type,entry_place,final_place,questions\n");
  for (int year = 0; year < result.years(); ++year) {
    for (std::size_t m = 0; m < result.municipality_count(); ++m) {
      for (std::size_t t = 0; t < n_question_types; ++t) {
        for (std::size_t entry = 0; entry < n_places; ++entry) {
          for (std::size_t final_place = 0; final_place < SimulationResult::n_final_places; ++final_place) {
            const double questions =
                result.flow(year, m, static_cast<QuestionType>(t), static_cast<Place>(entry), final_place);
            if (questions == 0.0) continue;  // most paths are never taken
            const std::string_view to = final_place < n_places ? place_names[final_place] : "unresolved";
            fmt::format_to(std::back_inserter(out), "{},{},{},{},{},{}\n", result.from().year() + year,
                           result.municipality_codes()[m], question_type_names[t], place_names[entry], to, questions);
          }
        }
      }
    }
  }
  return fmt::to_string(out);
}

std::string costs_csv(const SimulationResult& result) {
  fmt::memory_buffer out;
  fmt::format_to(std::back_inserter(out), "month,gm_code,payer,line,value,unit\n");
  for (int month = 0; month < result.months(); ++month) {
    const std::string label = result.from().plus(month).str();
    for (std::size_t m = 0; m < result.municipality_count(); ++m) {
      for (std::size_t p = 0; p < n_payers; ++p) {
        for (std::size_t line = 0; line < n_cost_lines; ++line) {
          const auto payer = static_cast<Payer>(p);
          const auto cost_line = static_cast<CostLine>(line);
          const double value = result.cost(month, m, payer, cost_line);
          if (value == 0.0) continue;  // most payers pay for one or two lines
          fmt::format_to(std::back_inserter(out), "{},{},{},{},{},EUR\n", label, result.municipality_codes()[m],
                         payer_name(payer), cost_line_name(cost_line), value);
        }
      }
    }
  }
  return fmt::to_string(out);
}

}  // namespace regiotwin
