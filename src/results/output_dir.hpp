#pragma once
// Results are written into a staging folder beside the target and renamed into place only when
// complete, so a failed or interrupted run never leaves a half-written output folder.
#include <filesystem>
#include <string_view>

namespace regiotwin {

class StagedOutput {
 public:
  // Refuses a target that exists and is not an earlier regiotwin output (it has no run.json),
  // so that nothing a user keeps there is ever replaced.
  explicit StagedOutput(const std::filesystem::path& target);
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;
  StagedOutput(StagedOutput&&) = delete;
  StagedOutput& operator=(StagedOutput&&) = delete;
  ~StagedOutput();  // removes the staging folder unless committed

  [[nodiscard]] std::filesystem::path path(std::string_view file) const { return staging_ / file; }
  // Moves the staging folder into place (replacing an earlier output) and returns the target.
  std::filesystem::path commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path staging_;
  bool committed_ = false;
};

void write_text_file(const std::filesystem::path& file, std::string_view content);

}  // namespace regiotwin
