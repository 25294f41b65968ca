#pragma once
// A folder written beside its target and renamed into place only when complete, so that a failed
// or interrupted command never leaves half its output. Results (`regiotwin run --out`) and region
// packs (`regiotwin import`) both use it; each says which existing target it may replace.
#include <filesystem>
#include <functional>
#include <string_view>

namespace regiotwin {

class StagedFolder {
 public:
  // Called with an existing target before anything is written; throws OutputError to keep it.
  using ExistingTargetCheck = std::function<void(const std::filesystem::path& target)>;

  StagedFolder(const std::filesystem::path& target, const ExistingTargetCheck& check_existing);
  StagedFolder(const StagedFolder&) = delete;
  StagedFolder& operator=(const StagedFolder&) = delete;
  StagedFolder(StagedFolder&&) = delete;
  StagedFolder& operator=(StagedFolder&&) = delete;
  ~StagedFolder();  // removes the staging folder unless committed

  [[nodiscard]] std::filesystem::path path(std::string_view file) const { return staging_ / file; }
  [[nodiscard]] const std::filesystem::path& path() const { return staging_; }
  [[nodiscard]] const std::filesystem::path& target() const { return target_; }  // absolute
  // Moves the staging folder into place (replacing what was there) and returns the target.
  std::filesystem::path commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path staging_;
  bool committed_ = false;
};

}  // namespace regiotwin
