#include "regiobeeld/themes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "io/yaml.hpp"

namespace regiotwin {
namespace {

// The names a series may be given in, for error messages and for lookup.
template <typename Names>
std::optional<std::size_t> index_of(const Names& names, std::string_view name) {
  const auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) return std::nullopt;
  return static_cast<std::size_t>(it - names.begin());
}

template <typename Names>
std::string listed(const Names& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

// Measures whose region value is the sum of the municipalities'.
constexpr std::array additive_place_measures = {
    PlaceMeasure::questions, PlaceMeasure::demand,  PlaceMeasure::capacity, PlaceMeasure::served,
    PlaceMeasure::abandoned, PlaceMeasure::waiting, PlaceMeasure::in_care,  PlaceMeasure::fte};
constexpr std::array additive_profession_measures = {ProfessionMeasure::fte,          ProfessionMeasure::fte_required,
                                                     ProfessionMeasure::shortage_fte, ProfessionMeasure::inflow,
                                                     ProfessionMeasure::turnover,     ProfessionMeasure::retirement};

class Reader {
 public:
  explicit Reader(std::string file) : file_(std::move(file)) {}

  [[nodiscard]] ThemeConfig config(const YAML::Node& root) const {
    reject_unknown_keys(root, {"years", "themes"}, file_);
    ThemeConfig c;
    c.years = years(root["years"]);
    const YAML::Node list = root["themes"];
    if (!list || !list.IsSequence() || list.size() == 0) {
      throw ValidationError(where(file_, root, "themes"), "expected a list of themes");
    }
    std::set<std::string> ids;
    for (const YAML::Node& node : list) {
      Theme t = theme(node);
      if (!ids.insert(t.id).second) throw ValidationError(where(file_, node["id"], "id"), "theme id used twice");
      c.themes.push_back(std::move(t));
    }
    return c;
  }

 private:
  [[nodiscard]] std::vector<int> years(const YAML::Node& node) const {
    if (!node || !node.IsSequence()) throw ValidationError(where(file_, node, "years"), "expected a list of years");
    std::vector<int> out;
    for (const YAML::Node& y : node) {
      const double value = yaml_number(y, file_, "years");
      if (value < 2000 || value > 2100 || value != static_cast<int>(value)) {
        throw ValidationError(where(file_, y, "years"), "expected a calendar year between 2000 and 2100");
      }
      if (!out.empty() && value <= out.back()) throw ValidationError(where(file_, y, "years"), "expected rising years");
      out.push_back(static_cast<int>(value));
    }
    return out;
  }

  [[nodiscard]] Text text(const YAML::Node& map, std::string_view key) const {
    const YAML::Node node = map[std::string(key)];
    if (!node || !node.IsMap()) {
      throw ValidationError(where(file_, node ? node : map, key),
                            "expected a text in Dutch and English: {nl: ..., en: ...}");
    }
    reject_unknown_keys(node, {"nl", "en"}, file_);
    return {required_string(node, "nl", file_), required_string(node, "en", file_)};
  }

  [[nodiscard]] SeriesRef series(const YAML::Node& map, std::string_view key) const {
    const std::string name = required_string(map, key, file_);
    const auto fail = [&](const std::string& what) {
      throw ValidationError(where(file_, map[std::string(key)], key), what);
    };
    SeriesRef r;
    r.name = name;
    const auto first = name.find('/');
    const std::string kind = name.substr(0, first);
    const std::string rest = first == std::string::npos ? std::string{} : name.substr(first + 1);
    const auto second = rest.find('/');
    const std::string subject = rest.substr(0, second);
    const std::string measure = second == std::string::npos ? std::string{} : rest.substr(second + 1);
    if (kind == "indicator") {
      const auto& dictionary = indicator_dictionary();
      const auto* const it =
          std::find_if(dictionary.begin(), dictionary.end(), [&](const auto& s) { return s.name == rest; });
      if (it == dictionary.end()) fail(fmt::format("unknown indicator '{}' (see docs/indicators.md)", rest));
      if (it->aggregation != Aggregation::sum)
        fail(fmt::format("indicator '{}' does not add up over municipalities", rest));
      r.indicator = it->id;
      return r;
    }
    if (kind == "place") {
      r.kind = SeriesRef::Kind::place;
      const auto p = index_of(place_names, subject);
      if (!p) fail(fmt::format("unknown place '{}'; expected one of {}", subject, listed(place_names)));
      r.place = static_cast<Place>(*p);
      const auto* const m =
          std::find_if(additive_place_measures.begin(), additive_place_measures.end(),
                       [&](PlaceMeasure k) { return place_measures[static_cast<std::size_t>(k)].name == measure; });
      if (m == additive_place_measures.end()) {
        fail(
            fmt::format("place measure '{}' is not one that adds up over municipalities (questions, demand, capacity, "
                        "served, abandoned, waiting, in_care, fte)",
                        measure));
      }
      r.place_measure = *m;
      return r;
    }
    if (kind == "profession") {
      r.kind = SeriesRef::Kind::profession;
      const auto p = index_of(profession_names, subject);
      if (!p) fail(fmt::format("unknown profession '{}'; expected one of {}", subject, listed(profession_names)));
      r.profession = static_cast<Profession>(*p);
      const auto* const m = std::find_if(
          additive_profession_measures.begin(), additive_profession_measures.end(),
          [&](ProfessionMeasure k) { return profession_measures[static_cast<std::size_t>(k)].name == measure; });
      if (m == additive_profession_measures.end()) {
        fail(
            fmt::format("profession measure '{}' is not one that adds up over municipalities (fte, fte_required, "
                        "shortage_fte, inflow, turnover, retirement)",
                        measure));
      }
      r.profession_measure = *m;
      return r;
    }
    fail(fmt::format(
        "expected indicator/<name>, place/<place>/<measure> or profession/<profession>/<measure>, got '{}'", name));
    return r;
  }

  [[nodiscard]] ThemeIndicator indicator(const YAML::Node& node) const {
    reject_unknown_keys(node, {"id", "title", "unit", "decimals", "value", "per", "scale", "over_year", "source"},
                        file_);
    ThemeIndicator i;
    i.id = required_string(node, "id", file_);
    i.title = text(node, "title");
    i.unit = text(node, "unit");
    i.source = text(node, "source");
    i.value = series(node, "value");
    if (node["per"]) i.per = series(node, "per");
    if (node["scale"]) {
      i.scale = yaml_number(node["scale"], file_, "scale");
      if (i.scale <= 0.0) throw ValidationError(where(file_, node["scale"], "scale"), "expected a number above 0");
    }
    if (node["decimals"]) {
      const double d = yaml_number(node["decimals"], file_, "decimals");
      if (d < 0 || d > 6 || d != static_cast<int>(d)) {
        throw ValidationError(where(file_, node["decimals"], "decimals"), "expected a whole number from 0 to 6");
      }
      i.decimals = static_cast<int>(d);
    }
    const std::string over = optional_string(node, "over_year", file_);
    if (over == "sum") {
      i.over_year = YearValue::sum;
    } else if (over == "last") {
      i.over_year = YearValue::last;
    } else if (!over.empty() && over != "mean") {
      throw ValidationError(where(file_, node["over_year"], "over_year"), "expected mean, sum or last");
    }
    return i;
  }

  [[nodiscard]] KnelpuntComponent component(const YAML::Node& node) const {
    const std::string name = node.IsScalar() ? node.Scalar() : std::string{};
    const auto slash = name.find('/');
    const std::string kind = name.substr(0, slash);
    const std::string subject = slash == std::string::npos ? std::string{} : name.substr(slash + 1);
    KnelpuntComponent c;
    c.id = name;
    if (kind == "place") {
      const auto p = index_of(place_names, subject);
      if (p) {
        c.place = static_cast<Place>(*p);
        return c;
      }
    } else if (kind == "profession") {
      const auto p = index_of(profession_names, subject);
      if (p) {
        c.is_place = false;
        c.profession = static_cast<Profession>(*p);
        return c;
      }
    }
    throw ValidationError(where(file_, node, "knelpunt"),
                          fmt::format("expected place/<place> ({}) or profession/<profession> ({}), got '{}'",
                                      listed(place_names), listed(profession_names), name));
  }

  [[nodiscard]] Theme theme(const YAML::Node& node) const {
    reject_unknown_keys(node, {"id", "title", "description", "indicators", "knelpunt", "knelpunt_indicators", "charts"},
                        file_);
    Theme t;
    t.id = required_string(node, "id", file_);
    t.title = text(node, "title");
    t.description = text(node, "description");
    const YAML::Node list = node["indicators"];
    if (!list || !list.IsSequence() || list.size() == 0) {
      throw ValidationError(where(file_, node, "indicators"), "expected a list of indicators");
    }
    for (const YAML::Node& i : list) t.indicators.push_back(indicator(i));
    const YAML::Node parts = node["knelpunt"];
    if (!parts || !parts.IsSequence() || parts.size() == 0) {
      throw ValidationError(where(file_, node, "knelpunt"), "expected a list of places and professions");
    }
    for (const YAML::Node& c : parts) t.knelpunt.push_back(component(c));
    if (const YAML::Node behind = node["knelpunt_indicators"]) {
      for (const YAML::Node& id : behind) {
        const std::string name = id.IsScalar() ? id.Scalar() : std::string{};
        const bool known = std::any_of(t.indicators.begin(), t.indicators.end(),
                                       [&](const ThemeIndicator& i) { return i.id == name; });
        if (!known) {
          throw ValidationError(where(file_, id, "knelpunt_indicators"),
                                fmt::format("'{}' is not an indicator of theme '{}'", name, t.id));
        }
        t.knelpunt_indicators.push_back(name);
      }
    }
    if (const YAML::Node charts = node["charts"]) {
      for (const YAML::Node& chart : charts) {
        const std::string kind = chart.IsScalar() ? chart.Scalar() : std::string{};
        if (!index_of(chart_kinds, kind)) {
          throw ValidationError(where(file_, chart, "charts"),
                                fmt::format("unknown chart '{}'; expected one of {}", kind, listed(chart_kinds)));
        }
        t.charts.push_back(kind);
      }
    }
    return t;
  }

  std::string file_;
};

}  // namespace

ThemeConfig load_themes(const std::filesystem::path& file) {
  return Reader(file.string()).config(load_yaml_file(file));
}

}  // namespace regiotwin
