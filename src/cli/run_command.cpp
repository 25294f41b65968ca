#include <fmt/format.h>
#include <unistd.h>
#include <atomic>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/output_file.hpp"
#include "cli/paths.hpp"
#include "cli/progress.hpp"
#include "cli/stored_run.hpp"
#include "core/version.hpp"
#include "plan/business_case.hpp"
#include "plan/comparison.hpp"
#include "plan/scenario.hpp"
#include "regiobeeld/regiobeeld_data.hpp"
#include "regiobeeld/report_html.hpp"
#include "region/pack.hpp"
#include "results/budget_csv.hpp"
#include "results/care_csv.hpp"
#include "results/digest.hpp"
#include "results/indicators_csv.hpp"
#include "results/output_dir.hpp"
#include "results/result_series.hpp"
#include "results/store.hpp"
#include "sim/simulation.hpp"

namespace regiotwin {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The effective value of each option and where it came from: the command line, the scenario file
// or the built-in default (recorded in run.json).
struct Resolved {
  std::string region;
  RunPlan plan;
  int replications = 1;
  json origins = json::object();
};

Resolved resolve_options(const CLI::App& cmd, const RunOptions& options, const Scenario* scenario) {
  Resolved r;
  const auto pick = [&](const char* flag, const char* key, bool in_scenario) {
    const char* origin = cmd.count(flag) > 0 ? "command line" : in_scenario ? "scenario" : "default";
    r.origins[key] = origin;
    return std::string_view(origin) == "scenario";
  };
  r.region = pick("--region", "region", scenario != nullptr && scenario->region) ? *scenario->region : options.region;
  r.plan.from = pick("--from", "from", scenario != nullptr && scenario->from)
                    ? *scenario->from
                    : YearMonth::parse(options.from, "--from");
  r.plan.to =
      pick("--to", "to", scenario != nullptr && scenario->to) ? *scenario->to : YearMonth::parse(options.to, "--to");
  r.plan.seed = pick("--seed", "seed", scenario != nullptr && scenario->seed) ? *scenario->seed : options.seed;
  r.replications = pick("--replications", "replications", scenario != nullptr && scenario->replications)
                       ? *scenario->replications
                       : options.replications;
  r.plan.threads = options.threads;
  if (r.plan.to < r.plan.from) {
    throw ValidationError(fmt::format("the run ends ({}) before it starts ({})", r.plan.to.str(), r.plan.from.str()));
  }
  if (scenario != nullptr) {
    check_horizon(scenario->interventions, r.plan.from, r.plan.to);
    r.plan.interventions = scenario->interventions;
  }
  return r;
}

std::string scenario_name(const RunOptions& options) { return fs::path(options.scenario).stem().string(); }

// The headline of the business case on the terminal: net per payer over the horizon and break-even.
void print_business_case(const Comparison& comparison, const std::string& name) {
  const auto years = payer_years(comparison);
  const auto break_even = break_even_years(comparison);
  fmt::print("Business case of {} ({} replications, P50 [P5, P95]), net to {}:\n", name, comparison.replications(),
             comparison.from.plus(comparison.months - 1).year());
  for (std::size_t p = 0; p <= n_payers; ++p) {
    const Quantiles& q = years[p].back().cumulative_net;
    if (q.p5 == 0.0 && q.p95 == 0.0) continue;
    const std::optional<int>& even = break_even[p];
    fmt::print("  {:<22} {:>14.0f} EUR [{:.0f}, {:.0f}]  break-even {}\n",
               p == n_payers ? "all payers" : payer_name(static_cast<Payer>(p)), q.p50, q.p5, q.p95,
               even ? std::to_string(*even) : std::string("none"));
  }
}

json run_metadata(const RegionPack& pack, const Resolved& resolved, const RunOptions& options,
                  const ParameterSet& params, const std::string& command_line) {
  json inputs = json::array();
  for (const fs::path& file : pack.files) inputs.push_back({{"file", file.string()}, {"fnv1a64", file_digest(file)}});
  if (!options.scenario.empty()) {
    inputs.push_back({{"file", options.scenario}, {"fnv1a64", file_digest(options.scenario)}});
  }
  return {{"regiotwin_version", version},
          {"git_commit", git_commit},
          {"command", command_line},
          {"region",
           {{"id", pack.region.id},
            {"name", pack.region.name},
            {"pack", pack.directory.string()},
            {"municipalities", pack.region.municipalities.size()},
            {"population", pack.region.population()}}},
          {"options",
           {{"region", resolved.region},
            {"scenario", options.scenario},
            {"from", resolved.plan.from.str()},
            {"to", resolved.plan.to.str()},
            {"seed", resolved.plan.seed},
            {"replications", resolved.replications},
            {"interventions", resolved.plan.interventions.size()},
            {"threads", resolved.plan.threads}}},
          {"option_origins", resolved.origins},
          {"parameters_overridden", params.overridden()},
          {"inputs", inputs}};
}

RunRecord run_record(const CLI::App& cmd, const RegionPack& pack, const Resolved& resolved, const RunOptions& options,
                     const ParameterSet& params, const std::string& command_line, const Scenario* scenario) {
  RunRecord r;
  r.region_id = pack.region.id;
  r.region_name = pack.region.name;
  if (scenario != nullptr) {
    r.scenario = StoredScenario{scenario->name.empty() ? scenario_name(options) : scenario->name,
                                options.scenario,
                                read_text_file(options.scenario),
                                {}};
  }
  r.seed = resolved.plan.seed;
  r.replications = resolved.replications;
  r.from = resolved.plan.from.str();
  r.to = resolved.plan.to.str();
  r.sample = options.sample;
  r.threads = resolved.plan.threads;
  r.version = version;
  r.git_commit = git_commit;
  r.command = command_line;
  for (const fs::path& file : pack.files) r.inputs.push_back({file.string(), file_digest(file)});
  if (scenario != nullptr) r.inputs.push_back({options.scenario, file_digest(options.scenario)});
  const json values = {{"region", resolved.region},
                       {"from", resolved.plan.from.str()},
                       {"to", resolved.plan.to.str()},
                       {"seed", std::to_string(resolved.plan.seed)},
                       {"replications", std::to_string(resolved.replications)}};
  for (const auto& [name, origin] : resolved.origins.items()) {
    r.options.push_back({name, values.at(name).get<std::string>(), origin.get<std::string>()});
  }
  const auto origin = [&](const char* flag) { return cmd.count(flag) > 0 ? "command line" : "default"; };
  r.options.push_back({"sample", fmt::format("{}", options.sample), origin("--sample")});
  r.options.push_back({"threads", std::to_string(options.threads), origin("--threads")});
  r.parameters = stored_parameters(params);
  return r;
}

// Everything a run needs before its months start.
struct PreparedRun {
  ParameterSet params;
  std::optional<Scenario> scenario;
  Resolved resolved;
  RegionPack pack;
  Region region;
};

PreparedRun prepare(const CLI::App& cmd, const RunOptions& options) {
  PreparedRun p;
  if (!options.scenario.empty()) p.scenario = load_scenario(options.scenario);
  p.resolved = resolve_options(cmd, options, p.scenario ? &*p.scenario : nullptr);
  const RegionCatalog catalog(data_dir() / "regions");
  p.pack = load_region_pack(catalog.resolve(p.resolved.region), p.params);
  if (p.scenario) {
    for (const ParameterOverride& change : p.scenario->parameters) p.params.apply(change);
  }
  // A sample is a smaller region of the same make-up; everything below runs on it.
  p.region = options.sample < 1.0 ? sampled(p.pack.region, options.sample) : p.pack.region;
  if (options.sample < 1.0) scale_interventions(p.resolved.plan.interventions, options.sample);
  return p;
}

struct Written {
  RunOutputs stored;  // what the results store keeps of the run
  fs::path report;
};

// Simulates and writes the output folder.
Written simulate_and_write(const CLI::App& cmd, const RunOptions& options, const std::string& command_line,
                           const PreparedRun& p, Clock::time_point start) {
  const Region& region = p.region;
  const Resolved& resolved = p.resolved;
  const ParameterSet& params = p.params;
  const std::string charts_js = chart_library();
  const ThemeConfig themes =
      load_themes(options.themes.empty() ? data_dir() / "themes.yaml" : fs::path(options.themes));
  StagedOutput output(cmd.count("--out") > 0 ? fs::path(options.out) : fs::path("out") / p.pack.region.id);

  const auto stop_if_interrupted = [] {
    if (interrupted()) throw Error(ExitCode::interrupted, "interrupted; no results were written");
  };
  const auto synthesis_start = Clock::now();
  Simulation simulation(region, params, resolved.plan);
  const double synthesis_seconds = seconds_since(synthesis_start);

  const bool show_progress = !options.quiet && ::isatty(STDOUT_FILENO) == 1;
  ProgressBar bar(show_progress);
  const auto months_start = Clock::now();
  simulation.run([&](int done, int total) {
    stop_if_interrupted();
    bar.update(done, total);
  });
  bar.finish();
  const double months_seconds = seconds_since(months_start);

  const auto output_start = Clock::now();
  const SimulationResult& result = simulation.result();
  write_text_file(output.path("indicators.csv"), indicators_csv(result));
  write_text_file(output.path("places.csv"), places_csv(result));
  write_text_file(output.path("workforce.csv"), workforce_csv(result));
  write_text_file(output.path("flows.csv"), flows_csv(result));
  write_text_file(output.path("costs.csv"), costs_csv(result));
  write_text_file(output.path("budget.csv"), budget_csv(region, result));
  json outputs = {"indicators.csv", "places.csv",  "workforce.csv", "flows.csv",      "costs.csv",
                  "budget.csv",     "report.html", "run.json",      "regiobeeld.json"};
  RunOutputs stored;
  stored.series = series_of_result(result, region.id);
  double comparison_seconds = 0.0;
  std::optional<Comparison> comparison;
  if (!resolved.plan.interventions.empty()) {
    const auto comparison_start = Clock::now();
    comparison = compare_plan(region, params, resolved.plan, resolved.replications,
                              CareSettings::from(params, region.routing).routing.right, [&](int done, int total) {
                                stop_if_interrupted();
                                bar.update(done, total);
                              });
    bar.finish();
    const std::string business_case = business_case_csv(*comparison);
    write_text_file(output.path("comparison.csv"), comparison_csv(*comparison));
    write_text_file(output.path("business_case.csv"), business_case);
    outputs.push_back("comparison.csv");
    outputs.push_back("business_case.csv");
    const std::vector<StoredSeries> compared = stored_comparison(*comparison, region.id);
    stored.series.insert(stored.series.end(), compared.begin(), compared.end());
    stored.documents.push_back({"business_case.csv", business_case});
    comparison_seconds = seconds_since(comparison_start);
    if (!options.quiet) print_business_case(*comparison, scenario_name(options));
  }
  const std::string plan_name = p.scenario && !p.scenario->name.empty() ? p.scenario->name : scenario_name(options);
  const auto report_start = Clock::now();
  const RegiobeeldMeta report_meta{version, git_commit, command_line, resolved.plan.seed, options.sample, plan_name};
  const json regiobeeld =
      regiobeeld_data(region, result, themes, params, report_meta, comparison ? &*comparison : nullptr);
  write_text_file(output.path("regiobeeld.json"), regiobeeld.dump(1) + "\n");
  write_text_file(output.path("report.html"), report_html(regiobeeld, options.lang, charts_js));
  stored.documents.push_back({"regiobeeld", regiobeeld.dump()});
  const double report_seconds = seconds_since(report_start);

  json meta = run_metadata(p.pack, resolved, options, params, command_line);
  double person_months = 0.0;
  for (int month = 0; month < result.months(); ++month) person_months += result.region(month, Indicator::population);
  meta["persons_at_start"] = region.population();
  meta["sample"] = options.sample;
  meta["persons_at_end"] = simulation.population().alive();
  meta["person_slots"] = simulation.population().slots();
  meta["months"] = resolved.plan.months();
  stored.timings = {{"synthesis", synthesis_seconds},
                    {"months", months_seconds},
                    {"comparison", comparison_seconds},
                    {"regiobeeld", report_seconds},  // the document, regiobeeld.json and report.html
                    {"output", seconds_since(output_start) - comparison_seconds},  // all files, report included
                    {"total", seconds_since(start)}};
  meta["timings_seconds"] = json::object();
  for (const StoredTiming& t : stored.timings) meta["timings_seconds"][t.phase] = t.seconds;
  meta["person_months_per_second"] = person_months / months_seconds;
  meta["outputs"] = outputs;
  write_text_file(output.path("run.json"), meta.dump(2) + "\n");
  stored.documents.push_back({"run.json", meta.dump(2)});
  const fs::path target = output.commit();

  if (!options.quiet) {
    fmt::print("{}: {} residents in {}, {} in {}, {:.1f} s\n", region.name, region.population(),
               resolved.plan.from.str(), simulation.population().alive(), resolved.plan.to.str(), seconds_since(start));
  }
  return {std::move(stored), target / "report.html"};
}

// The run is recorded in the results store as running before it starts, and as done with its
// series and documents once its folder is in place; an error or interrupt marks it failed.
void run(const CLI::App& cmd, const RunOptions& options, const std::string& command_line) {
  const auto start = Clock::now();
  catch_interrupts();
  const PreparedRun prepared = prepare(cmd, options);
  std::optional<ResultStore> store;
  RunId id = 0;
  if (!options.no_store) {
    store.emplace(options.store);
    id = store->begin_run(run_record(cmd, prepared.pack, prepared.resolved, options, prepared.params, command_line,
                                     prepared.scenario ? &*prepared.scenario : nullptr));
  }
  try {
    const Written written = simulate_and_write(cmd, options, command_line, prepared, start);
    if (store) {
      store->finish_run(id, written.stored);
      if (!options.quiet) fmt::print("run {} recorded in {}\n", id, store->file().string());
    }
    fmt::print("{}\n", written.report.string());
  } catch (const std::exception& e) {
    if (store) store->fail_run(id, e.what());
    throw;
  }
}

}  // namespace

