#include "regiobeeld/report_html.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "regiobeeld/html_format.hpp"
#include "regiobeeld/plan_section.hpp"

namespace regiotwin {
namespace {

using html::escape_html;
using html::nl_number;
using html::percent;
using html::script_json;
using nlohmann::json;

json line_chart(const json& values, const std::string& y_title, const std::string& x_field, const std::string& x_type) {
  return {
      {"$schema", "https://vega.github.io/schema/vega-lite/v6.json"},
      {"width", "container"},
      {"height", 260},
      {"data", {{"values", values}}},
      {"mark", {{"type", "line"}, {"point", x_type == "ordinal"}}},
      {"encoding",
       {{"x", {{"field", x_field}, {"type", x_type}, {"title", nullptr}}},
        {"y", {{"field", "waarde"}, {"type", "quantitative"}, {"title", y_title}}},
        {"color", {{"field", "reeks"}, {"type", "nominal"}, {"title", nullptr}, {"legend", {{"orient", "bottom"}}}}},
        {"tooltip",
         json::array({{{"field", "reeks"}}, {{"field", x_field}}, {{"field", "waarde"}, {"format", ",.0f"}}})}}}};
}

// Population by age group at the end of each year (or the last month of a short run).
json population_chart(const SimulationResult& r) {
  json values = json::array();
  for (int month = 0; month < r.months(); ++month) {
    if (r.from().plus(month).month() != 12 && month != r.months() - 1) continue;
    const std::string year = std::to_string(r.from().plus(month).year());
    const double total = r.region(month, Indicator::population);
    const double p65 = r.region(month, Indicator::population_65plus);
    const double p80 = r.region(month, Indicator::population_80plus);
    values.push_back({{"jaar", year}, {"reeks", "0-64 jaar"}, {"waarde", total - p65}});
    values.push_back({{"jaar", year}, {"reeks", "65-79 jaar"}, {"waarde", p65 - p80}});
    values.push_back({{"jaar", year}, {"reeks", "80 jaar en ouder"}, {"waarde", p80}});
  }
  json chart = line_chart(values, "inwoners", "jaar", "ordinal");
  chart["mark"] = {{"type", "bar"}};
  chart["encoding"]["y"]["stack"] = true;
  return chart;
}

json gp_chart(const SimulationResult& r) {
  json values = json::array();
  for (int month = 0; month < r.months(); ++month) {
    const std::string label = r.from().plus(month).str();
    values.push_back({{"maand", label}, {"reeks", "vraag"}, {"waarde", r.region(month, Indicator::gp_demand)}});
    values.push_back({{"maand", label}, {"reeks", "capaciteit"}, {"waarde", r.region(month, Indicator::gp_capacity)}});
    values.push_back({{"maand", label}, {"reeks", "wachtend"}, {"waarde", r.region(month, Indicator::gp_waiting)}});
  }
  json chart = line_chart(values, "contacten per maand", "maand", "temporal");
  chart["encoding"]["x"]["timeUnit"] = "yearmonth";
  return chart;
}

std::string municipality_rows(const RegionSummary& s) {
  std::string rows;
  const auto row = [&](const AreaSummary& a, bool total) {
    rows += fmt::format(
        "<tr{}><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
        total ? " class=\"total\"" : "", escape_html(a.name), nl_number(a.population_start),
        nl_number(a.population_end), percent(a.share_65plus_start), percent(a.share_65plus_end),
        percent(a.gp_load_first_year), percent(a.gp_load_last_year), nl_number(a.gp_waiting_end));
  };
  for (const AreaSummary& m : s.municipalities) row(m, false);
  row(s.region, true);
  return rows;
}

}  // namespace

std::string report_html(const Region& region, const SimulationResult& result, const RegionSummary& summary,
                        const ParameterSet& params, const ReportContext& context, const std::string& charts_js,
                        const Comparison* comparison) {
  const std::string first = result.from().str();
  const std::string last = result.from().plus(result.months() - 1).str();
  const AreaSummary& r = summary.region;
  json specs = {{"bevolking", population_chart(result)}, {"huisarts", gp_chart(result)}};
  const std::string plan = comparison != nullptr ? plan_section(*comparison, context.plan_name, specs) : std::string{};
  return fmt::format(
      R"(<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="regiotwin {version}">
<title>Regiobeeld {name}, {first} tot {last}</title>
<style>
body {{ font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; line-height: 1.45; }}
h1 {{ font-size: 1.7rem; margin-bottom: .2rem; }} h2 {{ font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccd; }}
.meta {{ color: #555; font-size: .9rem; }} .kind {{ display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: .3rem; background: #e6eef8; color: #1d4f91; margin-left: .4rem; vertical-align: middle; }}
.figures {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: .8rem; margin: 1rem 0; }}
.figure {{ border: 1px solid #dde; border-radius: .5rem; padding: .7rem; }} .figure b {{ display: block; font-size: 1.4rem; }}
table {{ border-collapse: collapse; width: 100%; font-size: .9rem; }} th, td {{ padding: .3rem .5rem; border-bottom: 1px solid #e3e3ea; text-align: right; }}
th:first-child, td:first-child {{ text-align: left; }} tr.total td {{ font-weight: 600; border-top: 2px solid #99a; }}
.chart {{ width: 100%; min-height: 280px; }} .note {{ font-size: .85rem; color: #444; }}
</style>
</head>
<body>
<h1>Regiobeeld {name}</h1>
<p class="meta">{municipalities} gemeenten{zk} &middot; simulatie van {first} tot en met {last} &middot; seed {seed} &middot; regiotwin {version}</p>

<h2>Samenvatting <span class="kind">basisprojectie</span></h2>
<div class="figures">
<div class="figure">Inwoners {first}<b>{pop_start}</b></div>
<div class="figure">Inwoners {last}<b>{pop_end}</b></div>
<div class="figure">Aandeel 65+ <b>{s65_start} &rarr; {s65_end}</b></div>
<div class="figure">Aandeel 80+ <b>{s80_start} &rarr; {s80_end}</b></div>
<div class="figure">Huisartsvraag / capaciteit <b>{load_start} &rarr; {load_end}</b></div>
<div class="figure">Zvw-kosten (alle zorg) per jaar <b>&euro; {cost_start} mln &rarr; {cost_end} mln</b></div>
</div>
<p class="note">Belasting boven 100% betekent dat de gevraagde huisartscontacten de capaciteit van de beschikbare fte overtreffen; het verschil komt op een wachtlijst of valt af.</p>

<h2>Bevolking naar leeftijd <span class="kind">basisprojectie</span></h2>
<div id="bevolking" class="chart"></div>
<p class="note">Inwoners aan het eind van elk jaar. Startbevolking: invoer uit het regiopakket (CBS en gemeentelijke cijfers, bronnen per gemeente in <code>municipalities.csv</code> en <code>age_bands.csv</code>); sterfte volgens de CBS-overlevingstafel 2023, geboorte naar leeftijd van de moeder (CBS 2023, kindertal 1,43) en immigratie en emigratie naar leeftijd (CBS 2023). Binnenlandse verhuizingen tussen gemeenten zitten nog niet in het model; waar de leeftijdsopbouw een schatting is, staat dat in <code>age_bands.csv</code>.</p>

<h2>Huisartsenzorg: vraag, capaciteit en wachtenden <span class="kind">basisprojectie</span></h2>
<div id="huisarts" class="chart"></div>
<p class="note">Vraag: medische vragen (contacten per inwoner naar leeftijd, Nivel 2017, zonder het deel met een sociale achtergrond) en de sociale en psychische vragen die bij de huisarts binnenkomen (routering, <code>docs/routing.md</code>). Capaciteit: bij de start {gp_ratio} &times; de vraag van de eerste maand (<code>gp_start_capacity_ratio</code>), daarna mee met de fte huisartsen: {gp_density} huisartsen per 10.000 inwoners &times; {gp_fte} fte bij de start, met instroom uit de opleiding, uitstroom en pensioen (<code>docs/workforce.md</code>). Alle plekken, beroepen en stromen staan in <code>places.csv</code>, <code>workforce.csv</code> en <code>flows.csv</code>.</p>

{plan}
<h2>Per gemeente</h2>
<table>
<thead><tr><th>Gemeente</th><th>Inwoners {first}</th><th>Inwoners {last}</th><th>65+ {first}</th><th>65+ {last}</th><th>Huisartsbelasting eerste jaar</th><th>laatste jaar</th><th>Wachtend eind</th></tr></thead>
<tbody>
{rows}</tbody>
</table>

<p class="meta">Gemaakt met: <code>{command}</code>. Alle cijfers per maand en gemeente staan in <code>indicators.csv</code>; invoer en instellingen in <code>run.json</code>.</p>
<script>{charts_js}</script>
<script>
const specs = {specs};
for (const [id, spec] of Object.entries(specs)) {{
  vegaEmbed('#' + id, spec, {{actions: false, renderer: 'svg', formatLocale: {{decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', '']}}}})
    .catch(err => {{ document.getElementById(id).textContent = 'Grafiek kon niet getekend worden: ' + err; }});
}}
</script>
</body>
</html>
)",
      fmt::arg("version", escape_html(context.version)), fmt::arg("name", escape_html(region.name)),
      fmt::arg("first", first), fmt::arg("last", last), fmt::arg("seed", context.seed),
      fmt::arg("municipalities", region.municipalities.size()),
      fmt::arg("zk", region.zorgkantoorregio.empty()
                         ? std::string{}
                         : " &middot; zorgkantoorregio " + escape_html(region.zorgkantoorregio)),
      fmt::arg("pop_start", nl_number(r.population_start)), fmt::arg("pop_end", nl_number(r.population_end)),
      fmt::arg("s65_start", percent(r.share_65plus_start)), fmt::arg("s65_end", percent(r.share_65plus_end)),
      fmt::arg("s80_start", percent(r.share_80plus_start)), fmt::arg("s80_end", percent(r.share_80plus_end)),
      fmt::arg("load_start", percent(r.gp_load_first_year)), fmt::arg("load_end", percent(r.gp_load_last_year)),
      fmt::arg("cost_start", nl_number(r.cost_zvw_first_year / 1e6, 1)),
      fmt::arg("cost_end", nl_number(r.cost_zvw_last_year / 1e6, 1)), fmt::arg("rows", municipality_rows(summary)),
      fmt::arg("plan", plan), fmt::arg("command", escape_html(context.generated_by)), fmt::arg("charts_js", charts_js),
      fmt::arg("specs", script_json(specs)), fmt::arg("gp_density", nl_number(params.real("gp_per_10000"), 1)),
      fmt::arg("gp_fte", nl_number(params.real("gp_fte_per_gp"), 2)),
      fmt::arg("gp_ratio", nl_number(params.real("gp_start_capacity_ratio"), 2)));
}

}  // namespace regiotwin
