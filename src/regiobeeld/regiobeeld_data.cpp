#include "regiobeeld/regiobeeld_data.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "plan/business_case.hpp"
#include "regiobeeld/knelpunt.hpp"
#include "regiobeeld/labels.hpp"

namespace regiotwin {
namespace {

using nlohmann::json;

json text(const Text& t) { return {{"nl", t.nl}, {"en", t.en}}; }

// An area is one municipality (its index) or the whole region.
constexpr std::size_t whole_region = static_cast<std::size_t>(-1);

// The run's months by calendar year.
class Calendar {
 public:
  explicit Calendar(const SimulationResult& r) : first_year_(r.from().year()) {
    for (int m = 0; m < r.months(); ++m) {
      const auto y = static_cast<std::size_t>(r.from().plus(m).year() - first_year_);
      if (y == months_.size()) months_.emplace_back();
      months_[y].push_back(m);
    }
  }
  [[nodiscard]] const std::vector<int>& months(int year) const {
    return months_[static_cast<std::size_t>(year - first_year_)];
  }
  [[nodiscard]] int first_year() const { return first_year_; }
  [[nodiscard]] int last_year() const { return first_year_ + static_cast<int>(months_.size()) - 1; }
  [[nodiscard]] std::vector<int> all_years() const {
    std::vector<int> out(months_.size());
    std::iota(out.begin(), out.end(), first_year_);
    return out;
  }

 private:
  int first_year_;
  std::vector<std::vector<int>> months_;
};

class Figures {
 public:
  Figures(const SimulationResult& r, const Calendar& calendar) : r_(r), calendar_(calendar) {}

  [[nodiscard]] double place(int month, std::size_t area, Place p, PlaceMeasure k) const {
    return over_area(area, [&](std::size_t g) { return r_.place(month, g, p, k); });
  }
  [[nodiscard]] double profession(int month, std::size_t area, Profession p, ProfessionMeasure k) const {
    return over_area(area, [&](std::size_t g) { return r_.profession(month, g, p, k); });
  }
  [[nodiscard]] double series(const SeriesRef& s, int month, std::size_t area) const {
    switch (s.kind) {
      case SeriesRef::Kind::indicator:
        return area == whole_region ? r_.region(month, s.indicator) : r_.at(month, area, s.indicator);
      case SeriesRef::Kind::place: return place(month, area, s.place, s.place_measure);
      case SeriesRef::Kind::profession: return profession(month, area, s.profession, s.profession_measure);
    }
    return 0.0;
  }
  template <typename MonthValue>
  [[nodiscard]] double over_year(int year, YearValue how, MonthValue value) const {
    const std::vector<int>& months = calendar_.months(year);
    if (how == YearValue::last) return value(months.back());
    double sum = 0.0;
    for (const int m : months) sum += value(m);
    return how == YearValue::sum ? sum : sum / static_cast<double>(months.size());
  }

  [[nodiscard]] double indicator(const ThemeIndicator& i, int year, std::size_t area) const {
    const double value = over_year(year, i.over_year, [&](int m) { return series(i.value, m, area); });
    if (!i.per) return value * i.scale;
    const double per = over_year(year, i.over_year, [&](int m) { return series(*i.per, m, area); });
    return per != 0.0 ? value / per * i.scale : 0.0;
  }

