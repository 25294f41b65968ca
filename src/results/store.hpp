#pragma once
// The results store: every run recorded in one SQLite file (default `regiotwin.sqlite` in the working
// directory), with its status, inputs and their digest, effective options and where each came from,
// parameters, seed, version, timings, series and documents. Scenarios are kept apart from runs and
// shared by the runs that used them. Schema and migrations: store_schema.sql.
//
// A run is written in two steps: begin_run() records it as `running` in its own transaction;
// finish_run() writes everything it produced and marks it `done` in one transaction, so a run killed
// at any moment is either absent from the outputs or still `running` (shown as failed once its
// process is gone), never a half run marked done.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace regiotwin {

using RunId = std::int64_t;

struct StoredScenario {
  std::string name;
  std::string file;
  std::string text;    // the YAML as the user wrote it
  std::string digest;  // fnv1a64 of the text; begin_run computes it, show() fills it in
};

struct StoredInput {
  std::string file;
  std::string digest;
};

struct StoredOption {
  std::string name;
  std::string value;
  std::string origin;  // "command line", "scenario" or "default"
};

struct StoredParameter {
  std::string name;
  std::string value;  // scalars as a number, age tables as "0-17:0.1;18-64:0.2;..."
  std::string unit;
  bool overridden = false;
};

// What is known when a run starts.
struct RunRecord {
  std::string region_id;
  std::string region_name;
  std::optional<StoredScenario> scenario;
  std::uint64_t seed = 0;
  int replications = 1;
  std::string from;  // YYYY-MM
  std::string to;
  double sample = 1.0;
  int threads = 0;
  std::string version;
  std::string git_commit;
  std::string command;
  std::vector<StoredInput> inputs;
  std::vector<StoredOption> options;
  std::vector<StoredParameter> parameters;
};

// One monthly series of a run: e.g. table "indicator", area "GM0193", key "gp_demand", measure "".
struct StoredSeries {
  std::string table;    // indicator, place, workforce, cost, comparison
  std::string area;     // GM code, or the region id for region totals
  std::string key;      // indicator, place, profession, payer/line or comparison series
  std::string measure;  // place/workforce measure, cost line, or comparison statistic; "" when none
  std::string unit;
  std::string first_month;  // YYYY-MM of values[0]
  std::vector<double> values;
};

struct StoredTiming {
  std::string phase;
  double seconds = 0.0;
};

// A named text produced by the run, e.g. "regiobeeld" (the report's data, JSON) or "run" (run.json).
struct StoredDocument {
  std::string name;
  std::string content;
};

struct RunOutputs {
  std::vector<StoredTiming> timings;
  std::vector<StoredSeries> series;
  std::vector<StoredDocument> documents;
};

enum class RunStatus { running, done, failed };
std::string status_name(RunStatus status);

struct RunSummary {
  RunId id = 0;
  RunStatus status = RunStatus::running;  // `running` rows whose process has gone read as failed
  std::string started_at;                 // UTC, ISO 8601
  std::string finished_at;                // empty while running
  std::string region_id;
  std::string scenario_name;  // empty for a baseline run
  std::uint64_t seed = 0;
  int replications = 1;
  std::string from;
  std::string to;
  std::string error;  // why it failed
  std::string host;   // where its process ran
  std::int64_t pid = 0;
};

struct RunDetails {
  RunSummary summary;
  RunRecord record;
  std::string inputs_digest;  // one digest over all inputs' digests, in order
  std::vector<StoredTiming> timings;
  std::size_t series_count = 0;
  std::vector<std::string> documents;  // names
};

// Whether opening a store may create it: commands that only read one (`runs list`) must not leave an
// empty store behind.
enum class StoreOpening { create, existing };

class ResultStore {
 public:
  // Opens or creates the store and brings its schema up to date; throws OutputError naming the file
  // when it cannot, or when the file is a store from a newer regiotwin or no store at all, and
  // InputError when `opening` is `existing` and there is no file.
  explicit ResultStore(const std::filesystem::path& file, StoreOpening opening = StoreOpening::create);
  ~ResultStore();
  ResultStore(ResultStore&& other) noexcept;
  ResultStore& operator=(ResultStore&& other) noexcept;
  ResultStore(const ResultStore&) = delete;
  ResultStore& operator=(const ResultStore&) = delete;

  // Records the run as `running` with this process's host and pid; the store computes the scenario's
  // and the inputs' digests.
  RunId begin_run(const RunRecord& record);
  // Throws OutputError, writing nothing, when the run is no longer `running` (deleted or failed).
  void finish_run(RunId id, const RunOutputs& outputs);
  // Does nothing to a run that is no longer `running`, so an error path never hides the first error.
  void fail_run(RunId id, const std::string& error);

  [[nodiscard]] std::vector<RunSummary> list() const;  // newest first
  [[nodiscard]] RunDetails show(RunId id) const;       // throws ValidationError for an unknown run
  [[nodiscard]] std::string document(RunId id, const std::string& name) const;
  [[nodiscard]] std::vector<StoredSeries> series(RunId id, const std::string& table = {}) const;
  void remove(RunId id);  // the run and what only it used; throws ValidationError for an unknown run

  [[nodiscard]] int schema_version() const;
  [[nodiscard]] const std::filesystem::path& file() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace regiotwin
