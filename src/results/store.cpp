#include "results/store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/chrono.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <csignal>
#include <ctime>
#include <fstream>
#include <optional>
#include <sstream>

#include "core/errors.hpp"
#include "results/digest.hpp"

namespace regiotwin {

// store_schema.sql, compiled in by src/CMakeLists.txt (generated store_schema.cpp).
extern const std::string_view store_schema_sql;

namespace {

namespace fs = std::filesystem;

// "RGTW": tells a regiotwin store from any other SQLite file (PRAGMA application_id).
constexpr int application_id = 0x52475457;
// A writer waits this long for another regiotwin to finish its transaction; storing a large run's
// series takes seconds, not minutes.
constexpr int busy_timeout_ms = 60'000;
constexpr std::string_view ended_without_finishing = "the process ended without finishing";

struct Migration {
  int number = 0;
  std::string_view sql;
};

// The numbered sections of store_schema.sql ("-- migration N: what"), checked to run 1, 2, ...
const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all = [] {
    constexpr std::string_view marker = "-- migration ";
    const std::string_view text = store_schema_sql;
    std::vector<Migration> out;
    std::size_t section = 0;
    for (std::size_t pos = 0; pos < text.size();) {
      const std::size_t end = std::min(text.find('\n', pos), text.size());
      const std::string_view line = text.substr(pos, end - pos);
      if (line.starts_with(marker)) {
        int number = 0;
        const char* const first = line.data() + marker.size();
        const auto [next, ec] = std::from_chars(first, line.data() + line.size(), number);
        if (ec != std::errc{} || next == line.data() + line.size() || *next != ':' ||
            number != static_cast<int>(out.size()) + 1) {
          throw Error(ExitCode::internal, fmt::format("store_schema.sql: '{}' is out of order; migrations are "
                                                      "numbered 1, 2, ... as '-- migration N: what'",
                                                      line));
        }
        if (!out.empty()) out.back().sql = text.substr(section, pos - section);
        out.push_back({number, {}});
        section = pos;
      }
      pos = end + 1;
    }
    if (out.empty()) throw Error(ExitCode::internal, "store_schema.sql has no migrations");
    out.back().sql = text.substr(section);
    return out;
  }();
  return all;
}

// Inserts one row per element of `rows`: the run and the element's position bound first, the rest by
// `bind_rest`, with one prepared statement.
template <typename Row, typename BindRest>
void insert_rows(SQLite::Database& db, const char* sql, RunId id, const std::vector<Row>& rows, BindRest bind_rest) {
  SQLite::Statement row(db, sql);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    row.bind(1, id);
    row.bind(2, static_cast<std::int64_t>(i));
    bind_rest(row, rows[i]);
    row.exec();
    row.reset();
  }
}

std::string now_utc() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(now));
}

std::string host_name() {
  std::array<char, 256> name{};
  if (::gethostname(name.data(), name.size() - 1) != 0) return "localhost";
  return name.data();
}

// Who a pid is beyond its number: the boot's id and the process's start time in clock ticks since
// boot (Linux /proc), so that a pid reused after the run's process ended, or after a reboot, is not
// taken for it. Empty when the process is gone or a zombie, or there is no /proc.
std::string process_start_of(std::int64_t pid) {
  std::ifstream boot("/proc/sys/kernel/random/boot_id");
  std::string boot_id;
  std::getline(boot, boot_id);
  std::ifstream stat_file(fmt::format("/proc/{}/stat", pid));
  std::string stat;
  std::getline(stat_file, stat);
  const std::size_t name_end = stat.rfind(')');  // the command's name may hold spaces and ')'
  if (boot_id.empty() || name_end == std::string::npos) return {};
  std::istringstream fields(stat.substr(name_end + 1));
  std::string state;
  fields >> state;  // field 3
  std::string start;
  for (int field = 4; field <= 22; ++field) fields >> start;  // field 22: starttime
  if (state == "Z" || state == "X" || start.empty()) return {};
  return boot_id + "/" + start;
}

