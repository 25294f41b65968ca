// regiotwin report RUN: redraws a stored run's regiobeeld report, as HTML or, through headless
// Chromium, as PDF (docs/regiobeeld.md).
#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/output_file.hpp"
#include "cli/paths.hpp"
#include "core/errors.hpp"
#include "regiobeeld/report_html.hpp"
#include "results/store.hpp"

extern char** environ;  // NOLINT(readability-redundant-declaration): posix_spawn passes it on

namespace regiotwin {
namespace {

namespace fs = std::filesystem;

struct ReportOptions {
  RunId run = 0;
  std::string store = default_store_file;
  std::string out;  // empty: run-<id>.html or .pdf in the working directory
  Language lang = Language::nl;
  bool pdf = false;
};

// The browser: REGIOTWIN_CHROMIUM, else chromium or chromium-browser on the PATH.
std::string find_chromium() {
  if (const char* set = std::getenv("REGIOTWIN_CHROMIUM"); set != nullptr && *set != '\0') return set;
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path != nullptr ? path : "/usr/bin");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    for (const char* name : {"chromium", "chromium-browser"}) {
      const fs::path candidate = fs::path(dir) / name;
      if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    }
  }
  throw Error(ExitCode::output,
              "--pdf needs Chromium (Debian package chromium; scripts/install-deps installs it) or REGIOTWIN_CHROMIUM");
}

// Runs the program without a shell, its output to `log`, and returns its exit status.
int run_program(const std::vector<std::string>& args, const fs::path& log) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));  // NOLINT: posix_spawn's C signature
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  ::posix_spawn_file_actions_init(&actions);
  ::posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ::posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  pid_t pid = 0;
  const int spawned = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  ::posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return -1;
  int status = 0;
  if (::waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Prints the page to PDF; the charts draw before printing within Chromium's virtual time budget.
void print_pdf(const std::string& html, const fs::path& target) {
  const fs::path dir = fs::absolute(target).parent_path();
  const fs::path page = dir / fmt::format(".{}.tmp-{}.html", target.filename().string(), ::getpid());
  const fs::path pdf = dir / fmt::format(".{}.tmp-{}.pdf", target.filename().string(), ::getpid());
  const fs::path log = dir / fmt::format(".{}.tmp-{}.log", target.filename().string(), ::getpid());
  write_output_file(page, html);
  const int status = run_program({find_chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                                  "--disable-dev-shm-usage", "--no-pdf-header-footer", "--virtual-time-budget=60000",
                                  "--print-to-pdf=" + pdf.string(), "file://" + page.string()},
                                 log);
  std::error_code ec;
  fs::remove(page, ec);
  if (status != 0 || !fs::exists(pdf) || fs::file_size(pdf) == 0) {
    fs::remove(pdf, ec);
    throw OutputError(fmt::format("{}: Chromium could not print the report (exit status {}; its messages are in {})",
                                  target.string(), status, log.string()));
  }
  fs::remove(log, ec);
  fs::rename(pdf, target, ec);
  if (ec) {
    fs::remove(pdf, ec);
    throw OutputError(fmt::format("{}: cannot write file", target.string()));
  }
}

void report(const ReportOptions& options) {
  const ResultStore store(options.store);
  const RunDetails run = store.show(options.run);
  if (run.summary.status != RunStatus::done) {
    throw ValidationError(
        fmt::format("run {} is {}; only a finished run has a report", options.run, status_name(run.summary.status)));
  }
  if (std::find(run.documents.begin(), run.documents.end(), "regiobeeld") == run.documents.end()) {
    throw ValidationError(
        fmt::format("{}: run {} has no regiobeeld (a sweep run, or from an older regiotwin); its "
                    "comparison is in `regiotwin export {} --format csv`",
                    store.file().string(), options.run, options.run));
  }
  const nlohmann::json doc = nlohmann::json::parse(store.document(options.run, "regiobeeld"));
  const std::string charts_js = chart_library();
  const fs::path target = options.out.empty()
                              ? fs::path(fmt::format("run-{}.{}", options.run, options.pdf ? "pdf" : "html"))
                              : fs::path(options.out);
  if (options.pdf) {
    print_pdf(report_html(doc, options.lang, charts_js, ReportMedium::print), target);
  } else {
    write_output_file(target, report_html(doc, options.lang, charts_js));
  }
  fmt::print("{}\n", target.string());
}

}  // namespace

CLI::App* add_report_command(CLI::App& app) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand("report", "Write the regiobeeld report of a stored run (HTML, or PDF with --pdf)");
  cmd->add_option("run", options->run, "Run id (see `regiotwin runs list`)")->required();
  cmd->add_option("--store", options->store, "Results store")->capture_default_str();
  cmd->add_option("--out", options->out, "Output file [default: run-<id>.html or .pdf]");
  add_language_option(*cmd, options->lang);
  cmd->add_flag("--pdf", options->pdf, "Print the report to PDF through headless Chromium");
  cmd->callback([options] { report(*options); });
  return cmd;
}

}  // namespace regiotwin
