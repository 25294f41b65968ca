// regiotwin: the command-line front door. All errors end here, at one catch site, with a one-line
// message and the exit code documented in docs/exit-codes.md.
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <cstdio>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/version.hpp"

namespace {

std::string join_arguments(int argc, char** argv) {
  std::string out = "regiotwin";
  for (int i = 1; i < argc; ++i) out += std::string(" ") + argv[i];
  return out;
}

constexpr const char* examples = R"(
Examples:
  regiotwin run                                   simulate the default region (regio-zwolle) to 2035
  regiotwin run --region haaglanden --out x       another embedded region, results in folder x
  regiotwin run --region ./my-region --to 2040-12 a region pack of your own, longer horizon
  regiotwin run --scenario examples/gp-capacity.yaml
  regiotwin sweep --scenario a.yaml --scenario b.yaml --regions all --replications 20
                                                  regioplans on every region; under mpirun on a cluster
  regiotwin regions                               the embedded regions and their municipalities
  regiotwin params --format csv > params.csv      every parameter with default, range and source
  regiotwin indicators                            every output indicator with unit and meaning
  regiotwin validate --region nl-synthetic        the model against published CBS figures
  regiotwin runs list                             the runs in the results store (regiotwin.sqlite)
  regiotwin export 3 --format csv --out run3.csv  a stored run's series as tidy CSV
  regiotwin import cbs 03759ned.csv 85984NED.csv --zorgkantoorregio ZK10 --out haaglanden-cbs
                                                  a region pack from CBS StatLine exports

Exit codes: 0 ok, 1 internal error, 2 usage, 3 input file, 4 validation, 5 simulation, 6 output,
130 interrupted (docs/exit-codes.md).
)";

}  // namespace

namespace regiotwin {
int run_cli(int argc, char** argv) {
  CLI::App app{"Regiotwin: a digital twin of a Dutch care region (IZA regiobeeld and regioplan)", "regiotwin"};
  app.footer(examples);
  app.set_version_flag("--version", fmt::format("regiotwin {} ({})", version, git_commit));
  app.require_subcommand(1);

  RunOptions run_options;
  SweepCommandOptions sweep_options;
  ParamsOptions params_options;
  std::string regions_only;
  add_run_command(app, run_options, join_arguments(argc, argv));
  add_sweep_command(app, sweep_options, join_arguments(argc, argv));
  add_regions_command(app, regions_only);
  add_params_command(app, params_options);
  add_indicators_command(app);
  add_scenarios_command(app);
  add_import_command(app);
  add_validate_command(app);
  add_runs_command(app);
  add_export_command(app);
  add_report_command(app);

  try {
    app.parse(argc, argv);
    return 0;
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    (void)app.exit(e);
    return static_cast<int>(ExitCode::usage);
  } catch (const Error& e) {
    fmt::print(stderr, "regiotwin: error: {}\n", e.what());
    return static_cast<int>(e.code());
  } catch (const std::exception& e) {
    fmt::print(stderr, "regiotwin: internal error: {} (please report this)\n", e.what());
    return static_cast<int>(ExitCode::internal);
  }
}
}  // namespace regiotwin

int main(int argc, char** argv) {
  try {
    return regiotwin::run_cli(argc, argv);
  } catch (...) {  // only setting up the command line can get here, e.g. out of memory
    std::fputs("regiotwin: internal error while starting\n", stderr);
    return static_cast<int>(regiotwin::ExitCode::internal);
  }
}