// Little-endian IEEE 754 float64, whatever this machine's byte order: the blob reads the same
// everywhere, and the doubles come back bit for bit.
std::vector<unsigned char> encode(const std::vector<double>& values) {
  std::vector<unsigned char> bytes(values.size() * 8);
  for (std::size_t i = 0; i < values.size(); ++i) {
    const auto bits = std::bit_cast<std::uint64_t>(values[i]);
    for (std::size_t b = 0; b < 8; ++b) bytes[i * 8 + b] = static_cast<unsigned char>(bits >> (8 * b));
  }
  return bytes;
}

std::vector<double> decode(const SQLite::Column& column) {
  const auto* bytes = static_cast<const unsigned char*>(column.getBlob());
  std::vector<double> values(static_cast<std::size_t>(column.getBytes()) / 8);
  for (std::size_t i = 0; i < values.size(); ++i) {
    std::uint64_t bits = 0;
    for (std::size_t b = 0; b < 8; ++b) bits |= static_cast<std::uint64_t>(bytes[i * 8 + b]) << (8 * b);
    values[i] = std::bit_cast<double>(bits);
  }
  return values;
}

RunStatus status_of(const std::string& name) {
  if (name == "done") return RunStatus::done;
  if (name == "failed") return RunStatus::failed;
  return RunStatus::running;
}

std::string inputs_digest(const std::vector<StoredInput>& inputs) {
  std::string digests;
  for (const StoredInput& input : inputs) digests += input.digest + "\n";
  return fmt::format("{:016x}", fnv1a64(digests));
}

// The scenario's row, added unless a run already used the same text.
std::optional<std::int64_t> scenario_row(SQLite::Database& db, const std::optional<StoredScenario>& scenario) {
  if (!scenario) return std::nullopt;
  const std::string digest = fmt::format("{:016x}", fnv1a64(scenario->text));
  SQLite::Statement insert(db,
                           "INSERT INTO scenarios (name, file, text, digest) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (digest) DO NOTHING");
  insert.bind(1, scenario->name);
  insert.bind(2, scenario->file);
  insert.bind(3, scenario->text);
  insert.bind(4, digest);
  insert.exec();
  SQLite::Statement id(db, "SELECT id FROM scenarios WHERE digest = ?");
  id.bind(1, digest);
  (void)id.executeStep();
  return id.getColumn(0).getInt64();
}

// The columns of a run's summary, in the order summary_of reads them.
constexpr const char* summary_select =
    "SELECT r.id, r.status, r.started_at, r.finished_at, r.region_id, s.name, r.seed, r.replications, "
    "r.first_month, r.last_month, r.error, r.host, r.pid, r.process_start "
    "FROM runs r LEFT JOIN scenarios s ON s.id = r.scenario_id ";

}  // namespace

std::string status_name(RunStatus status) {
  switch (status) {
    case RunStatus::running: return "running";
    case RunStatus::done: return "done";
    case RunStatus::failed: return "failed";
  }
  return "unknown";
}

struct ResultStore::Impl {
  fs::path file;
  SQLite::Database db;
  std::string host = host_name();

  Impl(const fs::path& path, int flags) : file(path), db(path.string(), flags, busy_timeout_ms) {}

  // Every SQLite failure leaves as an OutputError that names the store and what was being done.
  template <typename F>
  auto guarded(std::string_view doing, F&& work) const {
    try {
      return work();
    } catch (const SQLite::Exception& e) {
      const bool busy = e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED;
      throw OutputError(fmt::format("{}: cannot {}: {}{}", file.string(), doing, e.what(),
                                    busy ? " (another regiotwin is writing to the store; try again)" : ""));
    }
  }

  [[nodiscard]] int user_version() { return db.execAndGet("PRAGMA user_version").getInt(); }

