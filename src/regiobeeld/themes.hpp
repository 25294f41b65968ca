#pragma once
// The regiobeeld's themes as configuration (data/themes.yaml, docs/regiobeeld.md): which indicators
// each IZA theme shows and which places and professions its knelpunt score weighs. Adding a theme
// (the AZWA's social-domain themes, say) is an edit of that file, not of code.
#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "care/care_measures.hpp"
#include "care/care_types.hpp"
#include "core/indicators.hpp"

namespace regiotwin {

struct Text {
  std::string nl;
  std::string en;
};

// A monthly series of the run, named as in comparison.csv: indicator/<name>, place/<place>/<measure>
// or profession/<profession>/<measure>. Only measures that add up over municipalities are allowed,
// so that a region's value is the sum of its municipalities'.
struct SeriesRef {
  enum class Kind { indicator, place, profession };
  Kind kind = Kind::indicator;
  Indicator indicator = Indicator::population;
  Place place = Place::gp;
  PlaceMeasure place_measure = PlaceMeasure::demand;
  Profession profession = Profession::gp;
  ProfessionMeasure profession_measure = ProfessionMeasure::fte;
  std::string name;
};

// How a year's figure comes from its months.
enum class YearValue { mean, sum, last };

struct ThemeIndicator {
  std::string id;
  Text title;
  Text unit;
  int decimals = 0;
  SeriesRef value;
  std::optional<SeriesRef> per;  // shown as value / per x scale
  double scale = 1.0;
  YearValue over_year = YearValue::mean;
  Text source;
};

// A place's load is its demand over its capacity; a profession's, FTE required over FTE available.
struct KnelpuntComponent {
  std::string id;  // place/<place> or profession/<profession>
  bool is_place = true;
  Place place = Place::gp;
  Profession profession = Profession::gp;
};

struct Theme {
  std::string id;
  Text title;
  Text description;
  std::vector<ThemeIndicator> indicators;
  std::vector<KnelpuntComponent> knelpunt;
  std::vector<std::string> knelpunt_indicators;  // ids of this theme's indicators behind its knelpunt
  std::vector<std::string> charts;               // of chart_kinds, drawn in the theme's section
};

// The charts a theme may show: the population pyramid, its knelpunt's loads, demand against
// capacity and waiting at its places, FTE shortage of its professions, the flow of questions.
inline constexpr std::array<std::string_view, 6> chart_kinds = {"pyramid", "knelpunt",  "capacity",
                                                                "waiting", "workforce", "flows"};

struct ThemeConfig {
  std::vector<int> years;  // horizons shown besides the start year
  std::vector<Theme> themes;
};

// Throws ValidationError naming file, line and field for anything it cannot use.
ThemeConfig load_themes(const std::filesystem::path& file);

}  // namespace regiotwin
