#include "cli/output_file.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "core/errors.hpp"

namespace regiotwin {

namespace fs = std::filesystem;

std::string read_text_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) throw InputError(fmt::format("{}: cannot read the file", file.string()));
  return text.str();
}

void write_output_file(const fs::path& file, const std::string& content) {
  if (file == "-") {
    fmt::print("{}", content);
    return;
  }
  const fs::path target = fs::absolute(file);
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  const fs::path staging = target.parent_path() / fmt::format(".{}.tmp-{}", target.filename().string(), ::getpid());
  std::ofstream out(staging, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.close();
  if (out) fs::rename(staging, target, ec);
  if (!out || ec) {
    fs::remove(staging, ec);
    throw OutputError(fmt::format("{}: cannot write file", file.string()));
  }
}

}  // namespace regiotwin
