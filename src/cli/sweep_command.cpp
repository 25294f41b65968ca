// regiotwin sweep: regioplans × regions × replications, threaded on this machine or spread over the
// ranks of an MPI job (docs/cluster.md). Every rank reads the same inputs; rank 0 hands out the
// tasks, gathers each (scenario, region) into a comparison and alone writes the output folder and
// the results store.
#include <fmt/format.h>
#include <unistd.h>
#include <atomic>
#include <chrono>
#include <cstdio>
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
#include "results/digest.hpp"
#include "results/output_dir.hpp"
#include "results/store.hpp"
#include "sweep/groups.hpp"
#include "sweep/sweep.hpp"
#include "sweep/transport.hpp"

namespace regiotwin {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string exception_text(const std::exception_ptr& error) {
  try {
    std::rethrow_exception(error);
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return "unknown error";
  }
}

// Where each effective option came from, for the store (as `regiotwin run` records it).
std::vector<StoredOption> stored_options(const CLI::App& cmd, const SweepCommandOptions& options,
                                         const SweepGroup& group, const SweepGroupInfo& info) {
  const auto origin = [&](const char* flag, bool in_scenario) {
    return flag != nullptr && cmd.count(flag) > 0 ? "command line" : in_scenario ? "scenario" : "default";
  };
  const Scenario& s = info.scenario;
  return {
      {"region", info.region_id, origin("--regions", s.region.has_value())},
      {"scenario", s.file, "command line"},
      {"from", group.run.from.str(), origin(nullptr, s.from.has_value())},
      {"to", group.run.to.str(), origin(nullptr, s.to.has_value())},
      {"seed", std::to_string(group.run.seed), origin(nullptr, s.seed.has_value())},
      {"replications", std::to_string(group.replications), origin("--replications", s.replications.has_value())},
      {"sample", fmt::format("{}", options.sample), origin("--sample", false)},
      {"threads", std::to_string(options.threads), origin("--threads", false)},
  };
}

RunRecord record_of(const CLI::App& cmd, const SweepCommandOptions& options, const SweepGroup& group,
                    const SweepGroupInfo& info, const std::string& command_line) {
  RunRecord r;
  r.region_id = info.region_id;
  r.region_name = info.region_name;
  const Scenario& s = info.scenario;
  r.scenario = StoredScenario{s.name.empty() ? info.scenario_id : s.name, s.file, read_text_file(s.file), {}};
  r.seed = group.run.seed;
  r.replications = group.replications;
  r.from = group.run.from.str();
  r.to = group.run.to.str();
  r.sample = options.sample;
  r.threads = options.threads;
  r.version = version;
  r.git_commit = git_commit;
  r.command = command_line;
  for (const fs::path& file : info.pack_files) r.inputs.push_back({file.string(), file_digest(file)});
  r.inputs.push_back({s.file, file_digest(s.file)});
  r.options = stored_options(cmd, options, group, info);
  r.parameters = stored_parameters(group.params);
  return r;
}

// Ends every rank after an error on this one: alone, it leaves the error to main(); under MPI the
// error is printed here, naming the rank, and the job aborts with its exit code.
void end_all_ranks(Transport& transport, const std::string& message, ExitCode code) {
  if (transport.size() <= 1) return;
  const std::string who =
      transport.rank() == 0 ? "" : fmt::format("rank {} on {}: ", transport.rank(), transport.host());
  fmt::print(stderr, "regiotwin: {}{}{}\n", code == ExitCode::internal ? "internal error: " : "error: ", who, message);
  std::fflush(stderr);
  transport.abort(static_cast<int>(code));
}

struct GroupOutcome {
  RunId run = 0;  // in the store; 0 without one
  bool recorded = false;
};

// Rank 0: the output folder, the store, and the sweep's tasks handed out and gathered.
void lead_sweep(const CLI::App& cmd, const SweepCommandOptions& options, const std::string& command_line,
                const PreparedSweep& prepared, Transport& transport, const SweepSettings& settings,
                Clock::time_point start) {
  // The output folder is claimed before the store records runs, so that a refused --out leaves none.
  std::optional<StagedOutput> output;
  output.emplace(options.out);
  std::optional<ResultStore> store;
  std::vector<GroupOutcome> outcomes(prepared.groups.size());
  if (!options.no_store) {
    store.emplace(options.store.empty() ? default_store_file : options.store);
    for (std::size_t g = 0; g < prepared.groups.size(); ++g) {
      outcomes[g].run = store->begin_run(record_of(cmd, options, prepared.groups[g], prepared.info[g], command_line));
    }
  }
  json groups = json::array();
  std::vector<int> tasks_by_rank;
  try {
    tasks_by_rank = run_sweep(prepared.groups, transport, settings, [&](std::size_t g, const Comparison& comparison) {
      const auto output_start = Clock::now();
      const SweepGroupInfo& info = prepared.info[g];
      const fs::path folder = output->path(info.scenario_id) / info.region_id;
      fs::create_directories(folder);
      const std::string business_case = business_case_csv(comparison);
      write_text_file(folder / "comparison.csv", comparison_csv(comparison));
      write_text_file(folder / "business_case.csv", business_case);
      if (store) {
        RunOutputs outputs;
        outputs.series = stored_comparison(comparison, info.region_id);
        outputs.documents.push_back({"business_case.csv", business_case});
        outputs.timings = {{"output", seconds_since(output_start)}, {"total", seconds_since(start)}};
        store->finish_run(outcomes[g].run, outputs);
      }
      outcomes[g].recorded = true;
      groups.push_back({{"scenario", info.scenario_id},
                        {"scenario_file", info.scenario.file},
                        {"scenario_fnv1a64", file_digest(info.scenario.file)},
                        {"region", info.region_id},
                        {"pack", info.pack_directory.string()},
                        {"seed", prepared.groups[g].run.seed},
                        {"from", prepared.groups[g].run.from.str()},
                        {"to", prepared.groups[g].run.to.str()},
                        {"replications", comparison.replications()},
                        {"folder", fmt::format("{}/{}", info.scenario_id, info.region_id)},
                        {"store_run", outcomes[g].run}});
      if (!options.quiet) {
        fmt::print("{} on {}: {} replications ({} of {}, {:.1f} s)\n", info.scenario_id, info.region_id,
                   comparison.replications(), g + 1, prepared.groups.size(), seconds_since(start));
        std::fflush(stdout);
      }
    });
  } catch (...) {
    // Under mpirun a stopped job gets one second between SIGTERM and SIGKILL: the staging folder goes
    // first, then the store learns which runs failed.
    output.reset();
    const std::string why = exception_text(std::current_exception());
    for (const GroupOutcome& o : outcomes) {
      if (!store || o.recorded) continue;
      try {
        store->fail_run(o.run, why);
      } catch (const std::exception&) {  // NOLINT(bugprone-empty-catch): the first error is the one to report
      }
    }
    throw;
  }

  const json meta = {{"regiotwin_version", version},
                     {"git_commit", git_commit},
                     {"command", command_line},
                     {"kind", "sweep"},
                     {"ranks", transport.size()},
                     {"rank0_computes", settings.rank0_computes},
                     {"tasks_by_rank", tasks_by_rank},
                     {"threads", options.threads},
                     {"sample", options.sample},
                     {"store", options.no_store        ? ""
                               : options.store.empty() ? default_store_file
                                                       : options.store},
                     {"inputs_fingerprint", fmt::format("{:016x}", prepared.fingerprint)},
                     {"groups", groups},
                     {"timings_seconds", {{"total", seconds_since(start)}}}};
  write_text_file(output->path("run.json"), meta.dump(2) + "\n");
  const fs::path target = output->commit();
  if (!options.quiet) {
    fmt::print("sweep: {} groups, {} tasks on {} rank{} in {:.1f} s\n", prepared.groups.size(),
               sweep_tasks(prepared.groups).size(), transport.size(), transport.size() == 1 ? "" : "s",
               seconds_since(start));
  }
  fmt::print("{}\n", target.string());
}

void sweep_on_this_rank(const CLI::App& cmd, const SweepCommandOptions& options, const std::string& command_line,
                        Transport& transport, Clock::time_point start) {
  SweepRequest request;
  for (const std::string& file : options.scenarios) request.scenarios.emplace_back(file);
  request.regions = options.regions;
  if (cmd.count("--replications") > 0) request.replications = options.replications;
  request.sample = options.sample;
  const RegionCatalog catalog(data_dir() / "regions");
  const PreparedSweep prepared = prepare_sweep(request, catalog);

  SweepSettings settings;
  settings.threads = options.threads;
  settings.rank0_computes = !options.dispatch_only;
  settings.fingerprint = prepared.fingerprint;
  settings.checkpoint = [] {
    if (interrupted()) throw Error(ExitCode::interrupted, "interrupted; no output folder was written");
  };
  if (transport.rank() != 0) {
    run_sweep(prepared.groups, transport, settings, {});
    return;
  }
  // Only rank 0 stops on a signal, cleanly: mpirun passes Ctrl-C on to every rank, and a worker that
  // ends makes mpirun end the job.
  catch_interrupts();
  lead_sweep(cmd, options, command_line, prepared, transport, settings, start);
}

void sweep(const CLI::App& cmd, const SweepCommandOptions& options, const std::string& command_line) {
  const auto start = Clock::now();
  const std::unique_ptr<Transport> transport = make_transport();
  try {
    sweep_on_this_rank(cmd, options, command_line, *transport, start);
  } catch (const Error& e) {
    end_all_ranks(*transport, e.what(), e.code());
    throw;
  } catch (const std::exception& e) {
    end_all_ranks(*transport, fmt::format("{} (please report this)", e.what()), ExitCode::internal);
    throw;
  }
}

}  // namespace