CLI::App* add_run_command(CLI::App& app, RunOptions& options, const std::string& command_line) {
  CLI::App* cmd = app.add_subcommand("run", "Simulate a region month by month and write its regiobeeld");
  cmd->add_option("--region", options.region, "Embedded region id (see `regiotwin regions`) or a region pack folder")
      ->capture_default_str();
  cmd->add_option(
         "--scenario", options.scenario,
         "Scenario file (YAML): region, horizon, seed, parameters, a regioplan's interventions (docs/scenarios.md)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--from", options.from, "First month, YYYY-MM")->capture_default_str();
  cmd->add_option("--to", options.to, "Last month, YYYY-MM")->capture_default_str();
  cmd->add_option("--seed", options.seed, "Random seed; the same seed gives the same results")->capture_default_str();
  cmd->add_option("--replications", options.replications,
                  "Runs of plan and baseline with common random numbers (a scenario with interventions)")
      ->check(CLI::Range(1, max_replications))
      ->capture_default_str();
  cmd->add_option("--sample", options.sample,
                  "Simulate this fraction of every municipality's residents (quick trials, tests); counts and money "
                  "in the outputs are the sample's")
      ->check(CLI::Range(1e-4, 1.0))
      ->capture_default_str();
  cmd->add_option("--threads", options.threads, "Threads (0: all cores); results do not depend on it")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  cmd->add_option("--out", options.out, "Output folder [default: out/<region id>]");
  cmd->add_option("--store", options.store, "Results store the run is recorded in (SQLite; docs/results-store.md)")
      ->capture_default_str();
  cmd->add_flag("--no-store", options.no_store, "Do not record the run in a results store");
  cmd->add_option("--themes", options.themes,
                  "Themes of the regiobeeld (YAML, docs/regiobeeld.md) [default: the embedded themes.yaml]")
      ->check(CLI::ExistingFile);
  add_language_option(*cmd, options.lang);
  cmd->add_flag("--quiet,-q", options.quiet, "Print only the path of the report");
  cmd->callback([cmd, &options, command_line] { run(*cmd, options, command_line); });
  return cmd;
}

}  // namespace regiotwin