  // Demand over capacity in a year: contacts asked over contacts possible (monthly means); at places
  // of ongoing care, clients in care or waiting over client places in December; for a profession,
  // FTE required over FTE available (monthly means).
  [[nodiscard]] double load(const KnelpuntComponent& c, int year, std::size_t area) const {
    const auto ratio = [](double demand, double capacity) { return capacity > 0.0 ? demand / capacity : 0.0; };
    if (!c.is_place) {
      const auto mean = [&](ProfessionMeasure k) {
        return over_year(year, YearValue::mean, [&](int m) { return profession(m, area, c.profession, k); });
      };
      return ratio(mean(ProfessionMeasure::fte_required), mean(ProfessionMeasure::fte));
    }
    return ratio(place_demand(c.place, year, area), place_capacity(c.place, year, area));
  }
  [[nodiscard]] double place_demand(Place p, int year, std::size_t area) const {
    if (ongoing_need(p)) {
      const int m = calendar_.months(year).back();
      return place(m, area, p, PlaceMeasure::in_care) + place(m, area, p, PlaceMeasure::waiting);
    }
    return over_year(year, YearValue::mean, [&](int m) { return place(m, area, p, PlaceMeasure::demand); });
  }
  // The share served within the norm over the year, weighted by what was served.
  [[nodiscard]] double within_norm(Place p, int year, std::size_t area) const {
    double served = 0.0;
    double within = 0.0;
    for (const int m : calendar_.months(year)) {
      served += place(m, area, p, PlaceMeasure::served);
      within += over_area(area, [&](std::size_t g) {
        return r_.place(m, g, p, PlaceMeasure::served) * r_.place(m, g, p, PlaceMeasure::within_norm);
      });
    }
    return served > 0.0 ? within / served : 1.0;
  }
  [[nodiscard]] double place_capacity(Place p, int year, std::size_t area) const {
    return over_year(year, ongoing_need(p) ? YearValue::last : YearValue::mean,
                     [&](int m) { return place(m, area, p, PlaceMeasure::capacity); });
  }