CLI::App* add_sweep_command(CLI::App& app, SweepCommandOptions& options, const std::string& command_line) {
  CLI::App* cmd = app.add_subcommand(
      "sweep",
      "Run regioplans against their baselines on several regions and replications, threaded or under mpirun "
      "(docs/cluster.md)");
  cmd->add_option("--scenario", options.scenarios, "Scenario file with a regioplan (YAML); repeat for several")
      ->required()
      ->check(CLI::ExistingFile)
      ->take_all();
  cmd->add_option("--replications", options.replications,
                  "Replications of each scenario on each region [default: the scenario's, else 1]")
      ->check(CLI::Range(1, max_replications));
  cmd->add_option("--regions", options.regions,
                  "Embedded region ids or pack folders, or 'all' for every embedded region [default: each "
                  "scenario's own]")
      ->take_all();
  cmd->add_option("--sample", options.sample, "Simulate this fraction of every municipality's residents")
      ->check(CLI::Range(1e-4, 1.0))
      ->capture_default_str();
  CLI::Option* store =
      cmd->add_option("--store", options.store,
                      fmt::format("Results store (SQLite) that gets one run per scenario and region [default: {}]",
                                  default_store_file));
  cmd->add_flag("--no-store", options.no_store, "Write only the output folder")->excludes(store);
  cmd->add_option("--out", options.out, "Output folder: <scenario>/<region>/comparison.csv and business_case.csv")
      ->capture_default_str();
  cmd->add_option("--threads", options.threads,
                  "Threads per rank (0: all cores); results do not depend on it nor on the number of ranks")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  cmd->add_flag("--dispatch-only", options.dispatch_only,
                "Under mpirun, rank 0 only hands out tasks and writes results instead of also computing");
  cmd->add_flag("--quiet,-q", options.quiet, "Print only the path of the output folder");
  cmd->callback([cmd, &options, command_line] { sweep(*cmd, options, command_line); });
  return cmd;
}

}  // namespace regiotwin
