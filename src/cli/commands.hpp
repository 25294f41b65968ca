#pragma once
#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

namespace regiotwin {

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
  bool quiet = false;
};

struct ParamsOptions {
  std::string format = "markdown";
};

// Each adds its subcommand to `app` and returns it; the callback runs the command.
CLI::App* add_run_command(CLI::App& app, RunOptions& options, const std::string& command_line);
CLI::App* add_regions_command(CLI::App& app, std::string& only);
CLI::App* add_indicators_command(CLI::App& app);
CLI::App* add_scenarios_command(CLI::App& app);
CLI::App* add_params_command(CLI::App& app, ParamsOptions& options);
CLI::App* add_import_command(CLI::App& app);
CLI::App* add_validate_command(CLI::App& app);

}  // namespace regiotwin
