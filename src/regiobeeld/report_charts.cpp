#include "regiobeeld/report_charts.hpp"

#include <fmt/format.h>

#include <string_view>

namespace regiotwin {
namespace {

using nlohmann::json;

const char* const vega_lite_schema = "https://vega.github.io/schema/vega-lite/v6.json";

std::string say(Language lang, std::string_view nl, std::string_view en) {
  return std::string(lang == Language::en ? en : nl);
}

const json& region_area(const json& doc) { return doc["areas"].back(); }

// The places and professions of a theme's knelpunt, as entries of doc["places"] / doc["workforce"].
std::vector<const json*> theme_entries(const json& doc, const json& theme, std::string_view kind, const char* list) {
  std::vector<const json*> out;
  for (const json& c : theme["knelpunt"]["components"]) {
    const std::string id = c["id"];
    if (id.rfind(std::string(kind) + "/", 0) != 0) continue;
    const std::string subject = id.substr(kind.size() + 1);
    for (const json& e : doc[list]) {
      if (e["id"] == subject) out.push_back(&e);
    }
  }
  return out;
}

json legend_bottom() { return {{"orient", "bottom"}, {"title", nullptr}}; }

// Theme scores of the region, highest first; the bar says which component drives it.
json knelpunten_chart(const json& doc, Language lang) {
  json values = json::array();
  const std::string region = region_area(doc)["code"];
  for (const json& r : doc["ranking"][region]) {
    std::string theme;
    std::string driver;
    for (const json& t : doc["themes"]) {
      if (t["id"] != r["theme"]) continue;
      theme = text(t["title"], lang);
      for (const json& c : t["knelpunt"]["components"]) {
        if (c["id"] == r["driver"]) driver = text(c["title"], lang);
      }
    }
    values.push_back({{"theme", theme}, {"score", r["score"]}, {"driver", driver}});
  }
  return {
      {"$schema", vega_lite_schema},
      {"width", "container"},
      {"data", {{"values", values}}},
      {"mark", {{"type", "bar"}, {"color", "#c0504d"}}},
      {"encoding",
       {{"y", {{"field", "theme"}, {"type", "nominal"}, {"sort", "-x"}, {"title", nullptr}}},
        {"x", {{"field", "score"}, {"type", "quantitative"}, {"title", say(lang, "knelpuntscore", "knelpunt score")}}},
        {"tooltip",
         json::array({{{"field", "theme"}, {"title", say(lang, "thema", "theme")}},
                      {{"field", "score"}, {"format", ",.1f"}},
                      {{"field", "driver"}, {"title", say(lang, "grootste knelpunt", "main bottleneck")}}})}}}};
}

// Each component's load (demand / capacity) in the theme years; 1 is just enough.
json load_chart(const json& doc, const json& theme, Language lang) {
  json values = json::array();
  const std::string region = region_area(doc)["code"];
  for (const json& c : theme["knelpunt"]["components"]) {
    const json& loads = c["load"][region];
    for (std::size_t y = 0; y < doc["years"].size(); ++y) {
      values.push_back({{"year", std::to_string(doc["years"][y].get<int>())},
                        {"component", text(c["title"], lang)},
                        {"load", loads[y]}});
    }
  }
  const json x = {{"field", "year"}, {"type", "ordinal"}, {"title", nullptr}};
  return {
      {"$schema", vega_lite_schema},
      {"width", "container"},
      {"height", 240},
      {"data", {{"values", values}}},
      {"layer", json::array({{{"mark", {{"type", "line"}, {"point", true}}},
                              {"encoding",
                               {{"x", x},
                                {"y",
                                 {{"field", "load"},
                                  {"type", "quantitative"},
                                  {"axis", {{"format", ".0%"}}},
                                  {"scale", {{"zero", false}}},
                                  {"title", say(lang, "vraag / capaciteit", "demand / capacity")}}},
                                {"color", {{"field", "component"}, {"type", "nominal"}, {"legend", legend_bottom()}}},
                                {"tooltip", json::array({{{"field", "component"}},
                                                         {{"field", "year"}},
                                                         {{"field", "load"}, {"format", ".1%"}}})}}}},
                             {{"mark", {{"type", "rule"}, {"strokeDash", {4, 4}}, {"color", "#555"}}},
                              {"encoding", {{"y", {{"datum", 1}}}}}}})}};
}

// A small chart per place or profession (independent scales), lines over the calendar years.
json facet_lines(const json& values, const std::string& y_title, Language lang) {
  return {{"$schema", vega_lite_schema},
          {"data", {{"values", values}}},
          {"facet", {{"field", "subject"}, {"type", "nominal"}, {"title", nullptr}, {"sort", nullptr}}},
          {"columns", 3},
          {"resolve", {{"scale", {{"y", "independent"}}}}},
          {"spec",
           {{"width", 200},
            {"height", 140},
            {"mark", {{"type", "line"}, {"point", true}}},
            {"encoding",
             {{"x", {{"field", "year"}, {"type", "ordinal"}, {"title", nullptr}}},
              {"y", {{"field", "value"}, {"type", "quantitative"}, {"title", y_title}}},
              {"color", {{"field", "series"}, {"type", "nominal"}, {"legend", legend_bottom()}}},
              {"tooltip", json::array({{{"field", "subject"}, {"title", say(lang, "plek", "place")}},
                                       {{"field", "series"}},
                                       {{"field", "year"}},
                                       {{"field", "value"}, {"format", ",.0f"}}})}}}}}};
}

json place_chart(const json& doc, const json& theme, Language lang, bool waiting) {
  json values = json::array();
  for (const json* p : theme_entries(doc, theme, "place", "places")) {
    const std::string subject = text((*p)["title"], lang) + " (" + text((*p)["unit"], lang) + ")";
    for (std::size_t y = 0; y < (*p)["years"].size(); ++y) {
      const std::string year = std::to_string((*p)["years"][y].get<int>());
      if (waiting) {
        values.push_back({{"subject", subject},
                          {"year", year},
                          {"series", say(lang, "wachtend in december", "waiting in December")},
                          {"value", (*p)["waiting"][y]}});
        continue;
      }
      values.push_back({{"subject", subject},
                        {"year", year},
                        {"series", say(lang, "vraag", "demand")},
                        {"value", (*p)["demand"][y]}});
      values.push_back({{"subject", subject},
                        {"year", year},
                        {"series", say(lang, "capaciteit", "capacity")},
                        {"value", (*p)["capacity"][y]}});
    }
  }
  return facet_lines(values, waiting ? say(lang, "wachtend", "waiting") : say(lang, "per maand", "a month"), lang);
}

json workforce_chart(const json& doc, const json& theme, Language lang) {
  json values = json::array();
  for (const json* p : theme_entries(doc, theme, "profession", "workforce")) {
    for (std::size_t y = 0; y < (*p)["years"].size(); ++y) {
      values.push_back({{"profession", text((*p)["title"], lang)},
                        {"year", std::to_string((*p)["years"][y].get<int>())},
                        {"shortage", (*p)["shortage_fte"][y]}});
    }
  }
  return {
      {"$schema", vega_lite_schema},
      {"width", "container"},
      {"height", 260},
      {"data", {{"values", values}}},
      {"mark", {{"type", "line"}, {"point", true}}},
      {"encoding",
       {{"x", {{"field", "year"}, {"type", "ordinal"}, {"title", nullptr}}},
        {"y",
         {{"field", "shortage"},
          {"type", "quantitative"},
          {"title", say(lang, "tekort (fte, december)", "shortage (FTE, December)")}}},
        {"color", {{"field", "profession"}, {"type", "nominal"}, {"legend", legend_bottom()}}},
        {"tooltip",
         json::array({{{"field", "profession"}}, {{"field", "year"}}, {{"field", "shortage"}, {"format", ",.1f"}}})}}}};
}

// Men to the left, women to the right, the start year beside the last.
json pyramid_chart(const json& doc, Language lang) {
  const json& p = doc["pyramid"];
  json values = json::array();
  for (std::size_t y = 0; y < p["years"].size(); ++y) {
    for (std::size_t g = 0; g < p["age_groups"].size(); ++g) {
      const double men = p["men"][y][g];
      const double women = p["women"][y][g];
      const std::string year = std::to_string(p["years"][y].get<int>());
      values.push_back({{"year", year},
                        {"age", p["age_groups"][g]},
                        {"order", g},
                        {"sex", say(lang, "mannen", "men")},
                        {"persons", -men},
                        {"count", men}});
      values.push_back({{"year", year},
                        {"age", p["age_groups"][g]},
                        {"order", g},
                        {"sex", say(lang, "vrouwen", "women")},
                        {"persons", women},
                        {"count", women}});
    }
  }
  return {{"$schema", vega_lite_schema},
          {"data", {{"values", values}}},
          {"facet", {{"field", "year"}, {"type", "ordinal"}, {"title", nullptr}}},
          {"spec",
           {{"width", 300},
            {"height", 320},
            {"mark", "bar"},
            {"encoding",
             {{"y",
               {{"field", "age"},
                {"type", "ordinal"},
                {"sort", {{"field", "order"}, {"order", "descending"}}},
                {"title", say(lang, "leeftijd", "age")}}},
              {"x",
               {{"field", "persons"},
                {"type", "quantitative"},
                {"axis", {{"format", "~s"}, {"labelExpr", "replace(datum.label, '−', '')"}}},
                {"title", say(lang, "inwoners", "residents")}}},
              {"color",
               {{"field", "sex"},
                {"type", "nominal"},
                {"legend", legend_bottom()},
                {"scale", {{"range", {"#4f81bd", "#c0504d"}}}}}},
              {"tooltip", json::array({{{"field", "year"}},
                                       {{"field", "age"}},
                                       {{"field", "sex"}},
                                       {{"field", "count"}, {"format", ",.0f"}}})}}}}}};
}

// The question flow of the last year: entry place (left) to the place it ended (right), link width
// by questions. Vega, with positions from stacking the flows on each side.
json flows_chart(const json& doc, Language lang) {
  std::map<std::string, std::string> titles;
  for (const json& p : doc["places"]) titles[p["id"]] = text(p["title"], lang);
  titles["unresolved"] = say(lang, "nog open (komt terug)", "unresolved (returns)");
  json values = json::array();
  for (const json& l : doc["flows"]["links"]) {
    values.push_back({{"from", titles[l["from"]]}, {"to", titles[l["to"]]}, {"value", l["value"]}});
  }
  const json stack_side = [](const char* key) {
    return json::array(
        {{{"type", "aggregate"}, {"groupby", {key}}, {"fields", {"value"}}, {"ops", {"sum"}}, {"as", {"total"}}},
         {{"type", "stack"}, {"field", "total"}, {"sort", {{"field", key}}}, {"as", {"y0", "y1"}}},
         {{"type", "formula"}, {"as", "py0"}, {"expr", "datum.y0 * k"}},
         {{"type", "formula"}, {"as", "py1"}, {"expr", "datum.y1 * k"}}});
  }("from");
  json right = stack_side;
  right[0]["groupby"] = {"to"};
  right[1]["sort"] = {{"field", "to"}};
  const auto node_text = [&](const char* side, bool left) {
    return json{{"type", "text"},
                {"from", {{"data", side}}},
                {"encode",
                 {{"update",
                   {{"x", {{"signal", left ? "node + 4" : "width - node - 4"}}},
                    {"y", {{"signal", "(datum.py0 + datum.py1) / 2"}}},
                    {"align", {{"value", left ? "left" : "right"}}},
                    {"baseline", {{"value", "middle"}}},
                    {"fontSize", {{"value", 11}}},
                    {"text",
                     {{"signal", std::string("datum.") + (left ? "from" : "to") +
                                     " + ' (' + format(datum.total, ',.0f') + ')'"}}},
                    {"opacity", {{"signal", "datum.py1 - datum.py0 > 9 ? 1 : 0"}}}}}}}};
  };
  const auto node_rect = [&](const char* side, bool left) {
    return json{{"type", "rect"},
                {"from", {{"data", side}}},
                {"encode",
                 {{"update",
                   {{"x", {{"signal", left ? "0" : "width - node"}}},
                    {"width", {{"signal", "node"}}},
                    {"y", {{"field", "py0"}}},
                    {"y2", {{"field", "py1"}}},
                    {"fill", {{"scale", "color"}, {"field", left ? "from" : "to"}}},
                    {"stroke", {{"value", "white"}}},
                    {"tooltip",
                     {{"signal",
                       std::string("datum.") + (left ? "from" : "to") + " + ': ' + format(datum.total, ',.0f')"}}}}}}}};
  };
  return {
      {"$schema", "https://vega.github.io/schema/vega/v6.json"},
      {"width", 640},
      {"height", 460},
      {"padding", 5},
      // Wide curved strokes have loose bounds; without this the view would grow around them.
      {"autosize", "none"},
      {"signals", json::array({{{"name", "node"}, {"value", 14}},
                               {{"name", "k"}, {"update", "height / max(1, data('total')[0].sum)"}}})},
      {"data",
       json::array(
           {{{"name", "links"}, {"values", values}},
            {{"name", "total"},
             {"source", "links"},
             {"transform",
              json::array({{{"type", "aggregate"}, {"fields", {"value"}}, {"ops", {"sum"}}, {"as", {"sum"}}}})}},
            {{"name", "left"}, {"source", "links"}, {"transform", stack_side}},
            {{"name", "right"}, {"source", "links"}, {"transform", right}},
            {{"name", "paths"},
             {"source", "links"},
             {"transform",
              json::array(
                  {{{"type", "stack"},
                    {"field", "value"},
                    {"groupby", {"from"}},
                    {"sort", {{"field", "to"}}},
                    {"as", {"s0", "s1"}}},
                   {{"type", "stack"},
                    {"field", "value"},
                    {"groupby", {"to"}},
                    {"sort", {{"field", "from"}}},
                    {"as", {"t0", "t1"}}},
                   {{"type", "lookup"},
                    {"from", "left"},
                    {"key", "from"},
                    {"fields", {"from"}},
                    {"values", {"y0"}},
                    {"as", {"from_y0"}}},
                   {{"type", "lookup"},
                    {"from", "right"},
                    {"key", "to"},
                    {"fields", {"to"}},
                    {"values", {"y0"}},
                    {"as", {"to_y0"}}},
                   {{"type", "formula"}, {"as", "sy"}, {"expr", "(datum.from_y0 + (datum.s0 + datum.s1) / 2) * k"}},
                   {{"type", "formula"}, {"as", "ty"}, {"expr", "(datum.to_y0 + (datum.t0 + datum.t1) / 2) * k"}},
                   {{"type", "formula"}, {"as", "sx"}, {"expr", "node"}},
                   {{"type", "formula"}, {"as", "tx"}, {"expr", "width - node"}},
                   {{"type", "formula"}, {"as", "w"}, {"expr", "max(0.5, datum.value * k)"}},
                   {{"type", "linkpath"},
                    {"orient", "horizontal"},
                    {"shape", "diagonal"},
                    {"sourceX", "sx"},
                    {"sourceY", "sy"},
                    {"targetX", "tx"},
                    {"targetY", "ty"}}})}}})},
      {"scales",
       json::array({json{{"name", "color"},
                         {"type", "ordinal"},
                         {"range", "category"},
                         {"domain", json{{"fields", json::array({json{{"data", "links"}, {"field", "from"}},
                                                                 json{{"data", "links"}, {"field", "to"}}})}}}}})},
      {"marks",
       json::array(
           {{{"type", "path"},
             {"from", {{"data", "paths"}}},
             {"encode",
              {{"update",
                {{"path", {{"field", "path"}}},
                 {"stroke", {{"scale", "color"}, {"field", "from"}}},
                 {"strokeWidth", {{"field", "w"}}},
                 {"strokeOpacity", {{"value", 0.35}}},
                 {"tooltip", {{"signal", "datum.from + ' → ' + datum.to + ': ' + format(datum.value, ',.0f')"}}}}}}}},
            node_rect("left", true),
            node_rect("right", false),
            node_text("left", true),
            node_text("right", false)})}};
}

json costs_chart(const json& doc, Language lang) {
  json values = json::array();
  for (const json& c : doc["costs"]) {
    for (std::size_t y = 0; y < c["years"].size(); ++y) {
      values.push_back({{"payer", text(c["title"], lang)},
                        {"year", std::to_string(c["years"][y].get<int>())},
                        {"eur", c["eur"][y].get<double>() / 1e6}});
    }
  }
  return {{"$schema", vega_lite_schema},
          {"width", "container"},
          {"height", 280},
          {"data", {{"values", values}}},
          {"mark", "bar"},
          {"encoding",
           {{"x", {{"field", "year"}, {"type", "ordinal"}, {"title", nullptr}}},
            {"y",
             {{"field", "eur"},
              {"type", "quantitative"},
              {"stack", true},
              {"title", say(lang, "mln euro per jaar", "EUR million a year")}}},
            {"color", {{"field", "payer"}, {"type", "nominal"}, {"legend", legend_bottom()}}},
            {"tooltip",
             json::array({{{"field", "payer"}}, {{"field", "year"}}, {{"field", "eur"}, {"format", ",.1f"}}})}}}};
}

// Cumulative net per payer at the horizon: P50 bar, P5-P95 rule.
json plan_net_chart(const json& plan, Language lang) {
  json values = json::array();
  for (const json& p : plan["business_case"]["payers"]) {
    const json& q = p["cumulative_net"];
    const double p5 = q["p5"].back();
    const double p95 = q["p95"].back();
    if (p5 == 0.0 && p95 == 0.0) continue;
    values.push_back({{"payer", text(p["title"], lang)},
                      {"p50", q["p50"].back().get<double>() / 1e6},
                      {"p5", p5 / 1e6},
                      {"p95", p95 / 1e6}});
  }
  const json y = {{"field", "payer"}, {"type", "nominal"}, {"title", nullptr}, {"sort", nullptr}};
  return {{"$schema", vega_lite_schema},
          {"width", "container"},
          {"data", {{"values", values}}},
          {"layer",
           json::array(
               {{{"mark", {{"type", "bar"}, {"opacity", 0.8}}},
                 {"encoding",
                  {{"y", y},
                   {"x",
                    {{"field", "p50"},
                     {"type", "quantitative"},
                     {"title", say(lang, "netto tot de horizon (mln euro)", "net to the horizon (EUR million)")}}},
                   {"color", {{"condition", {{"test", "datum.p50 < 0"}, {"value", "#c0504d"}}}, {"value", "#4f81bd"}}},
                   {"tooltip", json::array({{{"field", "payer"}},
                                            {{"field", "p50"}, {"format", ",.1f"}},
                                            {{"field", "p5"}, {"format", ",.1f"}},
                                            {{"field", "p95"}, {"format", ",.1f"}}})}}}},
                {{"mark", {{"type", "rule"}, {"color", "#222"}}},
                 {"encoding",
                  {{"y", y}, {"x", {{"field", "p5"}, {"type", "quantitative"}}}, {"x2", {{"field", "p95"}}}}}}})}};
}

// The plan minus the baseline per year for the series that moved: P50 line in a P5-P95 band.
json plan_effects_chart(const json& plan, Language lang) {
  json values = json::array();
  for (const json& s : plan["series"]) {
    const json& d = s["difference"];
    bool moved = false;
    for (std::size_t y = 0; y < d["p50"].size(); ++y) moved = moved || d["p5"][y] != 0.0 || d["p95"][y] != 0.0;
    if (!moved || s["id"] == "indicator/cost_total") continue;
    for (std::size_t y = 0; y < d["p50"].size(); ++y) {
      values.push_back({{"series", text(s["title"], lang) + " (" + text(s["unit"], lang) + ")"},
                        {"year", std::to_string(plan["years"][y].get<int>())},
                        {"p5", d["p5"][y]},
                        {"p50", d["p50"][y]},
                        {"p95", d["p95"][y]}});
    }
  }
  const json x = {{"field", "year"}, {"type", "ordinal"}, {"title", nullptr}};
  return {
      {"$schema", vega_lite_schema},
      {"data", {{"values", values}}},
      {"facet", {{"field", "series"}, {"type", "nominal"}, {"title", nullptr}, {"sort", nullptr}}},
      {"columns", 3},
      {"resolve", {{"scale", {{"y", "independent"}}}}},
      {"spec",
       {{"width", 200},
        {"height", 130},
        {"layer",
         json::array(
             {{{"mark", {{"type", "area"}, {"opacity", 0.25}}},
               {"encoding",
                {{"x", x},
                 {"y",
                  {{"field", "p5"}, {"type", "quantitative"}, {"title", say(lang, "plan − basis", "plan − baseline")}}},
                 {"y2", {{"field", "p95"}}}}}},
              {{"mark", {{"type", "line"}, {"point", true}}},
               {"encoding",
                {{"x", x},
                 {"y", {{"field", "p50"}, {"type", "quantitative"}}},
                 {"tooltip", json::array({{{"field", "series"}},
                                          {{"field", "year"}},
                                          {{"field", "p50"}, {"format", ",.1f"}},
                                          {{"field", "p5"}, {"format", ",.1f"}},
                                          {{"field", "p95"}, {"format", ",.1f"}}})}}}},
              {{"mark", {{"type", "rule"}, {"color", "#555"}, {"strokeDash", {3, 3}}}},
               {"encoding", {{"y", {{"datum", 0}}}}}}})}}}};
}

}  // namespace

json report_charts(const json& doc, Language lang) {
  json charts = json::object();
  charts["knelpunten"] = knelpunten_chart(doc, lang);
  for (const json& theme : doc["themes"]) {
    const std::string id = theme["id"];
    for (const json& kind : theme["charts"]) {
      const std::string k = kind;
      const std::string key = fmt::format("{}_{}", id, k);
      if (k == "pyramid") charts[key] = pyramid_chart(doc, lang);
      if (k == "knelpunt") charts[key] = load_chart(doc, theme, lang);
      if (k == "capacity") charts[key] = place_chart(doc, theme, lang, false);
      if (k == "waiting") charts[key] = place_chart(doc, theme, lang, true);
      if (k == "workforce") charts[key] = workforce_chart(doc, theme, lang);
      if (k == "flows") charts[key] = flows_chart(doc, lang);
    }
  }
  charts["costs"] = costs_chart(doc, lang);
  if (!doc["plan"].is_null()) {
    charts["plan_net"] = plan_net_chart(doc["plan"], lang);
    charts["plan_effects"] = plan_effects_chart(doc["plan"], lang);
  }
  return charts;
}

}  // namespace regiotwin
