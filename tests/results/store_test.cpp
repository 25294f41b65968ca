#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <bit>
#include <chrono>
#include <cmath>
#include <csignal>
#include <limits>
#include <random>
#include <thread>

#include "core/errors.hpp"
#include "results/store.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

using namespace testing_support;
namespace fs = std::filesystem;
using testing::HasSubstr;

StoredScenario scenario(const std::string& name, const std::string& text) {
  return {name, "examples/" + name + ".yaml", text, ""};
}

RunRecord record(std::uint64_t seed, std::optional<StoredScenario> with = std::nullopt) {
  RunRecord r;
  r.region_id = "regio-zwolle";
  r.region_name = "Regio Zwolle";
  r.scenario = std::move(with);
  r.seed = seed;
  r.replications = 3;
  r.from = "2024-01";
  r.to = "2035-12";
  r.sample = 0.05;
  r.threads = 2;
  r.version = "0.1.0";
  r.git_commit = "abc1234";
  r.command = "regiotwin run --seed " + std::to_string(seed);
  r.inputs = {{"data/regions/regio-zwolle/municipalities.csv", "0123456789abcdef"},
              {"data/regions/regio-zwolle/age_bands.csv", "fedcba9876543210"}};
  r.options = {{"region", "regio-zwolle", "default"}, {"seed", std::to_string(seed), "command line"}};
  r.parameters = {{"gp_per_10000", "6.5", "GP per 10,000 residents", true},
                  {"mortality_multiplier", "0-64:1;65+:1.1", "factor", false}};
  return r;
}

// Values that a text format would not keep exactly, and the extremes of a double.
const std::vector<double> awkward = {0.1,
                                     0.1 + 0.2,
                                     1e300,
                                     -0.0,
                                     std::numeric_limits<double>::denorm_min(),
                                     std::numeric_limits<double>::max(),
                                     -123456789.123456789};

RunOutputs outputs(std::size_t n_series, std::size_t months, std::uint64_t seed) {
  RunOutputs o;
  o.timings = {{"synthesis", 1.25}, {"months", 10.5}, {"total", 12.0}};
  for (std::size_t s = 0; s < n_series; ++s) {
    StoredSeries series{
        "indicator", s % 2 == 0 ? "GM0193" : "regio-zwolle", "series_" + std::to_string(s), "", "persons", "2024-01",
        {}};
    for (std::size_t m = 0; m < months; ++m) {
      series.values.push_back(static_cast<double>(seed) * 0.001 + static_cast<double>(s) * 0.1 +
                              static_cast<double>(m) / 3.0);
    }
    o.series.push_back(std::move(series));
  }
  o.documents = {{"run", R"({"seed": )" + std::to_string(seed) + "}"}, {"notes", "plain text"}};
  return o;
}

bool bit_identical(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::bit_cast<std::uint64_t>(a[i]) != std::bit_cast<std::uint64_t>(b[i])) return false;
  }
  return true;
}

bool same_series(const std::vector<StoredSeries>& stored, const std::vector<StoredSeries>& expected) {
  if (stored.size() != expected.size()) return false;
  for (std::size_t i = 0; i < stored.size(); ++i) {
    const StoredSeries& a = stored[i];
    const StoredSeries& b = expected[i];
    if (a.table != b.table || a.area != b.area || a.key != b.key || a.measure != b.measure || a.unit != b.unit ||
        a.first_month != b.first_month || !bit_identical(a.values, b.values)) {
      return false;
    }
  }
  return true;
}

long long count(const fs::path& file, const std::string& sql) {
  SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
  return db.execAndGet(sql).getInt64();
}

TEST(ResultStore, CreatesTheSchemaFromEmptyAndReopensIdempotently) {
  const ScratchDir dir("store-schema");
  const fs::path file = dir.path() / "sub" / "regiotwin.sqlite";
  int version = 0;
  {
    const ResultStore store(file);
    version = store.schema_version();
    EXPECT_GE(version, 1);
  }
  EXPECT_EQ(count(file, "PRAGMA user_version"), version);
  EXPECT_EQ(count(file, "PRAGMA application_id"), 0x52475457);
  EXPECT_EQ(count(file,
                  "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('scenarios', 'runs', "
                  "'run_inputs', 'run_options', 'run_parameters', 'run_timings', 'series', 'documents')"),
            8);
  RunId id = 0;
  {
    ResultStore store(file);
    EXPECT_EQ(store.schema_version(), version);
    id = store.begin_run(record(1));
    store.finish_run(id, outputs(2, 3, 1));
  }
  const ResultStore again(file);
  EXPECT_EQ(again.schema_version(), version);
  ASSERT_EQ(again.list().size(), 1U);
  EXPECT_EQ(again.list()[0].id, id);
}

