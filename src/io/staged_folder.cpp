#include "io/staged_folder.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include "core/errors.hpp"

namespace regiotwin {

namespace fs = std::filesystem;

StagedFolder::StagedFolder(const fs::path& target, const ExistingTargetCheck& check_existing)
    : target_(fs::absolute(target).lexically_normal()) {
  if (target_.filename().empty()) target_ = target_.parent_path();  // "dir/" names dir
  std::error_code ec;
  if (fs::exists(target_, ec)) check_existing(target_);
  fs::create_directories(target_.parent_path(), ec);
  staging_ = target_.parent_path() / fmt::format(".{}.tmp-{}", target_.filename().string(), ::getpid());
  fs::remove_all(staging_, ec);
  if (!fs::create_directory(staging_, ec) || ec) {
    throw OutputError(fmt::format("{}: cannot create folder: {}", staging_.string(), ec.message()));
  }
}

StagedFolder::~StagedFolder() {
  if (committed_) return;
  std::error_code ec;
  fs::remove_all(staging_, ec);
}

fs::path StagedFolder::commit() {
  std::error_code ec;
  const fs::path previous = target_.parent_path() / fmt::format(".{}.old-{}", target_.filename().string(), ::getpid());
  const bool had_previous = fs::exists(target_, ec);
  if (had_previous) {
    fs::rename(target_, previous, ec);
    if (ec) throw OutputError(fmt::format("{}: cannot replace: {}", target_.string(), ec.message()));
  }
  fs::rename(staging_, target_, ec);
  if (ec) {
    const std::string why = ec.message();
    if (had_previous) fs::rename(previous, target_, ec);
    throw OutputError(fmt::format("{}: cannot move into place: {}", target_.string(), why));
  }
  committed_ = true;
  if (had_previous) fs::remove_all(previous, ec);
  return target_;
}

}  // namespace regiotwin
