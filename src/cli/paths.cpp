#include "cli/paths.hpp"

#include <cstdlib>

namespace regiotwin {

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("REGIOTWIN_DATA_DIR"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return exe.parent_path().parent_path() / "share" / "regiotwin";
}

}  // namespace regiotwin
