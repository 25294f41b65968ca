// regiotwin export RUN --format ...: a stored run as one file for other tools (docs/results-store.md).
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/output_file.hpp"
#include "core/errors.hpp"
#include "regiobeeld/workbook.hpp"
#include "results/result_series.hpp"
#include "results/store.hpp"

namespace regiotwin {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct ExportOptions {
  RunId run = 0;
  std::string format;
  std::string store = default_store_file;
  std::string out;               // empty: run-<id>.<format> in the working directory; "-": standard output
  Language lang = Language::nl;  // of the workbook
};

void write_csv(const ResultStore& store, const RunDetails& run, const fs::path& file, Language /*lang*/) {
  write_output_file(file, tidy_csv(store.series(run.summary.id)));
}

// Documents that are JSON objects or arrays (run.json, the regiobeeld data) are embedded as JSON,
// any other text as a string.
void write_json(const ResultStore& store, const RunDetails& run, const fs::path& file, Language /*lang*/) {
  json documents = json::object();
  for (const std::string& name : run.documents) {
    const std::string content = store.document(run.summary.id, name);
    json parsed = json::parse(content, nullptr, false);
    documents[name] = !parsed.is_discarded() && parsed.is_structured() ? std::move(parsed) : json(content);
  }
  json series = json::array();
  for (StoredSeries& s : store.series(run.summary.id)) {
    series.push_back({{"table", std::move(s.table)},
                      {"area", std::move(s.area)},
                      {"key", std::move(s.key)},
                      {"measure", std::move(s.measure)},
                      {"unit", std::move(s.unit)},
                      {"first_month", std::move(s.first_month)},
                      {"values", std::move(s.values)}});
  }
  const json out = {{"run", run_details_json(run)}, {"documents", std::move(documents)}, {"series", std::move(series)}};
  write_output_file(file, out.dump() + "\n");
}

// The workbook of the regiobeeld: a sheet per theme, places, workforce, costs, the business case and
// the sources (docs/regiobeeld.md).
void write_xlsx(const ResultStore& store, const RunDetails& run, const fs::path& file, Language lang) {
  if (std::find(run.documents.begin(), run.documents.end(), "regiobeeld") == run.documents.end()) {
    throw ValidationError(
        fmt::format("{}: run {} has no regiobeeld (a sweep run, or from an older regiotwin); "
                    "export it as csv or json",
                    store.file().string(), run.summary.id));
  }
  write_workbook(json::parse(store.document(run.summary.id, "regiobeeld")), file, lang);
}

// One entry per format: a new format (the Excel workbook) is one more line here. Each writes the
// whole file or nothing.
struct ExportFormat {
  const char* name;
  bool text;  // may go to standard output
  void (*write)(const ResultStore& store, const RunDetails& run, const fs::path& file, Language lang);
};
constexpr std::array<ExportFormat, 3> formats = {{
    {"csv", true, write_csv},
    {"json", true, write_json},
    {"xlsx", false, write_xlsx},
}};

void export_run(const ExportOptions& options) {
  const auto* const format =
      std::ranges::find_if(formats, [&](const ExportFormat& f) { return options.format == f.name; });
  if (format == formats.end()) throw UsageError(fmt::format("--format: unknown format '{}'", options.format));
  const ResultStore store(options.store, StoreOpening::existing);
  const RunDetails run = store.show(options.run);
  if (run.summary.status != RunStatus::done) {
    throw ValidationError(fmt::format("{}: run {} is {}{}; only a finished run can be exported", options.store,
                                      options.run, status_name(run.summary.status),
                                      run.summary.error.empty() ? "" : " (" + run.summary.error + ")"));
  }
  if (options.out == "-" && !format->text) {
    throw UsageError(fmt::format("--out -: {} cannot go to standard output; give a file", format->name));
  }
  const fs::path file =
      options.out.empty() ? fs::path(fmt::format("run-{}.{}", options.run, format->name)) : fs::path(options.out);
  format->write(store, run, file, options.lang);
  if (file != "-") fmt::print("{}\n", file.string());
}

}  // namespace

CLI::App* add_export_command(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("export", "Write a stored run as tidy CSV, JSON or an Excel workbook");
  auto options = std::make_shared<ExportOptions>();  // owned by the callback
  cmd->add_option("run", options->run, "The run's id (see `regiotwin runs list`)")->required();
  std::vector<std::string> names;
  names.reserve(formats.size());
  for (const ExportFormat& f : formats) names.emplace_back(f.name);
  cmd->add_option("--format", options->format, fmt::format("{}", fmt::join(names, ", ")))
      ->required()
      ->check(CLI::IsMember(names));
  cmd->add_option("--store", options->store, "The results store (SQLite file)")->capture_default_str();
  cmd->add_option("--out", options->out, "The file to write, '-' for standard output [default: run-<id>.<format>]");
  add_language_option(*cmd, options->lang);
  cmd->callback([options] { export_run(*options); });
  return cmd;
}

}  // namespace regiotwin