  // Refuses a file that is not a regiotwin store, or one from a newer regiotwin, before changing it.
  void check_kind() {
    const int app = db.execAndGet("PRAGMA application_id").getInt();
    const int version = user_version();
    const bool empty = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt() == 0;
    if (app != application_id && !(app == 0 && version == 0 && empty)) {
      throw OutputError(fmt::format("{}: is not a regiotwin results store; choose another --store", file.string()));
    }
    const int latest = migrations().back().number;
    if (version > latest) {
      throw OutputError(fmt::format(
          "{}: the results store was written by a newer regiotwin (schema version {}; this one knows up to {}); "
          "use that regiotwin or another --store",
          file.string(), version, latest));
    }
  }

  // Each missing migration in its own transaction, which also moves user_version on: a store is
  // always at one numbered version. The version is read again under the write lock, so two
  // processes opening a new store at once do not both apply a migration.
  void migrate() {
    for (const Migration& m : migrations()) {
      if (user_version() >= m.number) continue;
      SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
      if (user_version() >= m.number) continue;
      db.exec(std::string(m.sql));
      if (m.number == 1) db.exec(fmt::format("PRAGMA application_id = {}", application_id));
      db.exec(fmt::format("PRAGMA user_version = {}", m.number));
      transaction.commit();
    }
  }

  [[nodiscard]] bool exists(RunId id) const {
    SQLite::Statement q(db, "SELECT 1 FROM runs WHERE id = ?");
    q.bind(1, id);
    return q.executeStep();
  }

  [[nodiscard]] ValidationError unknown_run(RunId id) const {
    return ValidationError(fmt::format("{}: no run {}; `regiotwin runs list --store {}` shows the runs", file.string(),
                                       id, file.string()));
  }

  void require(RunId id) const {
    if (!exists(id)) throw unknown_run(id);
  }

  // A run still `running` whose process has gone on this host was killed or crashed: it reads as
  // failed. On another host it cannot be told, so it reads as running.
  [[nodiscard]] bool process_gone(const std::string& run_host, std::int64_t pid, const std::string& start) const {
    if (run_host != host) return false;
    if (!start.empty()) return process_start_of(pid) != start;
    return pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH);
  }

  [[nodiscard]] RunSummary summary_of(const SQLite::Statement& q) const {
    RunSummary s;
    s.id = q.getColumn(0).getInt64();
    s.status = status_of(q.getColumn(1).getString());
    s.started_at = q.getColumn(2).getString();
    s.finished_at = q.getColumn(3).getString();
    s.region_id = q.getColumn(4).getString();
    s.scenario_name = q.getColumn(5).getString();
    s.seed = static_cast<std::uint64_t>(q.getColumn(6).getInt64());
    s.replications = q.getColumn(7).getInt();
    s.from = q.getColumn(8).getString();
    s.to = q.getColumn(9).getString();
    s.error = q.getColumn(10).getString();
    s.host = q.getColumn(11).getString();
    s.pid = q.getColumn(12).getInt64();
    if (s.status == RunStatus::running && process_gone(s.host, s.pid, q.getColumn(13).getString())) {
      s.status = RunStatus::failed;
      s.error = std::string(ended_without_finishing);
    }
    return s;
  }
};

ResultStore::ResultStore(const fs::path& file, StoreOpening opening) {
  std::error_code ec;
  if (opening == StoreOpening::existing && !fs::exists(file, ec)) {
    throw InputError(fmt::format("{}: no results store here (`regiotwin run` creates one)", file.string()));
  }
  if (opening == StoreOpening::create && file.has_parent_path()) fs::create_directories(file.parent_path(), ec);
  const int flags = SQLite::OPEN_READWRITE | (opening == StoreOpening::create ? SQLite::OPEN_CREATE : 0);
  try {
    impl_ = std::make_unique<Impl>(file, flags);
  } catch (const SQLite::Exception& e) {
    throw OutputError(fmt::format("{}: cannot open the results store: {}", file.string(), e.what()));
  }
  impl_->guarded("open the results store", [this] {
    impl_->db.exec("PRAGMA foreign_keys = ON");
    impl_->check_kind();
    // WAL rather than a rollback journal: `runs list` in one terminal never waits for a large run
    // being stored from another, and a commit is one append, which a killed process either made or
    // did not. Both are equally safe against a killed process; WAL needs a local file system (not a
    // network share), which is where a store belongs. FULL makes a run reported done survive a
    // power cut too; it costs one sync per transaction, a few per run.
    impl_->db.exec("PRAGMA journal_mode = WAL");
    impl_->db.exec("PRAGMA synchronous = FULL");
    impl_->migrate();
  });
}

