#include "regiobeeld/report_html.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "regiobeeld/html_format.hpp"
#include "regiobeeld/report_charts.hpp"

namespace regiotwin {
namespace {

using html::escape_html;
using nlohmann::json;

class Page {
 public:
  Page(Language lang, ReportMedium medium) : lang_(lang), medium_(medium) {}

  [[nodiscard]] std::string say(std::string_view nl, std::string_view en) const {
    return std::string(lang_ == Language::en ? en : nl);
  }
  [[nodiscard]] std::string t(const json& pair) const { return escape_html(text(pair, lang_)); }
  [[nodiscard]] std::string number(double value, int decimals = 0) const {
    std::string nl = html::nl_number(value, decimals);
    if (lang_ == Language::nl) return nl;
    std::string en = std::move(nl);
    std::replace(en.begin(), en.end(), '.', '#');
    std::replace(en.begin(), en.end(), ',', '.');
    std::replace(en.begin(), en.end(), '#', ',');
    return en;
  }
  [[nodiscard]] std::string millions(double eur) const { return number(eur / 1e6, 1); }
  // What kind of figure a section shows (model.md §7): an input, a baseline projection or a scenario result.
  [[nodiscard]] std::string kind(std::string_view which) const {
    if (which == "input") return R"(<span class="kind input">)" + say("invoer", "input") + "</span>";
    if (which == "scenario")
      return R"(<span class="kind scenario">)" + say("scenarioresultaat", "scenario result") + "</span>";
    return R"(<span class="kind">)" + say("basisprojectie", "baseline projection") + "</span>";
  }
  // Tables behind a summary line: closed on screen, open on paper.
  [[nodiscard]] const char* details() const { return medium_ == ReportMedium::print ? "<details open>" : "<details>"; }