 private:
  template <typename Value>
  [[nodiscard]] double over_area(std::size_t area, Value value) const {
    if (area != whole_region) return value(area);
    double sum = 0.0;
    for (std::size_t g = 0; g < r_.municipality_count(); ++g) sum += value(g);
    return sum;
  }
  const SimulationResult& r_;
  const Calendar& calendar_;
};

std::vector<int> theme_years(const ThemeConfig& themes, const Calendar& calendar) {
  std::vector<int> years = {calendar.first_year()};
  for (const int y : themes.years) {
    if (y > calendar.first_year() && y <= calendar.last_year()) years.push_back(y);
  }
  return years;
}

struct Area {
  std::size_t index;
  std::string code;
};

std::vector<Area> areas_of(const Region& region) {
  std::vector<Area> out;
  for (std::size_t m = 0; m < region.municipalities.size(); ++m) out.push_back({m, region.municipalities[m].code});
  out.push_back({whole_region, region.id});
  return out;
}

json theme_json(const Theme& t, const Figures& f, const std::vector<int>& years, const std::vector<Area>& areas) {
  json indicators = json::array();
  for (const ThemeIndicator& i : t.indicators) {
    json values = json::object();
    for (const Area& a : areas) {
      json row = json::array();
      for (const int y : years) row.push_back(f.indicator(i, y, a.index));
      values[a.code] = row;
    }
    indicators.push_back({{"id", i.id},
                          {"title", text(i.title)},
                          {"unit", text(i.unit)},
                          {"decimals", i.decimals},
                          {"kind", "baseline"},
                          {"source", text(i.source)},
                          {"values", values}});
  }
  json components = json::array();
  json score = json::object();
  json driver = json::object();
  for (const Area& a : areas) score[a.code] = -1.0;
  for (const KnelpuntComponent& c : t.knelpunt) {
    json load = json::object();
    for (const Area& a : areas) {
      std::vector<double> loads(years.size());
      std::transform(years.begin(), years.end(), loads.begin(), [&](int y) { return f.load(c, y, a.index); });
      load[a.code] = loads;
      const double s = knelpunt_score(loads, years);
      if (s > score[a.code].get<double>()) {
        score[a.code] = s;
        driver[a.code] = c.id;
      }
    }
    components.push_back({{"id", c.id},
                          {"title", text(c.is_place ? place_title(c.place) : profession_title(c.profession))},
                          {"load", load}});
  }
  return {{"id", t.id},
          {"title", text(t.title)},
          {"description", text(t.description)},
          {"indicators", indicators},
          {"knelpunt",
           {{"components", components}, {"score", score}, {"driver", driver}, {"indicators", t.knelpunt_indicators}}},
          {"charts", t.charts}};
}

json ranking(const json& themes, const std::vector<Area>& areas) {
  json out = json::object();
  for (const Area& a : areas) {
    json list = json::array();
    for (const json& t : themes) {
      list.push_back(
          {{"theme", t["id"]}, {"score", t["knelpunt"]["score"][a.code]}, {"driver", t["knelpunt"]["driver"][a.code]}});
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const json& x, const json& y) { return x["score"].get<double>() > y["score"].get<double>(); });
    out[a.code] = list;
  }
  return out;
}

json pyramid(const SimulationResult& r, const Calendar& calendar) {
  json groups = json::array();
  for (std::size_t g = 0; g < SimulationResult::n_age_groups; ++g) {
    groups.push_back(g + 1 < SimulationResult::n_age_groups ? fmt::format("{}-{}", 5 * g, 5 * g + 4)
                                                            : fmt::format("{}+", 5 * g));
  }
  json out = {{"years", json::array()}, {"age_groups", groups}, {"men", json::array()}, {"women", json::array()}};
  for (const int year : {calendar.first_year(), calendar.last_year()}) {
    if (!out["years"].empty() && out["years"].back() == year) break;
    out["years"].push_back(year);
    for (const Sex sex : {Sex::men, Sex::women}) {
      json counts = json::array();
      for (std::size_t g = 0; g < SimulationResult::n_age_groups; ++g) {
        double sum = 0.0;
        for (std::size_t m = 0; m < r.municipality_count(); ++m) {
          sum += r.pyramid(year - calendar.first_year(), m, sex, g);
        }
        counts.push_back(sum);
      }
      out[sex == Sex::men ? "men" : "women"].push_back(counts);
    }
  }
  return out;
}

json places(const Figures& f, const Calendar& calendar) {
  json out = json::array();
  const std::vector<int> years = calendar.all_years();
  for (std::size_t i = 0; i < n_places; ++i) {
    const auto p = static_cast<Place>(i);
    json demand = json::array();
    json capacity = json::array();
    json waiting = json::array();
    json in_care = json::array();
    json within_norm = json::array();
    for (const int y : years) {
      const int last = calendar.months(y).back();
      demand.push_back(f.place_demand(p, y, whole_region));
      capacity.push_back(f.place_capacity(p, y, whole_region));
      waiting.push_back(f.place(last, whole_region, p, PlaceMeasure::waiting));
      in_care.push_back(f.place(last, whole_region, p, PlaceMeasure::in_care));
      within_norm.push_back(f.within_norm(p, y, whole_region));
    }
    out.push_back({{"id", place_names[i]},
                   {"title", text(place_title(p))},
                   {"unit", text(place_unit_text(p))},
                   {"ongoing", ongoing_need(p).has_value()},
                   {"years", years},
                   {"demand", demand},
                   {"capacity", capacity},
                   {"waiting", waiting},
                   {"in_care", in_care},
                   {"within_norm", within_norm}});
  }
  return out;
}

json workforce(const Figures& f, const Calendar& calendar) {
  json out = json::array();
  const std::vector<int> years = calendar.all_years();
  for (std::size_t i = 0; i < n_professions; ++i) {
    const auto p = static_cast<Profession>(i);
    json row = {{"id", profession_names[i]}, {"title", text(profession_title(p))}, {"years", years}};
    for (const ProfessionMeasure k :
         {ProfessionMeasure::fte, ProfessionMeasure::fte_required, ProfessionMeasure::shortage_fte}) {
      json values = json::array();
      for (const int y : years) values.push_back(f.profession(calendar.months(y).back(), whole_region, p, k));
      row[std::string(profession_measures[static_cast<std::size_t>(k)].name)] = values;
    }
    out.push_back(row);
  }
  return out;
}

json costs(const SimulationResult& r, const Calendar& calendar) {
  json out = json::array();
  const std::vector<int> years = calendar.all_years();
  for (std::size_t p = 0; p < n_payers; ++p) {
    json eur = json::array();
    for (const int y : years) {
      double sum = 0.0;
      for (const int m : calendar.months(y)) sum += r.region(m, cost_indicator(static_cast<Payer>(p)));
      eur.push_back(sum);
    }
    out.push_back(
        {{"id", payer_name(static_cast<Payer>(p))}, {"title", text(payer_title(p))}, {"years", years}, {"eur", eur}});
  }
  return out;
}

// Where the questions of the last year entered and where they ended, over all question types.
json flows(const SimulationResult& r, const Calendar& calendar) {
  const int y = r.years() - 1;
  json links = json::array();
  for (std::size_t e = 0; e < n_places; ++e) {
    for (std::size_t f = 0; f < SimulationResult::n_final_places; ++f) {
      double sum = 0.0;
      for (std::size_t m = 0; m < r.municipality_count(); ++m) {
        for (std::size_t t = 0; t < n_question_types; ++t) {
          sum += r.flow(y, m, static_cast<QuestionType>(t), static_cast<Place>(e), f);
        }
      }
      if (sum <= 0.0) continue;
      links.push_back({{"from", place_names[e]},
                       {"to", f < n_places ? std::string(place_names[f]) : std::string("unresolved")},
                       {"value", sum}});
    }
  }
  return {{"year", calendar.first_year() + y}, {"links", links}};
}

// The plan's series shown against the baseline: how a year's figure comes from its months.
struct PlanSeries {
  std::string name;
  YearValue over_year;
  Text title;
  Text unit;
};

std::vector<PlanSeries> plan_series() {
  std::vector<PlanSeries> out = {
      {"indicator/gp_demand",
       YearValue::mean,
       {"Gevraagde huisartscontacten", "GP contacts asked for"},
       {"contacten per maand", "contacts a month"}},
      {"indicator/cost_total", YearValue::sum, {"Kosten, alle betalers", "Cost, all payers"}, {"euro", "EUR"}},
  };
  for (std::size_t p = 0; p < n_places; ++p) {
    const Text place = place_title(static_cast<Place>(p));
    const Text unit = place_unit_text(static_cast<Place>(p));
    out.push_back({fmt::format("place/{}/waiting", place_names[p]),
                   YearValue::last,
                   {"Wachtend: " + place.nl, "Waiting: " + place.en},
                   {unit.nl + " in december", unit.en + " in December"}});
  }
  for (std::size_t p = 0; p < n_professions; ++p) {
    const Text profession = profession_title(static_cast<Profession>(p));
    out.push_back({fmt::format("profession/{}/shortage_fte", profession_names[p]),
                   YearValue::last,
                   {"Tekort: " + profession.nl, "Shortage: " + profession.en},
                   {"fte in december", "FTE in December"}});
  }
  return out;
}

json quantile_arrays(const std::vector<Quantiles>& per_year) {
  json out = {{"p5", json::array()}, {"p50", json::array()}, {"p95", json::array()}};
  for (const Quantiles& q : per_year) {
    out["p5"].push_back(q.p5);
    out["p50"].push_back(q.p50);
    out["p95"].push_back(q.p95);
  }
  return out;
}

json plan_json(const Comparison& c, const std::string& name) {
  const auto& specs = comparison_series();
  std::vector<int> years;
  std::vector<std::vector<int>> months;
  for (int m = 0; m < c.months; ++m) {
    const int y = c.from.plus(m).year();
    if (years.empty() || years.back() != y) {
      years.push_back(y);
      months.emplace_back();
    }
    months.back().push_back(m);
  }
  const auto yearly = [&](const RunSeries& run, std::size_t s, std::size_t y, YearValue how) {
    const std::vector<double>& v = run[s];
    if (how == YearValue::last) return v[static_cast<std::size_t>(months[y].back())];
    double sum = 0.0;
    for (const int m : months[y]) sum += v[static_cast<std::size_t>(m)];
    return how == YearValue::sum ? sum : sum / static_cast<double>(months[y].size());
  };
  json series = json::array();
  for (const PlanSeries& p : plan_series()) {
    const auto it = std::find_if(specs.begin(), specs.end(), [&](const SeriesSpec& s) { return s.name == p.name; });
    const auto s = static_cast<std::size_t>(it - specs.begin());
    std::vector<Quantiles> base;
    std::vector<Quantiles> plan;
    std::vector<Quantiles> difference;
    for (std::size_t y = 0; y < years.size(); ++y) {
      std::vector<double> b;
      std::vector<double> q;
      std::vector<double> d;
      for (std::size_t r = 0; r < static_cast<std::size_t>(c.replications()); ++r) {
        b.push_back(yearly(c.baseline[r], s, y, p.over_year));
        q.push_back(yearly(c.plan[r], s, y, p.over_year));
        d.push_back(q.back() - b.back());
      }
      base.push_back(quantiles(b));
      plan.push_back(quantiles(q));
      difference.push_back(quantiles(d));
    }
    series.push_back({{"id", p.name},
                      {"title", text(p.title)},
                      {"unit", text(p.unit)},
                      {"baseline", quantile_arrays(base)},
                      {"plan", quantile_arrays(plan)},
                      {"difference", quantile_arrays(difference)}});
  }
  const auto median = [](const std::vector<PayerYear>& rows, Quantiles PayerYear::*field) {
    json out = json::array();
    for (const PayerYear& row : rows) out.push_back((row.*field).p50);
    return out;
  };
  const auto all_quantiles = [](const std::vector<PayerYear>& rows, Quantiles PayerYear::*field) {
    std::vector<Quantiles> q(rows.size());
    std::transform(rows.begin(), rows.end(), q.begin(), [&](const PayerYear& row) { return row.*field; });
    return quantile_arrays(q);
  };
  json payers = json::array();
  const auto by_payer = payer_years(c);
  const auto break_even = break_even_years(c);
  for (std::size_t p = 0; p <= n_payers; ++p) {
    const std::optional<int>& even = break_even[p];
    payers.push_back({{"id", p == n_payers ? std::string("all") : std::string(payer_name(static_cast<Payer>(p)))},
                      {"title", text(payer_title(p))},
                      {"cost", median(by_payer[p], &PayerYear::intervention_cost)},
                      {"savings", median(by_payer[p], &PayerYear::savings)},
                      {"net", all_quantiles(by_payer[p], &PayerYear::net)},
                      {"cumulative_net", all_quantiles(by_payer[p], &PayerYear::cumulative_net)},
                      {"break_even", even ? json(*even) : json(nullptr)}});
  }
  json parties = json::array();
  for (const PartyYears& party : party_years(c)) {
    parties.push_back({{"id", party.id},
                       {"title", text(party_title(party.id))},
                       {"cost", median(party.years, &PayerYear::intervention_cost)},
                       {"cumulative_net", all_quantiles(party.years, &PayerYear::cumulative_net)}});
  }
  return {{"name", name},
          {"replications", c.replications()},
          {"years", years},
          {"series", series},
          {"business_case", {{"payers", payers}, {"parties", parties}}}};
}

json sources(const ParameterSet& params) {
  json out = json::array();
  const std::vector<std::string> changed = params.overridden();
  for (const ParamSpec& spec : parameter_registry()) {
    out.push_back({{"name", spec.name},
                   {"value", format_parameter_value(spec, params.table(spec.name))},
                   {"unit", spec.unit},
                   {"source", spec.source},
                   {"overridden", std::find(changed.begin(), changed.end(), spec.name) != changed.end()}});
  }
  return out;
}

}  // namespace

