#pragma once
// Whole-run results compared bit for bit, for the tests that claim "changes nothing" or "the same at
// any thread count".
#include <cstring>

#include "sim/result.hpp"

namespace regiotwin::testing_support {

inline bool same_bits(double x, double y) { return std::memcmp(&x, &y, sizeof x) == 0; }

// Indicators, place, profession and money measures and question flows, bit for bit.
inline bool bit_identical(const SimulationResult& a, const SimulationResult& b) {
  for (int month = 0; month < a.months(); ++month) {
    for (std::size_t m = 0; m < a.municipality_count(); ++m) {
      for (std::size_t i = 0; i < n_indicators; ++i) {
        const auto indicator = static_cast<Indicator>(i);
        if (!same_bits(a.at(month, m, indicator), b.at(month, m, indicator))) return false;
      }
      for (std::size_t p = 0; p < n_places; ++p) {
        for (std::size_t k = 0; k < n_place_measures; ++k) {
          const auto place = static_cast<Place>(p);
          const auto measure = static_cast<PlaceMeasure>(k);
          if (!same_bits(a.place(month, m, place, measure), b.place(month, m, place, measure))) return false;
        }
      }
      for (std::size_t r = 0; r < n_professions; ++r) {
        for (std::size_t k = 0; k < n_profession_measures; ++k) {
          const auto profession = static_cast<Profession>(r);
          const auto measure = static_cast<ProfessionMeasure>(k);
          if (!same_bits(a.profession(month, m, profession, measure), b.profession(month, m, profession, measure))) {
            return false;
          }
        }
      }
      for (std::size_t p = 0; p < n_payers; ++p) {
        for (std::size_t l = 0; l < n_cost_lines; ++l) {
          const auto payer = static_cast<Payer>(p);
          const auto line = static_cast<CostLine>(l);
          if (!same_bits(a.cost(month, m, payer, line), b.cost(month, m, payer, line))) return false;
        }
      }
    }
  }
  for (int year = 0; year < a.years(); ++year) {
    for (std::size_t m = 0; m < a.municipality_count(); ++m) {
      for (std::size_t t = 0; t < n_question_types; ++t) {
        for (std::size_t e = 0; e < n_places; ++e) {
          for (std::size_t o = 0; o < SimulationResult::n_final_places; ++o) {
            const auto type = static_cast<QuestionType>(t);
            const auto entry = static_cast<Place>(e);
            if (!same_bits(a.flow(year, m, type, entry, o), b.flow(year, m, type, entry, o))) return false;
          }
        }
      }
    }
  }
  return true;
}

}  // namespace regiotwin::testing_support