 private:
  Language lang_;
  ReportMedium medium_;
};

std::string chart(const std::string& id, const std::string& caption) {
  return fmt::format("<figure><div id=\"{}\" class=\"chart\"></div><figcaption>{}</figcaption></figure>\n", id,
                     caption);
}

const json* find_theme(const json& doc, const json& id) {
  for (const json& t : doc["themes"]) {
    if (t["id"] == id) return &t;
  }
  return nullptr;
}

std::string component_title(const json& theme, const json& id, const Page& page) {
  for (const json& c : theme["knelpunt"]["components"]) {
    if (c["id"] == id) return page.t(c["title"]);
  }
  return escape_html(id.get<std::string>());
}

double population(const json& doc, std::size_t year) {
  double sum = 0.0;
  for (const char* sex : {"men", "women"}) {
    for (const json& v : doc["pyramid"][sex][year]) sum += v.get<double>();
  }
  return sum;
}

std::string header(const json& doc, const Page& page) {
  const json& meta = doc["meta"];
  const std::size_t municipalities = doc["areas"].size() - 1;
  std::string kind = page.say("basisprojectie (niets doen)", "baseline projection (doing nothing)");
  if (!meta["scenario"].is_null()) {
    kind = fmt::format("{} <b>{}</b>, {} {}", page.say("regioplan", "regional plan"),
                       escape_html(meta["scenario"]["name"].get<std::string>()),
                       meta["scenario"]["replications"].get<int>(), page.say("herhalingen", "replications"));
  }
  const std::string zk = meta["zorgkantoorregio"].get<std::string>();
  return fmt::format(
      "<h1>{title} {name}</h1>\n<p class=\"meta\">{n} {municipalities}{zk} &middot; {sim} {from} {to} {last} &middot; "
      "{kind} &middot; seed {seed}{sample} &middot; regiotwin {version}</p>\n",
      fmt::arg("title", page.say("Regiobeeld", "Regional picture")),
      fmt::arg("name", escape_html(meta["region_name"].get<std::string>())), fmt::arg("n", municipalities),
      fmt::arg("municipalities", page.say("gemeenten", "municipalities")),
      fmt::arg("zk", zk.empty()
                         ? std::string{}
                         : " &middot; " + page.say("zorgkantoorregio ", "care office region ") + escape_html(zk)),
      fmt::arg("sim", page.say("simulatie van", "simulated from")), fmt::arg("from", meta["from"].get<std::string>()),
      fmt::arg("to", page.say("tot en met", "to")), fmt::arg("last", meta["to"].get<std::string>()),
      fmt::arg("kind", kind), fmt::arg("seed", meta["seed"].get<std::uint64_t>()),
      fmt::arg("sample", meta["sample"].get<double>() < 1.0
                             ? fmt::format(" &middot; {} {}%", page.say("steekproef", "sample"),
                                           page.number(100.0 * meta["sample"].get<double>(), 1))
                             : std::string{}),
      fmt::arg("version", escape_html(meta["version"].get<std::string>())));
}

// The ranked knelpunten of the region, and the scores per municipality.
std::string summary(const json& doc, const Page& page) {
  const json& region = doc["areas"].back();
  const json& years = doc["pyramid"]["years"];
  std::string out = fmt::format("<h2>{} {}</h2>\n", page.say("Samenvatting", "Summary"), page.kind("baseline"));
  out += "<div class=\"figures\">\n";
  out += fmt::format("<div class=\"figure\">{} {}<b>{}</b></div>\n", page.say("Inwoners januari", "Residents January"),
                     years.front().get<int>(), page.number(population(doc, 0)));
  out += fmt::format("<div class=\"figure\">{} {}<b>{}</b></div>\n", page.say("Inwoners januari", "Residents January"),
                     years.back().get<int>(), page.number(population(doc, years.size() - 1)));
  const json& top = doc["ranking"][region["code"].get<std::string>()].front();
  if (const json* theme = find_theme(doc, top["theme"])) {
    out += fmt::format("<div class=\"figure\">{}<b>{}</b>{} {}</div>\n",
                       page.say("Grootste knelpunt", "Largest bottleneck"), page.t((*theme)["title"]),
                       page.say("vooral", "mainly"), component_title(*theme, top["driver"], page));
  }
  out += "</div>\n";
  out += fmt::format(
      "<p class=\"note\">{}</p>\n",
      page.say(
          "De knelpuntscore telt op hoe ver de vraag de capaciteit voorbijloopt in het laatste getoonde jaar "
          "(10 = 10% meer vraag dan capaciteit) en hoe snel die belasting stijgt (10 = 10 procentpunt "
          "per tien jaar). Per thema telt de zwaarste plek of beroepsgroep; zie &lsquo;Werkwijze en bronnen&rsquo;.",
          "The knelpunt score adds how far demand outruns capacity in the last year shown (10 = demand "
          "10% above capacity) and how fast that load rises (10 = 10 percentage points per ten years). "
          "Per theme the heaviest place or profession counts; see &lsquo;Method and sources&rsquo;."));
  out += chart("knelpunten", page.say("Knelpuntscore per thema voor de regio, hoogste eerst.",
                                      "Knelpunt score per theme for the region, highest first."));
  out += fmt::format(
      "<table><thead><tr><th>#</th><th class=\"text\">{}</th><th>{}</th><th class=\"text\">{}</th><th "
      "class=\"text\">{}</th></tr></thead><tbody>\n",
      page.say("Thema", "Theme"), page.say("Score", "Score"), page.say("Grootste knelpunt", "Main bottleneck"),
      page.say("Indicatoren erachter", "Indicators behind it"));
  int rank = 0;
  for (const json& r : doc["ranking"][region["code"].get<std::string>()]) {
    const json* theme = find_theme(doc, r["theme"]);
    std::string behind;
    for (const json& id : (*theme)["knelpunt"]["indicators"]) {
      for (const json& i : (*theme)["indicators"]) {
        if (i["id"] == id) behind += (behind.empty() ? "" : "; ") + page.t(i["title"]);
      }
    }
    out += fmt::format(
        "<tr><td>{}</td><td class=\"text\"><a href=\"#{}\">{}</a></td><td>{}</td><td class=\"text\">{}</td><td "
        "class=\"text\">{}</td></tr>\n",
        ++rank, (*theme)["id"].get<std::string>(), page.t((*theme)["title"]), page.number(r["score"].get<double>(), 1),
        component_title(*theme, r["driver"], page), behind);
  }
  out += "</tbody></table>\n";
  // Scores per municipality: a heat table, the highest theme of each municipality marked.
  out += fmt::format("<h3>{}</h3>\n<table class=\"heat\"><thead><tr><th>{}</th>",
                     page.say("Knelpunten per gemeente", "Bottlenecks per municipality"),
                     page.say("Gemeente", "Municipality"));
  for (const json& t : doc["themes"]) out += fmt::format("<th>{}</th>", page.t(t["title"]));
  out += "</tr></thead><tbody>\n";
  for (const json& area : doc["areas"]) {
    const std::string code = area["code"];
    double highest = -1.0;
    for (const json& t : doc["themes"]) highest = std::max(highest, t["knelpunt"]["score"][code].get<double>());
    out += fmt::format("<tr{}><td>{}</td>", area["is_region"].get<bool>() ? " class=\"total\"" : "",
                       escape_html(area["name"].get<std::string>()));
    for (const json& t : doc["themes"]) {
      const double s = t["knelpunt"]["score"][code];
      const double heat = std::clamp(s / 60.0, 0.0, 1.0);
      out += fmt::format("<td style=\"background: rgba(192,80,77,{:.2f})\"{}>{}</td>", 0.08 + 0.6 * heat,
                         s == highest ? " class=\"top\"" : "", page.number(s, 1));
    }
    out += "</tr>\n";
  }
  out += "</tbody></table>\n";
  return out;
}

std::string format_value(const json& indicator, double value, const Page& page) {
  return page.number(value, indicator["decimals"].get<int>());
}

std::string theme_section(const json& doc, const json& theme, const Page& page) {
  const std::string id = theme["id"];
  const json& years = doc["years"];
  const std::string region = doc["areas"].back()["code"];
  std::string out = fmt::format("<section id=\"{}\">\n<h2>{} {}</h2>\n<p>{}</p>\n", id, page.t(theme["title"]),
                                page.kind("baseline"), page.t(theme["description"]));
  out += fmt::format("<p class=\"score\">{} <b>{}</b> &middot; {} {}</p>\n",
                     page.say("Knelpuntscore regio", "Regional knelpunt score"),
                     page.number(theme["knelpunt"]["score"][region].get<double>(), 1),
                     page.say("grootste knelpunt:", "main bottleneck:"),
                     component_title(theme, theme["knelpunt"]["driver"][region], page));
  out += fmt::format("<table><thead><tr><th>{}</th><th class=\"text\">{}</th>",
                     page.say("Indicator (regio)", "Indicator (region)"), page.say("Eenheid", "Unit"));
  for (std::size_t y = 0; y < years.size(); ++y) {
    out += fmt::format("<th>{}{}</th>", years[y].get<int>(), y == 0 ? page.say(" (start)", " (start)") : "");
  }
  out += fmt::format("<th class=\"text\">{}</th></tr></thead><tbody>\n", page.say("Bron", "Source"));
  for (const json& i : theme["indicators"]) {
    out += fmt::format("<tr><td>{}</td><td class=\"text\">{}</td>", page.t(i["title"]), page.t(i["unit"]));
    for (const json& v : i["values"][region]) out += "<td>" + format_value(i, v.get<double>(), page) + "</td>";
    out += fmt::format("<td class=\"source\">{}</td></tr>\n", page.t(i["source"]));
  }
  out += "</tbody></table>\n";
  // Per municipality: every indicator at the start and the last year shown.
  const std::size_t last = years.size() - 1;
  out += fmt::format("{}<summary>{}</summary><table><thead><tr><th>{}</th>", page.details(),
                     page.say("Per gemeente", "Per municipality"), page.say("Gemeente", "Municipality"));
  for (const json& i : theme["indicators"]) {
    out += fmt::format("<th>{} {}</th><th>{}</th>", page.t(i["title"]), years[0].get<int>(), years[last].get<int>());
  }
  out += "</tr></thead><tbody>\n";
  for (const json& area : doc["areas"]) {
    out += fmt::format("<tr{}><td>{}</td>", area["is_region"].get<bool>() ? " class=\"total\"" : "",
                       escape_html(area["name"].get<std::string>()));
    for (const json& i : theme["indicators"]) {
      const json& v = i["values"][area["code"].get<std::string>()];
      out += "<td>" + format_value(i, v[0].get<double>(), page) + "</td><td>" +
             format_value(i, v[last].get<double>(), page) + "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody></table></details>\n";
  for (const json& kind : theme["charts"]) {
    const std::string k = kind;
    const std::string chart_id = fmt::format("{}_{}", id, k);
    if (k == "pyramid") {
      out += chart(
          chart_id,
          page.say("Bevolkingspiramide in januari van het eerste en het laatste jaar: mannen links, vrouwen rechts. "
                   "Start uit het regiopakket (CBS), daarna sterfte, geboorte en migratie (basisprojectie).",
                   "Population pyramid in January of the first and the last year: men left, women right. Start "
                   "from the region pack (CBS), then mortality, births and migration (baseline projection)."));
    } else if (k == "knelpunt") {
      out +=
          chart(chart_id,
                page.say("Belasting per plek en beroepsgroep: vraag gedeeld door capaciteit (100% = precies genoeg).",
                         "Load per place and profession: demand divided by capacity (100% = just enough)."));
    } else if (k == "capacity") {
      out += chart(chart_id,
                   page.say("Vraag en capaciteit per plek en jaar: contacten per maand (gemiddelde), bij doorlopende "
                            "zorg cliënten in zorg of wachtend tegen plaatsen in december.",
                            "Demand and capacity per place and year: contacts a month (mean); for ongoing care, "
                            "clients in care or waiting against places in December."));
    } else if (k == "waiting") {
      out += chart(chart_id, page.say("Wachtenden per plek in december.", "Waiting per place in December."));
    } else if (k == "workforce") {
      out += chart(chart_id, page.say("Tekort in fte per beroepsgroep in december: benodigde min beschikbare fte.",
                                      "FTE shortage per profession in December: required minus available FTE."));
    } else if (k == "flows") {
      out +=
          chart(chart_id, fmt::format("{} {}.",
                                      page.say("Hulpvragen van de plek waar ze binnenkwamen (links) naar de plek waar "
                                               "ze eindigden (rechts), in",
                                               "Help questions from the place they entered (left) to the place they "
                                               "ended (right), in"),
                                      doc["flows"]["year"].get<int>()));
    }
  }
  return out + "</section>\n";
}

std::string costs_section(const Page& page) {
  return fmt::format("<h2>{} {}</h2>\n", page.say("Kosten per betaler", "Cost per payer"), page.kind("baseline")) +
         chart("costs",
               page.say("Kosten per jaar per betaler in miljoenen euro: eenheidsprijzen per plek (NZa-tarieven, "
                        "CBS, Vektis; docs/finance.md) maal geleverde zorg, plus overige Zvw-zorg en bijstand.",
                        "Cost per year and payer in EUR million: unit prices per place (NZa tariffs, CBS, Vektis; "
                        "docs/finance.md) times care delivered, plus other Zvw care and social assistance."));
}

std::string plan_section(const json& plan, const Page& page) {
  const json& years = plan["years"];
  const int last = years.back().get<int>();
  std::string out = fmt::format("<h2>{} {} {}</h2>\n", page.say("Regioplan", "Regional plan"),
                                escape_html(plan["name"].get<std::string>()), page.kind("scenario"));
  out += fmt::format(
      "<p class=\"note\">{}</p>\n",
      fmt::format(
          fmt::runtime(page.say(
              "Plan en basisprojectie zijn {} keer doorgerekend met dezelfde toevalsgetallen; cijfers zijn de mediaan "
              "(P50) met het 5e en 95e percentiel. Besparing = zorgkosten van de basisprojectie min die van het plan, "
              "zonder de kosten van de interventies.",
              "Plan and baseline ran {} times with the same random numbers; figures are the median (P50) with the "
              "5th and 95th percentiles. Savings = care cost of the baseline minus that of the plan, without the "
              "interventions' cost.")),
          plan["replications"].get<int>()));
  out += chart("plan_net", page.say("Netto per betaler tot de horizon (mediaan, lijn P5–P95).",
                                    "Net per payer to the horizon (median, rule P5–P95)."));
  out += fmt::format(
      "<table><thead><tr><th>{}</th><th>{} {}</th><th>{} {}</th><th>{} {}</th><th>{}</th></tr></thead><tbody>\n",
      page.say("Betaler", "Payer"), page.say("Investering tot", "Investment to"), last,
      page.say("Besparing tot", "Savings to"), last, page.say("Netto tot", "Net to"), last, "Break-even");
  const auto sum = [](const json& values) {
    double s = 0.0;
    for (const json& v : values) s += v.get<double>();
    return s;
  };
  for (const json& p : plan["business_case"]["payers"]) {
    const json& q = p["cumulative_net"];
    if (q["p5"].back() == 0.0 && q["p95"].back() == 0.0 && sum(p["cost"]) == 0.0) continue;
    out += fmt::format("<tr{}><td>{}</td><td>{}</td><td>{}</td><td>{} <small>[{}; {}]</small></td><td>{}</td></tr>\n",
                       p["id"] == "all" ? " class=\"total\"" : "", page.t(p["title"]), page.millions(sum(p["cost"])),
                       page.millions(sum(p["savings"])), page.millions(q["p50"].back()), page.millions(q["p5"].back()),
                       page.millions(q["p95"].back()),
                       p["break_even"].is_null() ? page.say("niet binnen de horizon", "not within the horizon")
                                                 : std::to_string(p["break_even"].get<int>()));
  }
  out += "</tbody></table>\n";
  out += fmt::format("<table><thead><tr><th>{}</th><th>{}</th><th>{} {}</th></tr></thead><tbody>\n",
                     page.say("Partij", "Party"), page.say("Investering (mln)", "Investment (million)"),
                     page.say("Netto (mln) tot", "Net (million) to"), last);
  for (const json& p : plan["business_case"]["parties"]) {
    const json& q = p["cumulative_net"];
    out += fmt::format("<tr><td>{}</td><td>{}</td><td>{} <small>[{}; {}]</small></td></tr>\n", page.t(p["title"]),
                       page.millions(sum(p["cost"])), page.millions(q["p50"].back()), page.millions(q["p5"].back()),
                       page.millions(q["p95"].back()));
  }
  out += "</tbody></table>\n";
  out += chart("plan_effects", page.say("Plan min basisprojectie per jaar voor wat verandert: mediaan met P5–P95-band.",
                                        "Plan minus baseline per year for what changes: median with a P5–P95 band."));
  return out;
}

std::string method_section(const json& doc, const Page& page) {
  std::string out =
      fmt::format("<h2 id=\"werkwijze\">{}</h2>\n", page.say("Werkwijze en bronnen", "Method and sources"));
  out += fmt::format(
      "<p>{}</p>\n",
      page.say(
          "Regiotwin simuleert elke inwoner maand voor maand: leeftijd, gezondheid, hulpvragen, waar die terechtkomen, "
          "de "
          "capaciteit en het personeel dat ze helpt, wachtlijsten en kosten per betaler. <b>Invoer</b> zijn de cijfers "
          "uit "
          "het regiopakket en de parameters hieronder, elk met bron; de <b>basisprojectie</b> is het model zonder "
          "beleid; "
          "een <b>scenarioresultaat</b> vergelijkt een regioplan met die basis. Knelpuntscore per plek of beroep: "
          "100 &times; (max(0, B<sub>T</sub> &minus; 1) + max(0, (B<sub>T</sub> &minus; B<sub>0</sub>) / T &times; "
          "10)), met B "
          "de belasting (vraag / capaciteit) in het startjaar en het laatste getoonde jaar, T jaar later.",
          "Regiotwin simulates every resident month by month: age, health, help questions, where they land, the "
          "capacity "
          "and staff that serve them, waiting lists and cost per payer. <b>Inputs</b> are the region pack's figures "
          "and the "
          "parameters below, each with its source; the <b>baseline projection</b> is the model without policy; a "
          "<b>scenario result</b> compares a regional plan with that baseline. Knelpunt score per place or profession: "
          "100 &times; (max(0, L<sub>T</sub> &minus; 1) + max(0, (L<sub>T</sub> &minus; L<sub>0</sub>) / T &times; "
          "10)), with L "
          "the load (demand / capacity) in the start year and the last year shown, T years later."));
  std::string changed;
  for (const json& s : doc["sources"]) {
    if (s["overridden"].get<bool>())
      changed += (changed.empty() ? "" : ", ") + fmt::format("<code>{}</code>", escape_html(s["name"]));
  }
  out += fmt::format("<p>{} {}</p>\n", page.say("Gewijzigde parameters:", "Parameters changed:"),
                     changed.empty() ? page.say("geen (alle standaardwaarden).", "none (all defaults).") : changed);
  out += fmt::format(
      "{}<summary>{} ({})</summary><table "
      "class=\"sources\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
      page.details(), page.say("Alle parameters met bron", "All parameters with their source"), doc["sources"].size(),
      page.say("Parameter", "Parameter"), page.say("Waarde", "Value"), page.say("Eenheid", "Unit"),
      page.say("Bron", "Source"));
  for (const json& s : doc["sources"]) {
    out += fmt::format(
        "<tr><td><code>{}</code></td><td class=\"text\">{}</td><td class=\"text\">{}</td><td "
        "class=\"source\">{}</td></tr>\n",
        escape_html(s["name"]), escape_html(s["value"]), escape_html(s["unit"]), escape_html(s["source"]));
  }
  out += "</tbody></table></details>\n";
  out += fmt::format("<p class=\"meta\">{} <code>{}</code> &middot; commit {}</p>\n",
                     page.say("Gemaakt met:", "Made with:"), escape_html(doc["meta"]["command"]),
                     escape_html(doc["meta"]["git_commit"]));
  return out;
}

constexpr std::string_view style = R"(
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 68rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; line-height: 1.45; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; } h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid #ccd; } h3 { font-size: 1.05rem; }
.meta { color: #555; font-size: .9rem; } .kind { display: inline-block; font-size: .72rem; font-weight: normal; padding: 0 .4rem; border-radius: .3rem; background: #e6eef8; color: #1d4f91; margin-left: .4rem; vertical-align: middle; }
.kind.scenario { background: #fbe9d0; color: #8a4b00; } .kind.input { background: #e5f3e6; color: #22662a; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: .8rem; margin: 1rem 0; }
.figure { border: 1px solid #dde; border-radius: .5rem; padding: .7rem; } .figure b { display: block; font-size: 1.3rem; }
table { border-collapse: collapse; width: 100%; font-size: .86rem; margin: .6rem 0; } th, td { padding: .3rem .45rem; border-bottom: 1px solid #e3e3ea; text-align: right; vertical-align: top; }
th:first-child, td:first-child, td.text, th.text { text-align: left; } td.source { text-align: left; color: #555; font-size: .78rem; max-width: 22rem; }
tr.total td { font-weight: 600; border-top: 2px solid #99a; } td.top { font-weight: 700; }
.chart { width: 100%; min-height: 200px; } figure { margin: 1rem 0; } figcaption, .note { font-size: .84rem; color: #444; }
.score { font-size: 1rem; } details { margin: .5rem 0; } summary { cursor: pointer; color: #1d4f91; }
@page { size: A4; margin: 14mm; }
@media print { body { max-width: none; margin: 0; font-size: 10pt; } figure, tr { break-inside: avoid; } h2, h3 { break-after: avoid; } }
)";

}  // namespace

std::string report_html(const json& doc, Language lang, const std::string& charts_js, ReportMedium medium) {
  const Page page(lang, medium);
  const json charts = report_charts(doc, lang);
  std::string body = header(doc, page) + summary(doc, page);
  for (const json& theme : doc["themes"]) body += theme_section(doc, theme, page);
  body += costs_section(page);
  if (!doc["plan"].is_null()) body += plan_section(doc["plan"], page);
  body += method_section(doc, page);
  const json locale = lang == Language::nl
                          ? json{{"decimal", ","}, {"thousands", "."}, {"grouping", {3}}, {"currency", {"€ ", ""}}}
                          : json{{"decimal", "."}, {"thousands", ","}, {"grouping", {3}}, {"currency", {"€", ""}}};
  // The page records how many charts drew and every error on <body>, for people and for the browser test.
  return fmt::format(
      R"(<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="regiotwin {version}">
<title>{title} {name}</title>
<style>{style}</style>
</head>
<body data-charts="{n}" data-charts-drawn="0" data-chart-errors="0">
{body}
<script>
window.addEventListener('error', e => {{ const b = document.body; b.dataset.chartErrors = +b.dataset.chartErrors + 1; b.dataset.lastError = String(e.message); }});
</script>
<script>{charts_js}</script>
<script>
const specs = {specs};
const options = {{actions: false, renderer: 'svg', formatLocale: {locale}}};
// Items drawn from data (not axes, legends or titles), through nested groups such as facets.
const dataItems = mark => mark.marktype === 'group'
  ? mark.items.reduce((n, group) => n + (group.items || []).reduce((m, child) => m + dataItems(child), 0), 0)
  : (mark.role === 'mark' ? mark.items.length : 0);
Promise.all(Object.entries(specs).map(([id, spec]) =>
  vegaEmbed('#' + id, spec, options).then(result => {{
    if (dataItems(result.view.scenegraph().root) === 0) throw new Error(id + ': empty chart');
    document.body.dataset.chartsDrawn = +document.body.dataset.chartsDrawn + 1;
  }}).catch(err => {{
    document.body.dataset.chartErrors = +document.body.dataset.chartErrors + 1;
    document.body.dataset.lastError = String(err);
    document.getElementById(id).textContent = '{failed} ' + err;
  }})
)).then(() => {{ document.body.dataset.done = 'yes'; }});
</script>
</body>
</html>
)",
      fmt::arg("lang", language_code(lang)),
      fmt::arg("version", escape_html(doc["meta"]["version"].get<std::string>())),
      fmt::arg("title", page.say("Regiobeeld", "Regional picture")),
      fmt::arg("name", escape_html(doc["meta"]["region_name"].get<std::string>())), fmt::arg("style", style),
      fmt::arg("n", charts.size()), fmt::arg("body", body), fmt::arg("charts_js", charts_js),
      fmt::arg("specs", html::script_json(charts)), fmt::arg("locale", locale.dump()),
      fmt::arg("failed", page.say("Grafiek kon niet getekend worden:", "Chart could not be drawn:")));
}

}  // namespace regiotwin
