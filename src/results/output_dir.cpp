#include "results/output_dir.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <fstream>

#include "core/errors.hpp"

namespace regiotwin {

namespace fs = std::filesystem;

StagedOutput::StagedOutput(const fs::path& target) : target_(fs::absolute(target).lexically_normal()) {
  if (target_.filename().empty()) target_ = target_.parent_path();
  if (fs::exists(target_) && !(fs::is_directory(target_) && fs::exists(target_ / "run.json"))) {
    throw OutputError(
        fmt::format("{}: exists and is not an earlier regiotwin output (no run.json); "
                    "choose another --out or remove it",
                    target_.string()));
  }
  std::error_code ec;
  fs::create_directories(target_.parent_path(), ec);
  staging_ = target_.parent_path() / fmt::format(".{}.tmp-{}", target_.filename().string(), ::getpid());
  fs::remove_all(staging_, ec);
  if (!fs::create_directory(staging_, ec) || ec) {
    throw OutputError(fmt::format("{}: cannot create output folder: {}", staging_.string(), ec.message()));
  }
}

StagedOutput::~StagedOutput() {
  if (committed_) return;
  std::error_code ec;
  fs::remove_all(staging_, ec);
}

fs::path StagedOutput::commit() {
  std::error_code ec;
  fs::path old;
  if (fs::exists(target_)) {
    old = target_.parent_path() / fmt::format(".{}.old-{}", target_.filename().string(), ::getpid());
    fs::rename(target_, old, ec);
    if (ec) throw OutputError(fmt::format("{}: cannot replace earlier output: {}", target_.string(), ec.message()));
  }
  fs::rename(staging_, target_, ec);
  if (ec) {
    if (!old.empty()) fs::rename(old, target_, ec);
    throw OutputError(fmt::format("{}: cannot move results into place: {}", target_.string(), ec.message()));
  }
  committed_ = true;
  if (!old.empty()) fs::remove_all(old, ec);
  return target_;
}

void write_text_file(const fs::path& file, std::string_view content) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.close();
  if (!out) throw OutputError(fmt::format("{}: cannot write file", file.string()));
}

}  // namespace regiotwin
