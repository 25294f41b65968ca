#pragma once
// Writes region packs (docs/region-packs.md), for importers such as `regiotwin import cbs`. A pack
// is written into a staging folder beside its target and renamed into place when complete, so a
// failed import never leaves half a pack.
#include <filesystem>
#include <string>
#include <vector>

#include "io/staged_folder.hpp"
#include "region/region.hpp"

namespace regiotwin {

// Writes region.yaml (with `sources`), municipalities.csv (with a deprivation_index column when a
// municipality's index is not 1), age_bands.csv and, when a municipality has household figures,
// households.csv into the existing folder `directory`. Throws OutputError when a file cannot be written.
void write_region_pack(const Region& region, const std::vector<std::string>& sources,
                       const std::filesystem::path& directory);

// A pack folder: refuses a target that exists and is not an empty folder, unless `replace`
// (--force) and it is a folder.
class StagedPackFolder : public StagedFolder {
 public:
  StagedPackFolder(const std::filesystem::path& target, bool replace);
};

}  // namespace regiotwin