TEST(ResultStore, RefusesAStoreFromANewerRegiotwin) {
  const ScratchDir dir("store-newer");
  const fs::path file = dir.path() / "regiotwin.sqlite";
  int version = 0;
  {
    const ResultStore store(file);
    version = store.schema_version();
  }
  {
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = " + std::to_string(version + 1));
  }
  EXPECT_THAT([&] { const ResultStore store(file); },
              testing::ThrowsMessage<OutputError>(
                  testing::AllOf(HasSubstr(file.string()), HasSubstr("written by a newer regiotwin"),
                                 HasSubstr(fmt::format("schema version {}", version + 1)))));
  EXPECT_EQ(count(file, "PRAGMA user_version"), version + 1) << "a refused store is left as it was";
}

TEST(ResultStore, RefusesFilesThatAreNotAStore) {
  const ScratchDir dir("store-foreign");
  const fs::path other = dir.path() / "other.sqlite";
  {
    SQLite::Database db(other.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE mine (x INTEGER)");
  }
  EXPECT_THAT([&] { const ResultStore store(other); },
              testing::ThrowsMessage<OutputError>(HasSubstr("is not a regiotwin results store")));
  const fs::path text = dir.path() / "notes.txt";
  write_file(text, "these are my notes, not a database; they are long enough to fill a header\n");
  EXPECT_THAT([&] { const ResultStore store(text); }, testing::ThrowsMessage<OutputError>(HasSubstr(text.string())));
}

TEST(ResultStore, OpeningAnExistingStoreCreatesNothing) {
  const ScratchDir dir("store-missing");
  const fs::path file = dir.path() / "regiotwin.sqlite";
  EXPECT_THAT([&] { const ResultStore store(file, StoreOpening::existing); },
              testing::ThrowsMessage<InputError>(HasSubstr("no results store here")));
  EXPECT_FALSE(fs::exists(file));
}

TEST(ResultStore, RoundTripsARunBitForBit) {
  const ScratchDir dir("store-roundtrip");
  ResultStore store(dir.path() / "regiotwin.sqlite");
  const RunRecord in = record(42, scenario("plan", "name: Welzijn op recept\nseed: 42\n"));
  RunOutputs out = outputs(3, 4, 42);
  out.series[1].values = awkward;
  out.series[2].table = "place";
  out.series[2].measure = "wait_p90";
  out.series.push_back({"cost", "GM0193", "zvw", "huisarts", "EUR", "2024-01", {}});  // an empty series
  const RunId id = store.begin_run(in);
  EXPECT_EQ(store.show(id).summary.status, RunStatus::running);
  store.finish_run(id, out);

  const RunDetails d = store.show(id);
  EXPECT_EQ(d.summary.id, id);
  EXPECT_EQ(d.summary.status, RunStatus::done);
  EXPECT_THAT(d.summary.started_at, testing::MatchesRegex(R"(20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-9:]{8}Z)"));
  EXPECT_FALSE(d.summary.finished_at.empty());
  EXPECT_EQ(d.summary.scenario_name, "plan");
  EXPECT_EQ(d.summary.pid, ::getpid());
  EXPECT_FALSE(d.summary.host.empty());
  const RunRecord& r = d.record;
  EXPECT_EQ(r.region_id, in.region_id);
  EXPECT_EQ(r.region_name, in.region_name);
  ASSERT_TRUE(r.scenario.has_value());
  EXPECT_EQ(r.scenario->name, "plan");
  EXPECT_EQ(r.scenario->file, "examples/plan.yaml");
  EXPECT_EQ(r.scenario->text, in.scenario->text);
  EXPECT_EQ(r.scenario->digest, "6eb4c105e80808ee");  // fnv1a64 of the text (results/digest.hpp)
  EXPECT_EQ(r.seed, 42U);
  EXPECT_EQ(r.replications, 3);
  EXPECT_EQ(r.from, "2024-01");
  EXPECT_EQ(r.to, "2035-12");
  EXPECT_EQ(r.sample, 0.05);
  EXPECT_EQ(r.threads, 2);
  EXPECT_EQ(r.version, "0.1.0");
  EXPECT_EQ(r.git_commit, "abc1234");
  EXPECT_EQ(r.command, in.command);
  ASSERT_EQ(r.inputs.size(), 2U);
  EXPECT_EQ(r.inputs[1].file, in.inputs[1].file);
  EXPECT_EQ(r.inputs[1].digest, in.inputs[1].digest);
  ASSERT_EQ(r.options.size(), 2U);
  EXPECT_EQ(r.options[1].name, "seed");
  EXPECT_EQ(r.options[1].value, "42");
  EXPECT_EQ(r.options[1].origin, "command line");
  ASSERT_EQ(r.parameters.size(), 2U);
  EXPECT_EQ(r.parameters[0].name, "gp_per_10000");
  EXPECT_EQ(r.parameters[0].unit, "GP per 10,000 residents");
  EXPECT_TRUE(r.parameters[0].overridden);
  EXPECT_EQ(r.parameters[1].value, "0-64:1;65+:1.1");
  EXPECT_FALSE(r.parameters[1].overridden);
  ASSERT_EQ(d.timings.size(), 3U);
  EXPECT_EQ(d.timings[1].phase, "months");
  EXPECT_EQ(d.timings[1].seconds, 10.5);
  EXPECT_EQ(d.series_count, 4U);
  EXPECT_THAT(d.documents, testing::ElementsAre("notes", "run"));
  EXPECT_EQ(d.inputs_digest.size(), 16U);

  EXPECT_TRUE(same_series(store.series(id), out.series));
  EXPECT_TRUE(bit_identical(store.series(id)[1].values, awkward));
  EXPECT_TRUE(std::signbit(store.series(id)[1].values[3])) << "-0.0 keeps its sign";
  ASSERT_EQ(store.series(id, "place").size(), 1U);
  EXPECT_EQ(store.series(id, "place")[0].measure, "wait_p90");
  EXPECT_TRUE(store.series(id, "comparison").empty());
  EXPECT_EQ(store.document(id, "run"), R"({"seed": 42})");
  EXPECT_THAT([&] { (void)store.document(id, "regiobeeld"); },
              testing::ThrowsMessage<ValidationError>(HasSubstr("has no document 'regiobeeld'")));
}

TEST(ResultStore, InputsDigestTellsWhetherRunsReadTheSameData) {
  const ScratchDir dir("store-digest");
  ResultStore store(dir.path() / "regiotwin.sqlite");
  RunRecord changed = record(1);
  changed.inputs[1].digest = "0000000000000001";
  const RunId a = store.begin_run(record(1));
  const RunId b = store.begin_run(record(2));
  const RunId c = store.begin_run(changed);
  EXPECT_EQ(store.show(a).inputs_digest, store.show(b).inputs_digest);
  EXPECT_NE(store.show(a).inputs_digest, store.show(c).inputs_digest);
}

TEST(ResultStore, ListsNewestFirst) {
  const ScratchDir dir("store-list");
  ResultStore store(dir.path() / "regiotwin.sqlite");
  EXPECT_TRUE(store.list().empty());
  std::vector<RunId> ids;
  for (std::uint64_t seed = 1; seed <= 3; ++seed) ids.push_back(store.begin_run(record(seed)));
  store.finish_run(ids[0], outputs(1, 1, 1));
  const std::vector<RunSummary> runs = store.list();
  ASSERT_EQ(runs.size(), 3U);
  EXPECT_EQ(runs[0].id, ids[2]);
  EXPECT_EQ(runs[0].seed, 3U);
  EXPECT_EQ(runs[0].status, RunStatus::running) << "this process is alive";
  EXPECT_EQ(runs[2].id, ids[0]);
  EXPECT_EQ(runs[2].status, RunStatus::done);
  EXPECT_EQ(runs[2].from, "2024-01");
  EXPECT_EQ(runs[2].to, "2035-12");
  EXPECT_EQ(runs[2].replications, 3);
}

TEST(ResultStore, KeepsScenariosApartAndOnceEach) {
  const ScratchDir dir("store-scenarios");
  const fs::path file = dir.path() / "regiotwin.sqlite";
  ResultStore store(file);
  const RunId a = store.begin_run(record(1, scenario("plan", "seed: 1\n")));
  const RunId b = store.begin_run(record(2, scenario("plan-copy", "seed: 1\n")));  // same text elsewhere
  const RunId c = store.begin_run(record(3, scenario("other", "seed: 2\n")));
  const RunId baseline = store.begin_run(record(4));
  for (const RunId id : {a, b, c, baseline}) store.finish_run(id, outputs(1, 2, 1));
  EXPECT_EQ(count(file, "SELECT count(*) FROM scenarios"), 2);
  EXPECT_EQ(store.show(b).record.scenario->name, "plan") << "the first run's name is kept with the text";
  EXPECT_FALSE(store.show(baseline).record.scenario.has_value());
  EXPECT_EQ(store.list()[0].scenario_name, "");

  store.remove(a);
  EXPECT_EQ(count(file, "SELECT count(*) FROM scenarios"), 2) << "run b still uses it";
  store.remove(b);
  EXPECT_EQ(count(file, "SELECT count(*) FROM scenarios"), 1);
  EXPECT_EQ(store.show(c).record.scenario->text, "seed: 2\n");
}

TEST(ResultStore, DeleteCascadesAndKeepsOtherRuns) {
  const ScratchDir dir("store-delete");
  const fs::path file = dir.path() / "regiotwin.sqlite";
  ResultStore store(file);
  const RunId keep = store.begin_run(record(1));
  const RunId gone = store.begin_run(record(2));
  const RunOutputs kept_outputs = outputs(5, 12, 1);
  store.finish_run(keep, kept_outputs);
  store.finish_run(gone, outputs(7, 12, 2));
  store.remove(gone);

  for (const char* table : {"run_inputs", "run_options", "run_parameters", "run_timings", "series", "documents"}) {
    EXPECT_EQ(count(file, fmt::format("SELECT count(*) FROM {} WHERE run_id = {}", table, gone)), 0) << table;
    EXPECT_GT(count(file, fmt::format("SELECT count(*) FROM {} WHERE run_id = {}", table, keep)), 0) << table;
  }
  ASSERT_EQ(store.list().size(), 1U);
  EXPECT_TRUE(same_series(store.series(keep), kept_outputs.series));
  EXPECT_THAT(
      [&] { store.remove(gone); },
      testing::ThrowsMessage<ValidationError>(HasSubstr(fmt::format("no run {}; `regiotwin runs list --store", gone))));
  EXPECT_THAT([&] { (void)store.show(gone); }, testing::Throws<ValidationError>());
  EXPECT_THAT([&] { (void)store.series(gone); }, testing::Throws<ValidationError>());

  const RunId next = store.begin_run(record(3));
  EXPECT_GT(next, gone) << "a deleted run's id is never given again";
}

TEST(ResultStore, FailedRunsKeepTheirError) {
  const ScratchDir dir("store-fail");
  ResultStore store(dir.path() / "regiotwin.sqlite");
  const RunId id = store.begin_run(record(1));
  store.fail_run(id, "interrupted; no results were written");
  const RunSummary s = store.show(id).summary;
  EXPECT_EQ(s.status, RunStatus::failed);
  EXPECT_EQ(s.error, "interrupted; no results were written");
  EXPECT_FALSE(s.finished_at.empty());
  EXPECT_THAT([&] { store.finish_run(id, outputs(1, 1, 1)); },
              testing::ThrowsMessage<OutputError>(HasSubstr("is no longer running")));
  EXPECT_EQ(store.show(id).series_count, 0U) << "nothing of a refused finish is kept";

  const RunId done = store.begin_run(record(2));
  store.finish_run(done, outputs(1, 1, 2));
  store.fail_run(done, "too late");
  EXPECT_EQ(store.show(done).summary.status, RunStatus::done);
  store.fail_run(12345, "no such run");  // an error path must not throw over the first error
}

TEST(ResultStore, ARunWhoseProcessDiedReadsAsFailed) {
  const ScratchDir dir("store-stale");
  const fs::path file = dir.path() / "regiotwin.sqlite";
  { const ResultStore create(file); }
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    try {
      ResultStore store(file);
      (void)store.begin_run(record(7));
    } catch (...) {
      ::_exit(3);
    }
    ::_exit(0);  // ends without finishing, as a crash would
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);

  ResultStore store(file);
  const RunId alive = store.begin_run(record(8));
  const std::vector<RunSummary> runs = store.list();
  ASSERT_EQ(runs.size(), 2U);
  EXPECT_EQ(runs[1].pid, child);
  EXPECT_EQ(runs[1].status, RunStatus::failed);
  EXPECT_EQ(runs[1].error, "the process ended without finishing");
  EXPECT_EQ(store.show(runs[1].id).summary.status, RunStatus::failed);
  EXPECT_EQ(runs[0].status, RunStatus::running);
  EXPECT_THAT([&] { store.remove(alive); }, testing::ThrowsMessage<ValidationError>(HasSubstr("is still running")));
  store.remove(runs[1].id);  // a dead run can go
  EXPECT_EQ(store.list().size(), 1U);
}

