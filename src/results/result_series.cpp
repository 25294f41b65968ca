#include "results/result_series.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "core/csv_field.hpp"

namespace regiotwin {

namespace {

template <typename Value>
StoredSeries monthly(const SimulationResult& result, std::string table, std::string area, std::string_view key,
                     std::string_view measure, std::string_view unit, const Value& value) {
  StoredSeries s{std::move(table),  std::move(area),     std::string(key),     std::string(measure),
                 std::string(unit), result.from().str(), std::vector<double>()};
  s.values.reserve(static_cast<std::size_t>(result.months()));
  for (int month = 0; month < result.months(); ++month) s.values.push_back(value(month));
  return s;
}

}  // namespace

std::vector<StoredSeries> series_of_result(const SimulationResult& result, const std::string& region_id) {
  std::vector<StoredSeries> out;
  const std::vector<std::string>& codes = result.municipality_codes();
  for (std::size_t m = 0; m < codes.size(); ++m) {
    for (const IndicatorSpec& s : indicator_dictionary()) {
      out.push_back(monthly(result, "indicator", codes[m], s.name, "", s.unit,
                            [&](int month) { return result.at(month, m, s.id); }));
    }
  }
  for (const IndicatorSpec& s : indicator_dictionary()) {
    out.push_back(monthly(result, "indicator", region_id, s.name, "", s.unit,
                          [&](int month) { return result.region(month, s.id); }));
  }
  for (std::size_t m = 0; m < codes.size(); ++m) {
    for (std::size_t p = 0; p < n_places; ++p) {
      const auto place = static_cast<Place>(p);
      for (std::size_t k = 0; k < n_place_measures; ++k) {
        const MeasureSpec& s = place_measures[k];
        out.push_back(monthly(result, "place", codes[m], place_names[p], s.name,
                              s.unit == "unit" ? place_unit(place) : s.unit,
                              [&](int month) { return result.place(month, m, place, static_cast<PlaceMeasure>(k)); }));
      }
    }
  }
  for (std::size_t m = 0; m < codes.size(); ++m) {
    for (std::size_t p = 0; p < n_professions; ++p) {
      for (std::size_t k = 0; k < n_profession_measures; ++k) {
        out.push_back(monthly(result, "workforce", codes[m], profession_names[p], profession_measures[k].name,
                              profession_measures[k].unit, [&](int month) {
                                return result.profession(month, m, static_cast<Profession>(p),
                                                         static_cast<ProfessionMeasure>(k));
                              }));
      }
    }
  }
  for (std::size_t m = 0; m < codes.size(); ++m) {
    for (std::size_t p = 0; p < n_payers; ++p) {
      for (std::size_t line = 0; line < n_cost_lines; ++line) {
        const auto payer = static_cast<Payer>(p);
        const auto cost_line = static_cast<CostLine>(line);
        StoredSeries s = monthly(result, "cost", codes[m], payer_name(payer), cost_line_name(cost_line), "EUR",
                                 [&](int month) { return result.cost(month, m, payer, cost_line); });
        if (std::ranges::all_of(s.values, [](double v) { return v == 0.0; })) continue;  // most lines, most payers
        out.push_back(std::move(s));
      }
    }
  }
  return out;
}

std::string tidy_csv(const std::vector<StoredSeries>& series) {
  fmt::memory_buffer out;
  fmt::format_to(std::back_inserter(out), "table,area,key,measure,month,value,unit\n");
  for (const StoredSeries& s : series) {
    const YearMonth first = YearMonth::parse(s.first_month, "first month of a stored series");
    const std::string head =
        fmt::format("{},{},{},{},", csv_field(s.table), csv_field(s.area), csv_field(s.key), csv_field(s.measure));
    const std::string unit = csv_field(s.unit);
    for (std::size_t i = 0; i < s.values.size(); ++i) {
      fmt::format_to(std::back_inserter(out), "{}{},{},{}\n", head, first.plus(static_cast<int>(i)).str(), s.values[i],
                     unit);
    }
  }
  return fmt::to_string(out);
}

}  // namespace regiotwin