ResultStore::~ResultStore() = default;
ResultStore::ResultStore(ResultStore&&) noexcept = default;
ResultStore& ResultStore::operator=(ResultStore&&) noexcept = default;

RunId ResultStore::begin_run(const RunRecord& record) {
  return impl_->guarded("record a new run", [&] {
    SQLite::Database& db = impl_->db;
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    const std::optional<std::int64_t> scenario = scenario_row(db, record.scenario);
    SQLite::Statement run(db,
                          "INSERT INTO runs (status, started_at, region_id, region_name, scenario_id, seed, "
                          "replications, first_month, last_month, sample, threads, version, git_commit, command, host, "
                          "pid, process_start, inputs_digest) "
                          "VALUES ('running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const std::int64_t pid = ::getpid();
    run.bind(1, now_utc());
    run.bind(2, record.region_id);
    run.bind(3, record.region_name);
    if (scenario) run.bind(4, *scenario);  // unbound is NULL: a baseline run
    run.bind(5, static_cast<std::int64_t>(record.seed));
    run.bind(6, record.replications);
    run.bind(7, record.from);
    run.bind(8, record.to);
    run.bind(9, record.sample);
    run.bind(10, record.threads);
    run.bind(11, record.version);
    run.bind(12, record.git_commit);
    run.bind(13, record.command);
    run.bind(14, impl_->host);
    run.bind(15, pid);
    run.bind(16, process_start_of(pid));
    run.bind(17, inputs_digest(record.inputs));
    run.exec();
    const RunId id = db.getLastInsertRowid();

    insert_rows(db, "INSERT INTO run_inputs (run_id, position, file, digest) VALUES (?, ?, ?, ?)", id, record.inputs,
                [](SQLite::Statement& row, const StoredInput& in) {
                  row.bind(3, in.file);
                  row.bind(4, in.digest);
                });
    insert_rows(db, "INSERT INTO run_options (run_id, position, name, value, origin) VALUES (?, ?, ?, ?, ?)", id,
                record.options, [](SQLite::Statement& row, const StoredOption& o) {
                  row.bind(3, o.name);
                  row.bind(4, o.value);
                  row.bind(5, o.origin);
                });
    insert_rows(
        db, "INSERT INTO run_parameters (run_id, position, name, value, unit, overridden) VALUES (?, ?, ?, ?, ?, ?)",
        id, record.parameters, [](SQLite::Statement& row, const StoredParameter& p) {
          row.bind(3, p.name);
          row.bind(4, p.value);
          row.bind(5, p.unit);
          row.bind(6, p.overridden ? 1 : 0);
        });
    transaction.commit();
    return id;
  });
}

void ResultStore::finish_run(RunId id, const RunOutputs& outputs) {
  impl_->guarded(fmt::format("store the results of run {}", id), [&] {
    SQLite::Database& db = impl_->db;
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement done(db, "UPDATE runs SET status = 'done', finished_at = ? WHERE id = ? AND status = 'running'");
    done.bind(1, now_utc());
    done.bind(2, id);
    if (done.exec() != 1) {
      throw OutputError(
          fmt::format("{}: run {} is no longer running (deleted or failed meanwhile); its results "
                      "were not stored",
                      impl_->file.string(), id));
    }
    insert_rows(db, "INSERT INTO run_timings (run_id, position, phase, seconds) VALUES (?, ?, ?, ?)", id,
                outputs.timings, [](SQLite::Statement& row, const StoredTiming& t) {
                  row.bind(3, t.phase);
                  row.bind(4, t.seconds);
                });
    SQLite::Statement series(db,
                             "INSERT INTO series (run_id, table_name, area, key, measure, unit, first_month, months, "
                             "data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    static constexpr unsigned char no_bytes = 0;  // a null pointer would bind NULL, not an empty blob
    for (const StoredSeries& s : outputs.series) {
      const std::vector<unsigned char> data = encode(s.values);
      series.bind(1, id);
      series.bind(2, s.table);
      series.bind(3, s.area);
      series.bind(4, s.key);
      series.bind(5, s.measure);
      series.bind(6, s.unit);
      series.bind(7, s.first_month);
      series.bind(8, static_cast<std::int64_t>(s.values.size()));
      series.bindNoCopy(9, data.empty() ? &no_bytes : data.data(), static_cast<int>(data.size()));
      series.exec();
      series.reset();
    }
    SQLite::Statement document(db, "INSERT INTO documents (run_id, name, content) VALUES (?, ?, ?)");
    for (const StoredDocument& d : outputs.documents) {
      document.bind(1, id);
      document.bind(2, d.name);
      document.bind(3, d.content);
      document.exec();
      document.reset();
    }
    transaction.commit();
  });
}

void ResultStore::fail_run(RunId id, const std::string& error) {
  impl_->guarded(fmt::format("mark run {} failed", id), [&] {
    SQLite::Statement failed(
        impl_->db, "UPDATE runs SET status = 'failed', finished_at = ?, error = ? WHERE id = ? AND status = 'running'");
    failed.bind(1, now_utc());
    failed.bind(2, error);
    failed.bind(3, id);
    failed.exec();
  });
}

std::vector<RunSummary> ResultStore::list() const {
  return impl_->guarded("list the runs", [&] {
    SQLite::Statement q(impl_->db, std::string(summary_select) + "ORDER BY r.id DESC");
    std::vector<RunSummary> out;
    while (q.executeStep()) out.push_back(impl_->summary_of(q));
    return out;
  });
}

RunDetails ResultStore::show(RunId id) const {
  return impl_->guarded(fmt::format("read run {}", id), [&] {
    const SQLite::Database& db = impl_->db;
    SQLite::Statement q(db, std::string(summary_select) + "WHERE r.id = ?");
    q.bind(1, id);
    if (!q.executeStep()) throw impl_->unknown_run(id);
    RunDetails d;
    d.summary = impl_->summary_of(q);

    SQLite::Statement run(db,
                          "SELECT r.region_name, r.sample, r.threads, r.version, r.git_commit, r.command, "
                          "r.inputs_digest, s.name, s.file, s.text, s.digest "
                          "FROM runs r LEFT JOIN scenarios s ON s.id = r.scenario_id WHERE r.id = ?");
    run.bind(1, id);
    (void)run.executeStep();
    RunRecord& r = d.record;
    r.region_id = d.summary.region_id;
    r.region_name = run.getColumn(0).getString();
    if (!run.getColumn(10).isNull()) {
      r.scenario = StoredScenario{run.getColumn(7).getString(), run.getColumn(8).getString(),
                                  run.getColumn(9).getString(), run.getColumn(10).getString()};
    }
    r.seed = d.summary.seed;
    r.replications = d.summary.replications;
    r.from = d.summary.from;
    r.to = d.summary.to;
    r.sample = run.getColumn(1).getDouble();
    r.threads = run.getColumn(2).getInt();
    r.version = run.getColumn(3).getString();
    r.git_commit = run.getColumn(4).getString();
    r.command = run.getColumn(5).getString();
    d.inputs_digest = run.getColumn(6).getString();

    SQLite::Statement inputs(db, "SELECT file, digest FROM run_inputs WHERE run_id = ? ORDER BY position");
    inputs.bind(1, id);
    while (inputs.executeStep()) r.inputs.push_back({inputs.getColumn(0).getString(), inputs.getColumn(1).getString()});
    SQLite::Statement options(db, "SELECT name, value, origin FROM run_options WHERE run_id = ? ORDER BY position");
    options.bind(1, id);
    while (options.executeStep()) {
      r.options.push_back(
          {options.getColumn(0).getString(), options.getColumn(1).getString(), options.getColumn(2).getString()});
    }
    SQLite::Statement parameters(
        db, "SELECT name, value, unit, overridden FROM run_parameters WHERE run_id = ? ORDER BY position");
    parameters.bind(1, id);
    while (parameters.executeStep()) {
      r.parameters.push_back({parameters.getColumn(0).getString(), parameters.getColumn(1).getString(),
                              parameters.getColumn(2).getString(), parameters.getColumn(3).getInt() != 0});
    }
    SQLite::Statement timings(db, "SELECT phase, seconds FROM run_timings WHERE run_id = ? ORDER BY position");
    timings.bind(1, id);
    while (timings.executeStep()) {
      d.timings.push_back({timings.getColumn(0).getString(), timings.getColumn(1).getDouble()});
    }
    SQLite::Statement count(db, "SELECT count(*) FROM series WHERE run_id = ?");
    count.bind(1, id);
    (void)count.executeStep();
    d.series_count = static_cast<std::size_t>(count.getColumn(0).getInt64());
    SQLite::Statement documents(db, "SELECT name FROM documents WHERE run_id = ? ORDER BY name");
    documents.bind(1, id);
    while (documents.executeStep()) d.documents.push_back(documents.getColumn(0).getString());
    return d;
  });
}

std::string ResultStore::document(RunId id, const std::string& name) const {
  return impl_->guarded(fmt::format("read document '{}' of run {}", name, id), [&] {
    SQLite::Statement q(impl_->db, "SELECT content FROM documents WHERE run_id = ? AND name = ?");
    q.bind(1, id);
    q.bind(2, name);
    if (q.executeStep()) return q.getColumn(0).getString();
    impl_->require(id);
    throw ValidationError(fmt::format("{}: run {} has no document '{}'", impl_->file.string(), id, name));
  });
}

std::vector<StoredSeries> ResultStore::series(RunId id, const std::string& table) const {
  return impl_->guarded(fmt::format("read the series of run {}", id), [&] {
    impl_->require(id);
    SQLite::Statement q(impl_->db,
                        "SELECT table_name, area, key, measure, unit, first_month, data FROM series "
                        "WHERE run_id = ?1 AND (?2 = '' OR table_name = ?2) ORDER BY id");
    q.bind(1, id);
    q.bind(2, table);
    std::vector<StoredSeries> out;
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                     q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString(),
                     decode(q.getColumn(6))});
    }
    return out;
  });
}

