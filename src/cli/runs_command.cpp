// regiotwin runs list|show|delete: what the results store holds (docs/results-store.md).
#include <fmt/format.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "results/store.hpp"

namespace regiotwin {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct RunsOptions {
  std::string store = default_store_file;
  RunId run = 0;
  bool json = false;
};

std::string horizon(const RunSummary& run) { return fmt::format("{}..{}", run.from, run.to); }

json summary_json(const RunSummary& run) {
  return {{"id", run.id},
          {"status", status_name(run.status)},
          {"started_at", run.started_at},
          {"finished_at", run.finished_at.empty() ? json(nullptr) : json(run.finished_at)},
          {"region_id", run.region_id},
          {"scenario", run.scenario_name.empty() ? json(nullptr) : json(run.scenario_name)},
          {"seed", run.seed},
          {"replications", run.replications},
          {"from", run.from},
          {"to", run.to},
          {"error", run.error.empty() ? json(nullptr) : json(run.error)}};
}

// Columns padded to their widest cell; numbers to the right.
void print_table(const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& right) {
  std::vector<std::size_t> widths(right.size(), 0);
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], row[c].size());
  }
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      const std::string cell =
          right[c] ? fmt::format("{:>{}}", row[c], widths[c]) : fmt::format("{:<{}}", row[c], widths[c]);
      line += (c == 0 ? "" : "  ") + cell;
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    fmt::print("{}\n", line);
  }
}

// A store that is not there holds no runs: listing one does not create it, so that `runs list` in
// the wrong folder leaves nothing behind.
void list_runs(const RunsOptions& options) {
  if (!fs::exists(options.store)) {
    if (options.json) {
      fmt::print("[]\n");
    } else {
      fmt::print("no runs: there is no results store at {} (`regiotwin run` creates it)\n", options.store);
    }
    return;
  }
  const ResultStore store(options.store, StoreOpening::existing);
  const std::vector<RunSummary> runs = store.list();
  if (options.json) {
    json out = json::array();
    for (const RunSummary& run : runs) out.push_back(summary_json(run));
    fmt::print("{}\n", out.dump(2));
    return;
  }
  if (runs.empty()) {
    fmt::print("no runs in {}\n", options.store);
    return;
  }
  std::vector<std::vector<std::string>> rows = {
      {"id", "status", "started (UTC)", "region", "scenario", "seed", "replications", "horizon"}};
  for (const RunSummary& run : runs) {
    std::string started = run.started_at;
    if (started.size() == 20) started = started.substr(0, 10) + " " + started.substr(11, 8);  // no T and Z
    rows.push_back({std::to_string(run.id), status_name(run.status), started, run.region_id,
                    run.scenario_name.empty() ? "-" : run.scenario_name, std::to_string(run.seed),
                    std::to_string(run.replications), horizon(run)});
  }
  print_table(rows, {true, false, false, false, false, true, true, false});
}

void print_details(const RunDetails& d) {
  const RunSummary& s = d.summary;
  const RunRecord& r = d.record;
  fmt::print("run {}: {}\n", s.id, status_name(s.status));
  if (!s.error.empty()) fmt::print("  error         {}\n", s.error);
  fmt::print("  started       {}\n", s.started_at);
  if (!s.finished_at.empty()) fmt::print("  finished      {}\n", s.finished_at);
  fmt::print("  process       {} on {}\n", s.pid, s.host);
  fmt::print("  region        {} ({})\n", r.region_id, r.region_name);
  if (r.scenario) {
    fmt::print("  scenario      {} ({}, fnv1a64 {})\n", r.scenario->name, r.scenario->file, r.scenario->digest);
  } else {
    fmt::print("  scenario      - (baseline)\n");
  }
  fmt::print("  horizon       {}\n", horizon(s));
  fmt::print("  seed          {}\n", r.seed);
  fmt::print("  replications  {}\n", r.replications);
  fmt::print("  sample        {}\n", r.sample);
  fmt::print("  threads       {}\n", r.threads);
  fmt::print("  version       {} ({})\n", r.version, r.git_commit);
  fmt::print("  command       {}\n", r.command);

  fmt::print("options (effective value, and where it came from):\n");
  for (const StoredOption& o : r.options) fmt::print("  {:<14} {:<24} {}\n", o.name, o.value, o.origin);
  fmt::print("inputs (together fnv1a64 {}):\n", d.inputs_digest);
  for (const StoredInput& i : r.inputs) fmt::print("  {}  {}\n", i.digest, i.file);
  std::size_t overridden = 0;
  for (const StoredParameter& p : r.parameters) overridden += p.overridden ? 1 : 0;
  fmt::print("parameters: {} recorded, {} not at their default{}\n", r.parameters.size(), overridden,
             overridden > 0 ? ":" : "");
  for (const StoredParameter& p : r.parameters) {
    if (p.overridden) fmt::print("  {} = {} {}\n", p.name, p.value, p.unit);
  }
  if (!d.timings.empty()) {
    fmt::print("timings:\n");
    for (const StoredTiming& t : d.timings) fmt::print("  {:<14} {:.2f} s\n", t.phase, t.seconds);
  }
  fmt::print("series: {}\n", d.series_count);
  fmt::print("documents: {}\n",
             d.documents.empty() ? std::string("none") : fmt::format("{}", fmt::join(d.documents, ", ")));
}

