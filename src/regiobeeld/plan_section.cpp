#include "regiobeeld/plan_section.hpp"

#include <fmt/format.h>

#include "plan/business_case.hpp"
#include "regiobeeld/html_format.hpp"

namespace regiotwin {
namespace {

using html::escape_html;
using html::nl_number;
using html::percent;
using nlohmann::json;

std::string payer_label(std::size_t p) {
  if (p == n_payers) return "alle betalers";
  switch (static_cast<Payer>(p)) {
    case Payer::zvw: return "zorgverzekeraar (Zvw)";
    case Payer::wmo: return "gemeente: Wmo";
    case Payer::jeugdwet: return "gemeente: Jeugdwet";
    case Payer::participatiewet: return "gemeente: Participatiewet";
    case Payer::welzijn_subsidie: return "gemeente: welzijn";
    case Payer::wlz: return "zorgkantoor (Wlz)";
    case Payer::eigen_bijdrage: return "inwoners: eigen bijdrage";
    case Payer::transformatiemiddelen: return "transformatiemiddelen";
    case Payer::count_: break;
  }
  return "?";
}

std::string millions(double eur) { return nl_number(eur / 1e6, 1); }

// Cumulative net per payer at the horizon: P50 as a bar, P5-P95 as a rule.
json net_chart(const std::vector<std::vector<PayerYear>>& years) {
  json values = json::array();
  for (std::size_t p = 0; p <= n_payers; ++p) {
    const Quantiles& q = years[p].back().cumulative_net;
    if (q.p5 == 0.0 && q.p95 == 0.0) continue;
    values.push_back({{"betaler", payer_label(p)}, {"p50", q.p50 / 1e6}, {"p5", q.p5 / 1e6}, {"p95", q.p95 / 1e6}});
  }
  const json y = {{"field", "betaler"}, {"type", "nominal"}, {"title", nullptr}, {"sort", nullptr}};
  return {{"$schema", "https://vega.github.io/schema/vega-lite/v6.json"},
          {"width", "container"},
          {"data", {{"values", values}}},
          {"layer",
           json::array(
               {{{"mark", {{"type", "bar"}, {"opacity", 0.8}}},
                 {"encoding",
                  {{"y", y},
                   {"x", {{"field", "p50"}, {"type", "quantitative"}, {"title", "netto tot de horizon (mln euro)"}}},
                   {"color", {{"condition", {{"test", "datum.p50 < 0"}, {"value", "#c0504d"}}}, {"value", "#4f81bd"}}},
                   {"tooltip", json::array({{{"field", "betaler"}},
                                            {{"field", "p50"}, {"format", ",.1f"}},
                                            {{"field", "p5"}, {"format", ",.1f"}},
                                            {{"field", "p95"}, {"format", ",.1f"}}})}}}},
                {{"mark", {{"type", "rule"}, {"color", "#222"}}},
                 {"encoding",
                  {{"y", y}, {"x", {{"field", "p5"}, {"type", "quantitative"}}}, {"x2", {{"field", "p95"}}}}}}})}};
}

std::string payer_rows(const Comparison& c, const std::vector<std::vector<PayerYear>>& years) {
  std::string rows;
  for (std::size_t p = 0; p <= n_payers; ++p) {
    const PayerYear& end = years[p].back();
    double invested = 0.0;
    double saved = 0.0;
    for (const PayerYear& y : years[p]) {
      invested += y.intervention_cost.p50;
      saved += y.savings.p50;
    }
    if (end.cumulative_net.p5 == 0.0 && end.cumulative_net.p95 == 0.0 && invested == 0.0) continue;
    const std::optional<int> even = break_even_year(c, p);
    rows += fmt::format("<tr{}><td>{}</td><td>{}</td><td>{}</td><td>{} <small>[{}; {}]</small></td><td>{}</td></tr>\n",
                        p == n_payers ? " class=\"total\"" : "", escape_html(payer_label(p)), millions(invested),
                        millions(saved), millions(end.cumulative_net.p50), millions(end.cumulative_net.p5),
                        millions(end.cumulative_net.p95), even ? std::to_string(*even) : "niet binnen de horizon");
  }
  return rows;
}

std::string change_row(const Comparison& c, std::string_view label, std::string_view series, std::string_view unit) {
  const Quantiles q = last_year_change(c, series);
  const Quantiles rel = last_year_relative_change(c, series);
  return fmt::format("<tr><td>{}</td><td>{} {}</td><td>{}</td><td>[{}; {}]</td></tr>\n", label, nl_number(q.p50), unit,
                     percent(rel.p50), nl_number(q.p5), nl_number(q.p95));
}

}  // namespace

std::string plan_section(const Comparison& c, const std::string& plan_name, json& specs) {
  const auto years = payer_years(c);
  specs["plan_netto"] = net_chart(years);
  const std::string last = std::to_string(c.from.plus(c.months - 1).year());
  std::string changes;
  changes += change_row(c, "Huisartscontacten per maand", "indicator/gp_demand", "");
  changes += change_row(c, "Sociale vragen bij welzijn per maand", "place/welzijn/demand", "");
  changes += change_row(c, "Wachtend bij het wijkteam", "place/wijkteam/waiting", "");
  changes += change_row(c, "Wachtend op wijkverpleging (cli&euml;nten)", "place/wijkverpleging/waiting", "");
  changes += change_row(c, "Wachtend op een verpleeghuisplek (cli&euml;nten)", "place/wlz_provider/waiting", "");
  changes += change_row(c, "Tekort wijkverpleegkundigen (fte)", "profession/district_nurse/shortage_fte", "");
  changes += change_row(c, "Tekort verzorgenden langdurige zorg (fte)", "profession/ltc_carer/shortage_fte", "");
  return fmt::format(
      R"(<h2>Regioplan {name} tegenover niets doen <span class="kind">scenarioresultaat</span></h2>
<p class="note">Plan en basisprojectie zijn {reps} keer doorgerekend met dezelfde toevalsgetallen (common random numbers); de cijfers zijn de mediaan (P50) met tussen haken het 5e en 95e percentiel over de herhalingen. Besparing is de zorgkosten van de basisprojectie min die van het plan, zonder de kosten van de interventies; een negatieve besparing betekent meer zorg geleverd of meer kosten. Alle cijfers per maand staan in <code>comparison.csv</code>, de businesscase in <code>business_case.csv</code>.</p>
<div id="plan_netto" class="chart"></div>
<table>
<thead><tr><th>Betaler</th><th>Investering tot {last} (mln)</th><th>Besparing tot {last} (mln)</th><th>Netto tot {last} (mln)</th><th>Break-even</th></tr></thead>
<tbody>
{rows}</tbody>
</table>
<p class="note">Wie investeert en wie bespaart: als de betalers van de interventies een ander zijn dan de betalers die besparen (het &lsquo;verkeerde zak&rsquo;-probleem), staat de verdeling in <code>business_case.csv</code> (sectie <code>wrong_pocket</code>, naar rato van de investering toegerekend).</p>
<table>
<thead><tr><th>Effect in het laatste jaar ({last})</th><th>Verschil (P50)</th><th>Relatief</th><th>P5; P95</th></tr></thead>
<tbody>
{changes}</tbody>
</table>
)",
      fmt::arg("name", escape_html(plan_name)), fmt::arg("reps", c.replications()), fmt::arg("last", last),
      fmt::arg("rows", payer_rows(c, years)), fmt::arg("changes", changes));
}

}  // namespace regiotwin