// The SIGKILL test: a child stores large runs one after another and is killed at varied moments,
// often while it is storing one. Every run it reported done, and every run the store says is done,
// must be whole; the one it was storing must be absent or read as failed; the file must be sound.
constexpr std::size_t big_series = 20'000;
constexpr std::size_t big_months = 144;

[[noreturn]] void keep_storing(const fs::path& file, std::uint64_t first_seed, int report_fd) {
  try {
    ResultStore store(file);
    for (std::uint64_t seed = first_seed;; ++seed) {
      const RunOutputs out = outputs(big_series, big_months, seed);
      const RunId id = store.begin_run(record(seed));
      const char finishing = 'f';
      if (::write(report_fd, &finishing, 1) != 1) ::_exit(4);
      store.finish_run(id, out);
      const char done = 'd';
      if (::write(report_fd, &done, 1) != 1) ::_exit(4);
    }
  } catch (...) {
    ::_exit(3);
  }
}

struct Kill {
  char after;  // 'f': once storing a run's results has begun; 'd': once a run is done
  int nth;     // after the nth such report
  std::chrono::microseconds delay;
};

TEST(ResultStore, SurvivesSigkillAtAnyMoment) {
  const ScratchDir dir("store-sigkill");
  const fs::path file = dir.path() / "regiotwin.sqlite";
  const RunOutputs earlier = outputs(500, big_months, 1);
  RunId earlier_id = 0;
  {
    ResultStore store(file);
    earlier_id = store.begin_run(record(1));
    store.finish_run(earlier_id, earlier);
  }
  std::mt19937 jitter(std::random_device{}());
  const std::vector<Kill> kills = {
      {'f', 1, std::chrono::microseconds(0)},     {'f', 1, std::chrono::microseconds(300)},
      {'f', 2, std::chrono::microseconds(3000)},  {'f', 1, std::chrono::microseconds(15000)},
      {'f', 2, std::chrono::microseconds(60000)}, {'f', 1, std::chrono::microseconds(150000)},
      {'d', 1, std::chrono::microseconds(0)},     {'d', 1, std::chrono::microseconds(20000)}};
  int killed_while_storing = 0;
  std::uint64_t next_seed = 100;
  for (const Kill& kill : kills) {
    const auto delay = kill.delay + std::chrono::microseconds(jitter() % 500);
    SCOPED_TRACE(fmt::format("killed {} us after report {} of '{}'", delay.count(), kill.nth, kill.after));
    std::array<int, 2> pipe_fds{};
    ASSERT_EQ(::pipe(pipe_fds.data()), 0);
    const std::uint64_t first_seed = next_seed;
    next_seed += 100;
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      ::close(pipe_fds[0]);
      keep_storing(file, first_seed, pipe_fds[1]);
    }
    ::close(pipe_fds[1]);
    int seen = 0;
    int finished = 0;
    char report = 0;
    while (seen < kill.nth && ::read(pipe_fds[0], &report, 1) == 1) {
      if (report == 'd') ++finished;
      if (report == kill.after) ++seen;
    }
    std::this_thread::sleep_for(delay);
    ::kill(child, SIGKILL);
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the child stopped before it was killed: " << status;
    while (::read(pipe_fds[0], &report, 1) == 1) {
      if (report == 'd') ++finished;
    }
    ::close(pipe_fds[0]);

    {
      SQLite::Database raw(file.string(), SQLite::OPEN_READWRITE);
      EXPECT_EQ(raw.execAndGet("PRAGMA integrity_check").getString(), "ok");
      SQLite::Statement orphans(raw, "PRAGMA foreign_key_check");
      EXPECT_FALSE(orphans.executeStep()) << "a row refers to nothing";
    }
    ResultStore store(file);
    EXPECT_TRUE(same_series(store.series(earlier_id), earlier.series));
    int done_now = 0;
    for (const RunSummary& run : store.list()) {
      if (run.id == earlier_id) continue;
      EXPECT_NE(run.status, RunStatus::running) << "run " << run.id << ": its process is dead";
      if (run.status == RunStatus::done) {
        ++done_now;
        EXPECT_TRUE(same_series(store.series(run.id), outputs(big_series, big_months, run.seed).series))
            << "run " << run.id << " is marked done but is not whole";
        EXPECT_EQ(store.document(run.id, "run"), fmt::format(R"({{"seed": {}}})", run.seed));
      } else {
        EXPECT_EQ(run.status, RunStatus::failed);
        EXPECT_EQ(run.error, "the process ended without finishing");
        EXPECT_EQ(store.show(run.id).series_count, 0U) << "a run not done has no half results";
        ++killed_while_storing;
      }
      store.remove(run.id);  // keeps the file small for the next round
    }
    // A run may have been committed just before the kill, before its report was written.
    EXPECT_GE(done_now, finished);
    EXPECT_LE(done_now, finished + 1);
  }
  EXPECT_GE(killed_while_storing, 1) << "no kill landed while a run was being stored";
  RecordProperty("killed_while_storing", killed_while_storing);
}

}  // namespace
}  // namespace regiotwin
