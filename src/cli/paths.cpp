#include "cli/paths.hpp"

#include <fmt/format.h>

#include <cstdlib>

#include "cli/output_file.hpp"
#include "core/errors.hpp"

namespace regiotwin {

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("REGIOTWIN_DATA_DIR"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return exe.parent_path().parent_path() / "share" / "regiotwin";
}

std::string chart_library() {
  const std::filesystem::path file = data_dir() / "web" / "charts.js";
  if (!std::filesystem::exists(file)) {
    throw OutputError(
        fmt::format("{}: the report's chart library is missing; rebuild or reinstall regiotwin", file.string()));
  }
  return read_text_file(file);
}

}  // namespace regiotwin
