#pragma once
// The regiobeeld of a run as one language-neutral JSON document: the numbers behind the report, the
// workbook and the JSON export, kept in the results store as the document "regiobeeld". The report
// and the workbook are drawn from it alone, so `regiotwin report RUN` needs no rerun. Texts are
// {"nl": ..., "en": ...} pairs; numbers are plain (euros, persons, FTE, shares as fractions).
//
// Format 1:
// {
//   "format": 1,
//   "meta": {"region_id", "region_name", "zorgkantoorregio", "from": "2024-01", "to": "2040-12", "seed",
//            "sample", "version", "git_commit", "command",
//            "scenario": null | {"name", "replications"}},
//   "years": [2024, 2030, 2035, 2040],        // the theme years inside the horizon; first = the start year
//   "areas": [{"code", "name", "is_region"}], // municipalities in pack order, then the region (code = region id)
//   "themes": [{
//       "id", "title": {nl, en}, "description": {nl, en},
//       "indicators": [{"id", "title": {nl, en}, "unit": {nl, en}, "decimals", "kind": "input" | "baseline",
//                       "source": {nl, en}, "values": {"<area code>": [one value per entry of "years"]}}],
//       "knelpunt": {
//         "components": [{"id": "place/gp" | "profession/gp", "title": {nl, en},
//                         "load": {"<area code>": [demand / capacity per entry of "years"]}}],
//         "score": {"<area code>": number}, "driver": {"<area code>": "<component id>"},
//         "indicators": ["<indicator id>", ...]},  // the indicators behind the knelpunt
//       "charts": ["pyramid" | "knelpunt" | "capacity" | "waiting" | "workforce" | "flows", ...]
//   }],
//   "ranking": {"<area code>": [{"theme", "score", "driver"}, ...]},   // highest score first
//   "pyramid": {"years": [first, last], "age_groups": ["0-4", ..., "95+"],
//               "men": [[persons per age group] per year], "women": [...]},   // the region, in January
//   "places": [{"id", "title": {nl, en}, "unit": {nl, en}, "ongoing": bool, "years": [every calendar year],
//               "demand": [...], "capacity": [...], "waiting": [...], "in_care": [...], "within_norm": [...]}],
//   "workforce": [{"id", "title": {nl, en}, "years": [...], "fte": [...], "fte_required": [...],
//                  "shortage_fte": [...]}],
//   "costs": [{"id" (payer), "title": {nl, en}, "years": [...], "eur": [...]}],
//   "flows": {"year", "links": [{"from": place id, "to": place id | "unresolved", "value"}]},
//   "plan": null | {
//       "name", "replications", "years": [...],
//       "series": [{"id", "title": {nl, en}, "unit": {nl, en},
//                   "baseline": {"p5": [...], "p50": [...], "p95": [...]}, "plan": {...}, "difference": {...}}],
//       "business_case": {
//         "payers": [{"id", "title": {nl, en}, "cost": [P50 per year], "savings": [...],
//                     "net": {"p5", "p50", "p95"} (per year), "cumulative_net": {...}, "break_even": year | null}],
//         "parties": [{"id", "title": {nl, en}, "cost": [...], "cumulative_net": {"p5", "p50", "p95"}}]}},
//   "sources": [{"name", "value", "unit", "source", "overridden": bool}]   // every parameter of the run
// }
//
// Places' yearly figures: at contact places demand and capacity are monthly means over the year; at
// places of ongoing care demand is the clients in care or waiting, capacity the client places, both in
// December (or the run's last month), as are waiting and in care; within_norm is the year's share
// served within the norm. Workforce: December's. Costs: the year's sum.
#include <nlohmann/json.hpp>

#include "core/parameters.hpp"
#include "plan/comparison.hpp"
#include "regiobeeld/themes.hpp"
#include "region/region.hpp"
#include "sim/result.hpp"

namespace regiotwin {

struct RegiobeeldMeta {
  std::string version;
  std::string git_commit;
  std::string command;
  std::uint64_t seed = 0;
  double sample = 1.0;
  std::string scenario_name;  // empty for a baseline run
};

nlohmann::json regiobeeld_data(const Region& region, const SimulationResult& result, const ThemeConfig& themes,
                               const ParameterSet& params, const RegiobeeldMeta& meta,
                               const Comparison* comparison = nullptr);

}  // namespace regiotwin
