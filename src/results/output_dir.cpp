#include "results/output_dir.hpp"

#include <fmt/format.h>
#include <fstream>

#include "core/errors.hpp"

namespace regiotwin {

namespace fs = std::filesystem;

StagedOutput::StagedOutput(const fs::path& target)
    : StagedFolder(target, [](const fs::path& existing) {
        if (!(fs::is_directory(existing) && fs::exists(existing / "run.json"))) {
          throw OutputError(
              fmt::format("{}: exists and is not an earlier regiotwin output (no run.json); "
                          "choose another --out or remove it",
                          existing.string()));
        }
      }) {}

void write_text_file(const fs::path& file, std::string_view content) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.close();
  if (!out) throw OutputError(fmt::format("{}: cannot write file", file.string()));
}

}  // namespace regiotwin