void ResultStore::remove(RunId id) {
  impl_->guarded(fmt::format("delete run {}", id), [&] {
    SQLite::Database& db = impl_->db;
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement q(db, std::string(summary_select) + "WHERE r.id = ?");
    q.bind(1, id);
    if (!q.executeStep()) throw impl_->unknown_run(id);
    const RunSummary run = impl_->summary_of(q);
    if (run.status == RunStatus::running) {
      throw ValidationError(fmt::format("{}: run {} is still running (process {} on {}); stop it first",
                                        impl_->file.string(), id, run.pid, run.host));
    }
    SQLite::Statement scenario(db, "SELECT scenario_id FROM runs WHERE id = ?");
    scenario.bind(1, id);
    (void)scenario.executeStep();
    const std::optional<std::int64_t> scenario_row =
        scenario.getColumn(0).isNull() ? std::nullopt : std::optional(scenario.getColumn(0).getInt64());
    scenario.reset();
    SQLite::Statement run_row(db, "DELETE FROM runs WHERE id = ?");  // its inputs, series, ... cascade
    run_row.bind(1, id);
    run_row.exec();
    if (scenario_row) {  // kept while another run still refers to it
      SQLite::Statement unused(
          db, "DELETE FROM scenarios WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM runs WHERE scenario_id = ?1)");
      unused.bind(1, *scenario_row);
      unused.exec();
    }
    transaction.commit();
  });
}

int ResultStore::schema_version() const {
  return impl_->guarded("read the schema version", [&] { return impl_->user_version(); });
}

const fs::path& ResultStore::file() const { return impl_->file; }

}  // namespace regiotwin