void show_run(const RunsOptions& options) {
  const ResultStore store(options.store, StoreOpening::existing);
  const RunDetails details = store.show(options.run);
  if (options.json) {
    fmt::print("{}\n", run_details_json(details).dump(2));
  } else {
    print_details(details);
  }
}

void delete_run(const RunsOptions& options) {
  ResultStore store(options.store, StoreOpening::existing);
  store.remove(options.run);
  fmt::print("deleted run {} from {}\n", options.run, options.store);
}

void add_store_option(CLI::App* cmd, RunsOptions& options) {
  cmd->add_option("--store", options.store, "The results store (SQLite file)")->capture_default_str();
}

}  // namespace

json run_details_json(const RunDetails& details) {
  const RunRecord& r = details.record;
  json out = summary_json(details.summary);
  out["host"] = details.summary.host;
  out["pid"] = details.summary.pid;
  out["region_name"] = r.region_name;
  out["scenario"] = r.scenario ? json{{"name", r.scenario->name},
                                      {"file", r.scenario->file},
                                      {"fnv1a64", r.scenario->digest},
                                      {"text", r.scenario->text}}
                               : json(nullptr);
  out["sample"] = r.sample;
  out["threads"] = r.threads;
  out["version"] = r.version;
  out["git_commit"] = r.git_commit;
  out["command"] = r.command;
  out["inputs_fnv1a64"] = details.inputs_digest;
  out["inputs"] = json::array();
  for (const StoredInput& i : r.inputs) out["inputs"].push_back({{"file", i.file}, {"fnv1a64", i.digest}});
  out["options"] = json::array();
  for (const StoredOption& o : r.options) {
    out["options"].push_back({{"name", o.name}, {"value", o.value}, {"origin", o.origin}});
  }
  out["parameters"] = json::array();
  for (const StoredParameter& p : r.parameters) {
    out["parameters"].push_back({{"name", p.name}, {"value", p.value}, {"unit", p.unit}, {"overridden", p.overridden}});
  }
  out["timings_seconds"] = json::object();
  for (const StoredTiming& t : details.timings) out["timings_seconds"][t.phase] = t.seconds;
  out["series_count"] = details.series_count;
  out["documents"] = details.documents;
  return out;
}

CLI::App* add_runs_command(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("runs", "List, show or delete the runs in the results store");
  cmd->require_subcommand(1);
  // Owned by the callbacks, which CLI11 keeps as long as the command line.
  auto options = std::make_shared<RunsOptions>();

  CLI::App* list = cmd->add_subcommand("list", "The runs, newest first");
  add_store_option(list, *options);
  list->add_flag("--json", options->json, "As JSON, for scripts");
  list->callback([options] { list_runs(*options); });

  CLI::App* show = cmd->add_subcommand("show", "Everything recorded of one run");
  show->add_option("run", options->run, "The run's id (see `regiotwin runs list`)")->required();
  add_store_option(show, *options);
  show->add_flag("--json", options->json, "As JSON, for scripts (with every parameter)");
  show->callback([options] { show_run(*options); });

  CLI::App* remove = cmd->add_subcommand("delete", "Delete a run, and its scenario if no other run used it");
  remove->add_option("run", options->run, "The run's id")->required();
  add_store_option(remove, *options);
  remove->callback([options] { delete_run(*options); });
  return cmd;
}

}  // namespace regiotwin
