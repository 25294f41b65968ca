#pragma once
// Results are written into a staging folder beside the target and renamed into place only when
// complete, so a failed or interrupted run never leaves a half-written output folder.
#include <filesystem>
#include <string_view>

#include "io/staged_folder.hpp"

namespace regiotwin {

// Results of a run: an existing target is replaced only when it is an earlier regiotwin output
// (it has run.json), so that nothing a user keeps there is ever replaced.
class StagedOutput : public StagedFolder {
 public:
  explicit StagedOutput(const std::filesystem::path& target);
};

void write_text_file(const std::filesystem::path& file, std::string_view content);

}  // namespace regiotwin
