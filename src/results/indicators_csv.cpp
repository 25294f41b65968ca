#include "results/indicators_csv.hpp"

#include <fmt/format.h>

namespace regiotwin {

std::string indicators_csv(const SimulationResult& result) {
  fmt::memory_buffer out;
  fmt::format_to(std::back_inserter(out), "month,gm_code,indicator,value,unit\n");
  for (int month = 0; month < result.months(); ++month) {
    const std::string label = result.from().plus(month).str();
    for (std::size_t m = 0; m < result.municipality_count(); ++m) {
      for (const IndicatorSpec& s : indicator_dictionary()) {
        fmt::format_to(std::back_inserter(out), "{},{},{},{},{}\n", label, result.municipality_codes()[m], s.name,
                       result.at(month, m, s.id), s.unit);
      }
    }
  }
  return fmt::to_string(out);
}

}  // namespace regiotwin
