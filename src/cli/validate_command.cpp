// `regiotwin validate`: runs the region and the synthetic cohorts and compares them with published
// figures (src/validation, docs/validation.md). Exits with the validation code when a figure is out
// of tolerance, after printing the whole table.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "cli/commands.hpp"
#include "cli/paths.hpp"
#include "cli/progress.hpp"
#include "region/pack.hpp"
#include "results/output_dir.hpp"
#include "validation/validation.hpp"

namespace regiotwin {
namespace {

namespace fs = std::filesystem;

struct ValidateOptions {
  std::string region = "regio-zwolle";
  std::uint64_t seed = 1;
  int threads = 0;
  std::string out;
};

// Written beside the target and renamed into place, so a failed write leaves no half file.
void write_csv(const fs::path& file, const std::string& text) {
  const fs::path temporary = file.parent_path() / fmt::format(".{}.tmp-{}", file.filename().string(), ::getpid());
  write_text_file(temporary, text);
  std::error_code ec;
  fs::rename(temporary, file, ec);
  if (ec) {
    fs::remove(temporary, ec);
    throw OutputError(fmt::format("{}: cannot write file", file.string()));
  }
}

void validate_region(const ValidateOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  ParameterSet params;
  const RegionCatalog catalog(data_dir() / "regions");
  const RegionPack pack = load_region_pack(catalog.resolve(options.region), params);

  ProgressBar bar(::isatty(STDOUT_FILENO) == 1);
  ValidationOptions run_options;
  run_options.seed = options.seed;
  run_options.threads = options.threads;
  run_options.progress = [&bar](int done, int total) { bar.update(done, total); };
  ValidationRuns runs(pack.region, params, run_options);
  const std::vector<CheckOutcome> outcomes = validate(runs, validation_checks());
  bar.finish();

  const auto count = [&](CheckStatus s) {
    return static_cast<std::size_t>(
        std::count_if(outcomes.begin(), outcomes.end(), [s](const CheckOutcome& o) { return o.status == s; }));
  };
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  fmt::print("{} ({}): {} figures compared, {} out of tolerance, {} skipped; seed {}, {:.1f} s\n\n{}", pack.region.name,
             pack.region.id, outcomes.size() - count(CheckStatus::skipped), count(CheckStatus::fail),
             count(CheckStatus::skipped), options.seed, seconds, validation_table(outcomes));
  if (!options.out.empty()) write_csv(options.out, validation_csv(outcomes));
  if (!all_passed(outcomes)) {
    throw ValidationError(fmt::format("{} of the figures of {} are out of tolerance (see the table above)",
                                      count(CheckStatus::fail), pack.region.id));
  }
}

}  // namespace

CLI::App* add_validate_command(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand(
      "validate", "Compare the model with published figures (CBS) and fail when one is out of tolerance");
  // Owned by the callback, which CLI11 keeps as long as the command line.
  auto options = std::make_shared<ValidateOptions>();
  cmd->add_option("--region", options->region, "Embedded region id or a region pack folder")->capture_default_str();
  cmd->add_option("--seed", options->seed, "Random seed")->capture_default_str();
  cmd->add_option("--threads", options->threads, "Threads (0: all cores); results do not depend on it")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  cmd->add_option("--out", options->out, "Also write the table as CSV to this file");
  cmd->callback([options] { validate_region(*options); });
  return cmd;
}

}  // namespace regiotwin