json regiobeeld_data(const Region& region, const SimulationResult& result, const ThemeConfig& themes,
                     const ParameterSet& params, const RegiobeeldMeta& meta, const Comparison* comparison) {
  const Calendar calendar(result);
  const Figures figures(result, calendar);
  const std::vector<int> years = theme_years(themes, calendar);
  const std::vector<Area> areas = areas_of(region);
  json area_list = json::array();
  for (const Area& a : areas) {
    const bool is_region = a.index == whole_region;
    area_list.push_back({{"code", a.code},
                         {"name", is_region ? region.name : region.municipalities[a.index].name},
                         {"is_region", is_region}});
  }
  json theme_list = json::array();
  for (const Theme& t : themes.themes) theme_list.push_back(theme_json(t, figures, years, areas));
  json doc = {{"format", 1},
              {"meta",
               {{"region_id", region.id},
                {"region_name", region.name},
                {"zorgkantoorregio", region.zorgkantoorregio},
                {"from", result.from().str()},
                {"to", result.from().plus(result.months() - 1).str()},
                {"seed", meta.seed},
                {"sample", meta.sample},
                {"version", meta.version},
                {"git_commit", meta.git_commit},
                {"command", meta.command},
                {"scenario", comparison != nullptr
                                 ? json{{"name", meta.scenario_name}, {"replications", comparison->replications()}}
                                 : json(nullptr)}}},
              {"years", years},
              {"areas", area_list},
              {"themes", theme_list},
              {"ranking", ranking(theme_list, areas)},
              {"pyramid", pyramid(result, calendar)},
              {"places", places(figures, calendar)},
              {"workforce", workforce(figures, calendar)},
              {"costs", costs(result, calendar)},
              {"flows", flows(result, calendar)},
              {"plan", comparison != nullptr ? plan_json(*comparison, meta.scenario_name) : json(nullptr)},
              {"sources", sources(params)}};
  return doc;
}

}  // namespace regiotwin
