#pragma once
#include <CLI/CLI.hpp>
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "regiobeeld/language.hpp"

namespace regiotwin {

// The results store when no --store is given: in the working directory (docs/results-store.md).
inline constexpr const char* default_store_file = "regiotwin.sqlite";

struct RunOptions {
  std::string region = "regio-zwolle";
  std::string scenario;
  std::string from = "2024-01";
  std::string to = "2035-12";
  std::uint64_t seed = 1;
  int replications = 1;
  double sample = 1.0;
  int threads = 0;
  std::string out = "out/regio-zwolle";  // the default follows --region unless --out is given
  std::string themes;
  Language lang = Language::nl;
  std::string store = default_store_file;
  bool no_store = false;
  bool quiet = false;
};

// --lang nl|en: the language of reports and workbooks.
void add_language_option(CLI::App& cmd, Language& lang);

struct SweepCommandOptions {
  std::vector<std::string> scenarios;
  std::vector<std::string> regions;  // empty: each scenario's own
  int replications = 1;              // used only when given
  double sample = 1.0;
  std::string store;  // empty: default_store_file
  bool no_store = false;
  std::string out = "out/sweep";
  int threads = 0;
  bool dispatch_only = false;
  bool quiet = false;
};

struct ParamsOptions {
  std::string format = "markdown";
};

// Each adds its subcommand to `app` and returns it; the callback runs the command.
CLI::App* add_run_command(CLI::App& app, RunOptions& options, const std::string& command_line);
CLI::App* add_sweep_command(CLI::App& app, SweepCommandOptions& options, const std::string& command_line);
CLI::App* add_regions_command(CLI::App& app, std::string& only);
CLI::App* add_indicators_command(CLI::App& app);
CLI::App* add_scenarios_command(CLI::App& app);
CLI::App* add_params_command(CLI::App& app, ParamsOptions& options);
CLI::App* add_import_command(CLI::App& app);
CLI::App* add_validate_command(CLI::App& app);
CLI::App* add_runs_command(CLI::App& app);
CLI::App* add_export_command(CLI::App& app);
CLI::App* add_report_command(CLI::App& app);

struct RunDetails;
// Everything the store recorded of a run, as `runs show --json` prints it and `export --format json`
// embeds it.
nlohmann::json run_details_json(const RunDetails& details);

}  // namespace regiotwin
